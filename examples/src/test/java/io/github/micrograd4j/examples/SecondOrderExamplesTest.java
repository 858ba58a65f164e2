package io.github.micrograd4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.hessian.Hessian;
import io.github.micrograd4j.nn.MLP;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples 8 (Newton against gradient descent) and 9 (top curvature by power iteration). */
class SecondOrderExamplesTest {

    @Test
    void newtonReachesBothMinimaInFewerStepsThanGradientDescent() {
        List<String> lines = Printed.by(Step8Newton::main);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(1)).matches("  Newton's method:  \\d+ steps to \\(0\\.693147\\)");
        assertThat(lines.get(4)).matches("  Newton's method:  \\d+ steps to \\(1\\.000000, 1\\.000000\\)");
        Step8Newton.Run newton = Step8Newton.newton(v -> v.get(0).exp().sub(v.get(0).mul(2.0)), new double[] {3.0});
        Step8Newton.Run descent = Step8Newton.gradientDescent(v -> v.get(0).exp().sub(v.get(0).mul(2.0)),
                new double[] {3.0}, 0.1);
        assertThat(newton.converged()).isTrue();
        assertThat(descent.converged()).isTrue();
        assertThat(newton.x()[0]).isCloseTo(Math.log(2), within(1e-8));
        assertThat(newton.steps()).isLessThan(descent.steps());
    }

    @Test
    void theTopCurvatureIsAnEigenpairOfTheFullHessian() {
        MLP net = Step9Curvature.network();
        Value loss = Step9Curvature.loss(net);
        List<Value> params = net.parameters();
        Step9Curvature.Result r = Step9Curvature.topCurvature(loss, params, false);
        double[][] h = Hessian.of(loss, params);
        double residual = 0;
        for (int i = 0; i < h.length; i++) {
            double hv = 0;
            for (int j = 0; j < h.length; j++) {
                hv += h[i][j] * r.vector()[j];
            }
            residual = Math.max(residual, Math.abs(hv - r.eigenvalue() * r.vector()[i]));
        }
        assertThat(residual).as("|Hv - λv| with λ = %s", r.eigenvalue()).isLessThan(1e-3 * Math.abs(r.eigenvalue()));
        // no row sum of |H| (a bound on every eigenvalue, Gershgorin) is below |λ|... and λ attains the largest
        double bound = 0;
        for (double[] row : h) {
            bound = Math.max(bound, java.util.Arrays.stream(row).map(Math::abs).sum());
        }
        assertThat(Math.abs(r.eigenvalue())).isLessThanOrEqualTo(bound);
        assertThat(Printed.by(Step9Curvature::main).get(0)).startsWith("MLP(3, [4, 4, 1]), 41 parameters");
    }
}
