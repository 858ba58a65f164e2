package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The domain rules documented on {@link Op}: value and gradient at the edges of each op's domain,
 * compared with what IEEE 754 arithmetic gives for the same formula (no anomaly mode: nothing throws).
 */
class DomainRulesTest {

    @Test
    void sineAndCosineAreFiniteForFiniteInputsAndNaNAtTheInfinities() {
        for (double big : new double[] {1e300, -1e300, Double.MAX_VALUE, 1e-300}) {
            Value x = new Value(big);
            Value s = x.sin();
            Value c = x.cos();
            s.add(c).backward();
            assertThat(s.data()).as("sin(%s)", big).isFinite();
            assertThat(c.data()).as("cos(%s)", big).isFinite();
            assertThat(x.grad()).as("d(sin + cos)/dx at %s", big).isFinite();
        }
        for (double inf : new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            Value x = new Value(inf);
            Value s = x.sin();
            s.backward();
            assertThat(s.data()).isNaN();
            assertThat(x.grad()).isNaN();
            Value y = new Value(inf);
            Value c = y.cos();
            c.backward();
            assertThat(c.data()).isNaN();
            assertThat(y.grad()).isNaN();
        }
    }

    @Test
    void anomalyModeNamesTheInfiniteInputOfASine() {
        try (AnomalyMode anomaly = AnomalyMode.enable()) {
            Value inf = new Value(Double.POSITIVE_INFINITY, "i");
            org.assertj.core.api.Assertions.assertThatThrownBy(inf::sin).isInstanceOf(AnomalyException.class)
                    .hasMessageContaining("an input is already Infinity");
        }
    }

    @Test
    void logOfANegativeNumberIsNaNWithGradientOneOverX() {
        Value x = new Value(-2.0);
        Value y = x.log();
        y.backward();
        assertThat(y.data()).isNaN();
        assertThat(x.grad()).isEqualTo(-0.5);
    }

