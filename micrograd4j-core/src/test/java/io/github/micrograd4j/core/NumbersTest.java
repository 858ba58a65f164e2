package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void readableMagnitudesAreFixedPoint() {
        assertThat(Numbers.readable(0.0, 4)).isEqualTo("0.0000");
        assertThat(Numbers.readable(-2.5, 6)).isEqualTo("-2.500000");
        assertThat(Numbers.readable(1e-4, 4)).isEqualTo("0.0001");
        assertThat(Numbers.readable(9_999_999_999.0, 1)).isEqualTo("9999999999.0");
    }

    @Test
    void hugeAndTinyMagnitudesAreScientificSoTheyStayShort() {
        assertThat(Numbers.readable(1e308, 6)).isEqualTo("1.000000e+308");
        assertThat(Numbers.readable(-3e-7, 4)).isEqualTo("-3.0000e-07");
        assertThat(Numbers.readable(1e10, 4)).isEqualTo("1.0000e+10");
    }

    @Test
    void fixedIsTheFormattersFixedPointOnThisJvm() {
        double[] edges = {0.0, -0.0, -1e-9, 1e-9, -0.00005, 0.00005, 0.99995, -0.99995, 1e300, -1e300,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double d : edges) {
            for (int decimals = 0; decimals <= 6; decimals++) {
                assertThat(Numbers.fixed(d, decimals)).as("%s, %d decimals", d, decimals)
                        .isEqualTo(String.format(Numbers.LOCALE, "%." + decimals + "f", d));
            }
        }
        Random random = new Random(26);
        for (int i = 0; i < 20_000; i++) {
            double d = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
            assertThat(Numbers.fixed(d, 4)).as("%s", d).isEqualTo(String.format(Numbers.LOCALE, "%.4f", d));
            // ties in the shortest decimal: five at the fifth place
            double tie = Math.round(d * 1e4) / 1e4 + Math.copySign(0.00005, d);
            assertThat(Numbers.fixed(tie, 4)).as("%s", tie).isEqualTo(String.format(Numbers.LOCALE, "%.4f", tie));
            long bits = random.nextLong(); // any double at all, NaNs and infinities among them
            double any = Double.longBitsToDouble(bits);
            assertThat(Numbers.fixed(any, 4)).as("%s", any).isEqualTo(String.format(Numbers.LOCALE, "%.4f", any));
        }
    }

    @Test
    void fixedKeepsTheSignOfAZero() {
        assertThat(Numbers.fixed(-0.0, 4)).isEqualTo("-0.0000");
        assertThat(Numbers.fixed(-0.00001, 4)).isEqualTo("-0.0000");
        assertThat(Numbers.fixed(0.0, 4)).isEqualTo("0.0000");
    }

    @Test
    void fixedRoundsTheShortestDecimalHalfUp() {
        // 0.43945 is 0.43944999999999999... in binary: the JDK's %.4f rounds the decimal 0.43945, as fixed does
        assertThat(Numbers.fixed(0.43945, 4)).isEqualTo("0.4395")
                .isEqualTo(String.format(Numbers.LOCALE, "%.4f", 0.43945));
        assertThat(Numbers.fixed(-2.5, 0)).isEqualTo("-3").isEqualTo(String.format(Numbers.LOCALE, "%.0f", -2.5));
    }

    @Test
    void nonFiniteValuesAreNamed() {
        assertThat(Numbers.readable(Double.NaN, 4)).isEqualTo("NaN");
        assertThat(Numbers.readable(Double.NEGATIVE_INFINITY, 4)).isEqualTo("-Infinity");
    }
}
