package io.github.micrograd4j.nn.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** TensorFlow Playground's regression datasets: their targets against the definition, seeded. */
class RegressionDatasetsTest {

    @Test
    void noiselessPlaneTargetsAreTheSumOverTenOfTheUnscaledPoint() {
        Dataset d = Datasets.regressPlane(500, 0.0, new Random(4));
        assertThat(d.isRegression()).isTrue();
        assertThat(d.classCount()).isZero();
        double min = 1;
        double max = -1;
        for (int i = 0; i < d.size(); i++) {
            double[] p = d.features(i);
            assertThat(p[0]).isBetween(-1.0, 1.0);
            assertThat(p[1]).isBetween(-1.0, 1.0);
            // the point is TensorFlow Playground's (u, v) divided by 6; its target (u + v) / 10
            assertThat(d.target(i)).isCloseTo((6 * p[0] + 6 * p[1]) / 10, within(1e-12));
            min = Math.min(min, p[0]);
            max = Math.max(max, p[0]);
        }
        // spread over the whole square, not a corner of it
        assertThat(min).isLessThan(-0.9);
        assertThat(max).isGreaterThan(0.9);
    }

    @Test
    void noiselessGaussTargetsAreTheLargestSignedBump() {
        Dataset d = Datasets.regressGaussian(400, 0.0, new Random(5));
        double[][] centres = {{-4, 2.5}, {0, 2.5}, {4, 2.5}, {-4, -2.5}, {0, -2.5}, {4, -2.5}};
        double[] signs = {1, -1, 1, -1, 1, -1};
        int zero = 0;
        for (int i = 0; i < d.size(); i++) {
            double u = 6 * d.features(i)[0];
            double v = 6 * d.features(i)[1];
            // written another way than the generator: the nearest centre wins, as the bumps only shrink with distance
            int nearest = 0;
            for (int c = 1; c < centres.length; c++) {
                if (Math.hypot(u - centres[c][0], v - centres[c][1])
                        < Math.hypot(u - centres[nearest][0], v - centres[nearest][1])) {
                    nearest = c;
                }
            }
            double dist = Math.hypot(u - centres[nearest][0], v - centres[nearest][1]);
            double expected = dist >= 2 ? 0.0 : signs[nearest] * (1 - dist / 2);
            assertThat(d.target(i)).as("point %d at (%s, %s)", i, u, v).isCloseTo(expected, within(1e-12));
            zero += d.target(i) == 0.0 ? 1 : 0;
        }
        // some points are far from every bump, most are not
        assertThat(zero).isBetween(1, d.size() / 2);
    }

    @Test
    void bumpsHaveTheirKnownValues() {
        assertThat(Datasets.bumps(-4, 2.5)).isEqualTo(1.0);
        assertThat(Datasets.bumps(0, 2.5)).isEqualTo(-1.0);
        assertThat(Datasets.bumps(4, -1.5)).isEqualTo(-0.5);
        assertThat(Datasets.bumps(0, 0)).isEqualTo(0.0);
    }

    @Test
    void theSameSeedGivesTheSamePointsAndTargets() {
        for (Generators g : new Generators[] {Generators.REG_PLANE, Generators.REG_GAUSS}) {
            Dataset a = g.generate(60, 2, 0.2, new Random(9));
            Dataset b = g.generate(60, 2, 0.2, new Random(9));
            Dataset c = g.generate(60, 2, 0.2, new Random(10));
            assertThat(a.name()).isEqualTo(g.id());
            assertThat(a.features()).isDeepEqualTo(b.features());
            assertThat(a.targets()).containsExactly(b.targets());
            assertThat(Arrays.deepEquals(a.features(), c.features())).as(g.id() + " with another seed").isFalse();
        }
    }

    @Test
    void noiseMovesThePointBeforeItsTargetIsTaken() {
        Random rng = new Random(12);
        Dataset noisy = Datasets.regressPlane(20_000, 0.5, rng);
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < noisy.size(); i++) {
            double[] p = noisy.features(i);
            double d = noisy.target(i) - 0.6 * (p[0] + p[1]);
            sum += d;
            sq += d * d;
        }
        int n = noisy.size();
        double sd = Math.sqrt(sq / n - (sum / n) * (sum / n));
        // (nu + nv) / 10 with nu, nv uniform in [-3, 3): variance 2 * 3 / 100
        assertThat(sum / n).isCloseTo(0.0, within(0.01));
        assertThat(sd).isCloseTo(Math.sqrt(0.06), within(0.01));
    }

    @Test
    void aRegressionDatasetHasNoClassesAndSaysSo() {
        Dataset d = Datasets.regressPlane(10, 0.0, new Random(1));
        assertThatThrownBy(() -> d.classOf(0)).hasMessageContaining("reg-plane is a regression dataset");
        assertThatThrownBy(d::classes).hasMessageContaining("real-valued targets");
        assertThat(d.labelValues()).isEmpty();
        assertThat(d.labelOf(3)).isEqualTo(d.target(3));
        assertThat(d.toString()).contains("real-valued targets");
        assertThatThrownBy(() -> Datasets.moons(4, 0, new Random(1)).targets()).hasMessageContaining("moons has classes");
        assertThatThrownBy(() -> Dataset.regression("r", new double[][] {{0, 0}, {1, 1}}, new double[] {0, Double.NaN}))
                .hasMessage("the target of point 1 is NaN");
        assertThatThrownBy(() -> Dataset.regression("r", new double[][] {{0, 0}, {1, 1}}, new double[] {0}))
                .hasMessage("expected 2 targets (one per point), got 1");
        assertThatThrownBy(() -> Generators.REG_GAUSS.generate(10, 3, 0.0, new Random(1)))
                .hasMessage("reg-gauss is a regression dataset (no classes); 3 classes is for blobs and spirals");
    }
}
