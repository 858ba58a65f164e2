package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import example.UserCode;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnomalyModeTest {

    @AfterEach
    void noScopeLeaksIntoTheNextTest() {
        assertThat(AnomalyMode.isEnabled()).isFalse();
    }

    @Test
    void isOffByDefaultAndNaNFlowsSilently() {
        assertThat(AnomalyMode.isEnabled()).isFalse();
        Value y = new Value(-1.0).log();
        assertThat(y.data()).isNaN();
    }

    @Test
    void theFirstNaNInForwardNamesTheNodeItsInputAndTheUsersLine() {
        try (AnomalyMode anomaly = AnomalyMode.enable()) {
            Value x = new Value(-2.0, "x");
            AnomalyException e = catchThrowableOfType(AnomalyException.class, () -> UserCode.logOf(x));
            assertThat(e.phase()).isEqualTo(AnomalyException.Phase.FORWARD);
            assertThat(e.node().op()).isEqualTo(Op.LOG);
            assertThat(e.node().child(0)).isSameAs(x);
            assertThat(e.getMessage()).contains("op log", "input -2.0 from 'x'", "NaN", "negative");
            // the detail is the message without the creation site, for callers that know a better place
            assertThat(e.detail()).contains("op log", "input -2.0 from 'x'", "negative").doesNotContain("created at");
            assertThat(e.getMessage()).contains(e.detail());
            StackTraceElement site = e.createdAt().get(0);
            assertThat(site.getClassName()).isEqualTo(UserCode.class.getName());
            assertThat(site.getMethodName()).isEqualTo("logOf");
            assertThat(site.getLineNumber()).isEqualTo(UserCode.lastSite.getLineNumber());
            assertThat(e.getMessage()).contains("created at " + site);
        }
    }

    @Test
    void everyDomainRuleRaisesInAnomalyMode() {
        assertAnomaly(() -> new Value(0.0).log(), "log(0) is -Infinity");
        assertAnomaly(() -> new Value(1.0).div(new Value(0.0)), "division by zero");
        assertAnomaly(() -> new Value(0.0).pow(-2.0), "0 ** negative");
        assertAnomaly(() -> new Value(-8.0).pow(1.0 / 3.0), "non-integer exponent");
        assertAnomaly(() -> new Value(0.0).pow(0.5), "infinite slope");
        assertAnomaly(() -> new Value(-2.0).pow(new Value(2.0)), "NaN for a negative base");
        assertAnomaly(() -> new Value(710.0).exp(), "exp(x) overflows");
        assertAnomaly(() -> new Value(1e308).add(new Value(1e308)), "sum overflows");
        assertAnomaly(() -> new Value(1e200).mul(new Value(1e200)), "product overflows");
        assertAnomaly(() -> new Value(Double.NaN).tanh(), "already NaN");
        // sin and cos are NaN only at an infinite input, which is reported as such: they need no rule of their own
        assertAnomaly(() -> new Value(Double.POSITIVE_INFINITY).sin(), "an input is already Infinity");
        assertAnomaly(() -> new Value(Double.NEGATIVE_INFINITY).cos(), "an input is already -Infinity");
    }

    @Test
    void aNonFiniteLocalDerivativeIsNamedByItsOperand() {
        try (AnomalyMode anomaly = AnomalyMode.enable()) {
            // (-2) ** y: the value 4 is fine, d/dx = y * x ** (y - 1) = -4, but d/dy = 4 * log(-2) is NaN
            assertThatThrownBy(() -> new Value(-2.0, "b").pow(new Value(2.0, "e"))).isInstanceOf(AnomalyException.class)
                    .hasMessageContaining("d/dy = NaN").hasMessageNotContaining("d/dx = NaN");
            // a unary op's only operand is x
            assertThatThrownBy(() -> new Value(0.0, "s").pow(0.5)).isInstanceOf(AnomalyException.class)
                    .hasMessageContaining("d/dx = Infinity");
        }
    }

    private static void assertAnomaly(Supplier<Value> op, String rule) {
        try (AnomalyMode anomaly = AnomalyMode.enable()) {
            assertThatThrownBy(op::get).isInstanceOf(AnomalyException.class).hasMessageContaining(rule)
                    .hasMessageContaining("anomaly in forward");
        }
    }

    @Test
    void finiteResultsPassIncludingReluAtZeroAndSaturation() {
        try (AnomalyMode anomaly = AnomalyMode.enable()) {
            Value x = new Value(0.0);
            Value y = x.relu().add(new Value(1000.0).tanh()).add(new Value(-1000.0).sigmoid())
                    .add(new Value(0.0).pow(0.0)).add(new Value(-2.0).pow(2.0));
            assertThatCode(y::backward).doesNotThrowAnyException();
            assertThat(y.data()).isEqualTo(6.0);
        }
    }

    @Test
    void theFirstInfinityInBackwardNamesTheNodeAndWhereItWasCreated() {
        Value x = new Value(1e-300, "x");
        AnomalyException e;
        Value scaled;
        StackTraceElement site;
        try (AnomalyMode anomaly = AnomalyMode.enable()) {
            scaled = UserCode.scale(x, 1e300).label("a"); // a = 1, da/dx = 1e300
            site = UserCode.lastSite;
            Value b = scaled.mul(1e300).label("b"); // b = 1e300, db/da = 1e300: finite forward
            assertThat(b.data()).isFinite();
            e = catchThrowableOfType(AnomalyException.class, b::backward);
        }
        assertThat(e.phase()).isEqualTo(AnomalyException.Phase.BACKWARD);
        assertThat(e.node()).isSameAs(scaled);
        assertThat(e.getMessage()).contains("node 'a'", "op *", "1.0E-300 from 'x'", "Infinity",
                "local derivative 1.0E300", "gradient 1.0E300");
        assertThat(e.createdAt().get(0).getLineNumber()).isEqualTo(site.getLineNumber());
        assertThat(e.createdAt().get(0).getClassName()).isEqualTo(UserCode.class.getName());
    }

    @Test
    void theSameBackwardOutsideAnomalyModeGivesInfinitySilently() {
        Value x = new Value(1e-300);
        Value b = x.mul(1e300).mul(1e300);
        b.backward();
        assertThat(x.grad()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void aNodeBuiltOutsideTheModeIsCheckedInBackwardWithoutASite() {
        Value x = new Value(1e-300, "x");
        Value b = x.mul(1e300).mul(1e300);
        try (AnomalyMode anomaly = AnomalyMode.enable()) {
            AnomalyException e = catchThrowableOfType(AnomalyException.class, b::backward);
            assertThat(e.createdAt()).isEmpty();
            assertThat(e.getMessage()).contains("created outside anomaly mode");
        }
    }

    @Test
    void scopesNestAndCloseIdempotently() {
        AnomalyMode outer = AnomalyMode.enable();
        try (AnomalyMode inner = AnomalyMode.enable()) {
            assertThat(AnomalyMode.isEnabled()).isTrue();
        }
        assertThat(AnomalyMode.isEnabled()).isTrue();
        outer.close();
        outer.close();
        assertThat(AnomalyMode.isEnabled()).isFalse();
        assertThat(new Value(0.0).log().data()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void anotherThreadIsNotCheckedWhileOneThreadIsInAnomalyMode() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (AnomalyMode anomaly = AnomalyMode.enable()) {
            Future<Double> other = pool.submit(() -> new Value(0.0).log().data());
            assertThat(other.get()).isEqualTo(Double.NEGATIVE_INFINITY);
            Future<Boolean> enabledThere = pool.submit(AnomalyMode::isEnabled);
            assertThat(enabledThere.get()).isFalse();
            assertThatThrownBy(() -> new Value(0.0).log()).isInstanceOf(AnomalyException.class);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aScopeMustBeClosedOnItsOwnThread() throws Exception {
        AnomalyMode scope = AnomalyMode.enable();
        try {
            Throwable[] thrown = new Throwable[1];
            Thread t = new Thread(() -> thrown[0] = catchThrowableOfType(IllegalStateException.class, scope::close));
            t.start();
            t.join();
            assertThat(thrown[0]).hasMessageContaining("closed on the thread that opened it");
            assertThat(AnomalyMode.isEnabled()).isTrue();
        } finally {
            scope.close();
        }
    }
}