    @Test
    void logOfZeroIsMinusInfinityWithInfiniteGradient() {
        Value x = new Value(0.0);
        Value y = x.log();
        y.backward();
        assertThat(y.data()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(x.grad()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void dividingANonZeroNumberByZeroIsInfinite() {
        Value x = new Value(3.0);
        Value y = new Value(0.0);
        Value q = x.div(y);
        q.backward();
        assertThat(q.data()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(x.grad()).isEqualTo(Double.POSITIVE_INFINITY); // d/dx x * y**-1 = y**-1
        assertThat(y.grad()).isEqualTo(Double.NEGATIVE_INFINITY); // x * (-1 * y**-2)
        assertThat(new Value(-3.0).div(new Value(0.0)).data()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void zeroDividedByZeroIsNaN() {
        Value x = new Value(0.0);
        Value y = new Value(0.0);
        Value q = x.div(y);
        q.backward();
        assertThat(q.data()).isNaN(); // 0 * Infinity
        assertThat(x.grad()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(y.grad()).isNaN(); // 0 * -Infinity
    }

    @Test
    void dividingByTheConstantZeroIsInfinite() {
        Value x = new Value(2.0);
        Value q = x.div(0.0);
        q.backward();
        assertThat(q.data()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(x.grad()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void aNegativeBaseWithANonIntegerExponentIsNaN() {
        Value x = new Value(-8.0);
        Value y = x.pow(1.0 / 3.0);
        y.backward();
        assertThat(y.data()).isNaN();
        assertThat(x.grad()).isNaN();
    }

    @Test
    void aNegativeBaseWithAnIntegerExponentIsFine() {
        Value x = new Value(-2.0);
        Value y = x.pow(3.0);
        y.backward();
        assertThat(y.data()).isEqualTo(-8.0);
        assertThat(x.grad()).isEqualTo(12.0);
    }

    @Test
    void zeroToANegativePowerIsInfiniteWithMinusInfiniteGradient() {
        for (double c : new double[] {-1.0, -2.0, -0.5}) {
            Value x = new Value(0.0);
            Value y = x.pow(c);
            y.backward();
            assertThat(y.data()).as("0 ** %s", c).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(x.grad()).as("d/dx x ** %s at 0", c).isEqualTo(Double.NEGATIVE_INFINITY);
        }
    }

    @Test
    void aFractionalPowerOfZeroIsZeroWithInfiniteSlope() {
        Value x = new Value(0.0);
        Value y = x.pow(0.5);
        y.backward();
        assertThat(y.data()).isEqualTo(0.0);
        assertThat(x.grad()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void theZerothPowerIsOneWithZeroGradientEvenAtZeroAndNaN() {
        for (double d : new double[] {0.0, 5.0, Double.NaN}) {
            Value x = new Value(d);
            Value y = x.pow(0.0);
            y.backward();
            assertThat(y.data()).as("%s ** 0", d).isEqualTo(1.0);
            assertThat(x.grad()).as("d/dx x ** 0 at %s", d).isEqualTo(0.0);
        }
    }

    @Test
    void aVariableExponentOnANegativeBaseHasANaNExponentGradient() {
        Value x = new Value(-2.0);
        Value y = new Value(2.0);
        Value p = x.pow(y);
        p.backward();
        assertThat(p.data()).isEqualTo(4.0);
        assertThat(x.grad()).isEqualTo(-4.0);
        assertThat(y.grad()).isNaN(); // 4 * ln(-2)
    }

    @Test
    void aVariableExponentOnAZeroBase() {
        Value x = new Value(0.0);
        Value y = new Value(2.0);
        Value p = x.pow(y);
        p.backward();
        assertThat(p.data()).isEqualTo(0.0);
        assertThat(x.grad()).isEqualTo(0.0);
        assertThat(y.grad()).isEqualTo(0.0); // the limit of 0**y * ln 0 for y > 0

        Value x0 = new Value(0.0);
        Value y0 = new Value(0.0);
        Value one = x0.pow(y0);
        one.backward();
        assertThat(one.data()).isEqualTo(1.0);
        assertThat(y0.grad()).isEqualTo(Double.NEGATIVE_INFINITY); // 1 * ln 0

        Value xn = new Value(0.0);
        Value yn = new Value(-1.0);
        Value inf = xn.pow(yn);
        inf.backward();
        assertThat(inf.data()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(yn.grad()).isEqualTo(Double.NEGATIVE_INFINITY); // Infinity * ln 0
    }

    @Test
    void expOverflowsPast709() {
        Value x = new Value(710.0);
        Value y = x.exp();
        y.backward();
        assertThat(y.data()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(x.grad()).isEqualTo(Double.POSITIVE_INFINITY);

        Value z = new Value(709.0);
        Value w = z.exp();
        w.backward();
        assertThat(w.data()).isFinite().isEqualTo(Math.exp(709.0));
        assertThat(z.grad()).isEqualTo(Math.exp(709.0));
    }

    @Test
    void tanhAndSigmoidSaturateWithZeroGradient() {
        for (double d : new double[] {-1000.0, 1000.0}) {
            Value x = new Value(d);
            Value t = x.tanh();
            t.backward();
            assertThat(t.data()).isEqualTo(Math.signum(d));
            assertThat(x.grad()).isEqualTo(0.0);

            Value u = new Value(d);
            Value s = u.sigmoid();
            s.backward();
            assertThat(s.data()).isEqualTo(d > 0 ? 1.0 : 0.0);
            assertThat(u.grad()).isEqualTo(0.0);
        }
    }

    @Test
    void reluAtZeroHasGradientZeroAsInMicrograd() {
        Value x = new Value(0.0);
        Value r = x.relu();
        r.backward();
        assertThat(r.data()).isEqualTo(0.0);
        assertThat(x.grad()).isEqualTo(0.0);
    }

    @Test
    void reluOfNaNIsNaNWithGradientZero() {
        Value x = new Value(Double.NaN);
        Value r = x.relu();
        r.backward();
        assertThat(r.data()).isNaN();
        assertThat(x.grad()).isEqualTo(0.0);
    }

    @Test
    void sumsAndProductsOverflowToInfinityWithFiniteLocalDerivatives() {
        Value a = new Value(1e308);
        Value b = new Value(1e308);
        Value s = a.add(b);
        s.backward();
        assertThat(s.data()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(a.grad()).isEqualTo(1.0);

        Value c = new Value(1e200);
        Value d = new Value(-1e200);
        Value p = c.mul(d);
        p.backward();
        assertThat(p.data()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(c.grad()).isEqualTo(-1e200);
        assertThat(d.grad()).isEqualTo(1e200);
    }

    @Test
    void nanInputsGiveNaN() {
        Value x = new Value(Double.NaN);
        for (Value y : new Value[] {x.exp(), x.log(), x.tanh(), x.sigmoid(), x.add(1.0), x.mul(2.0), x.pow(2.0)}) {
            assertThat(y.data()).as(y.opLabel()).isNaN();
        }
    }
}
