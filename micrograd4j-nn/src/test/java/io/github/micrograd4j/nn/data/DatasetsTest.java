package io.github.micrograd4j.nn.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

class DatasetsTest {

    @Test
    void everyGeneratorIsDeterministicPerSeed() {
        check(s -> Datasets.moons(50, 0.1, new Random(s)));
        check(s -> Datasets.circles(50, 0.1, 0.5, new Random(s)));
        check(s -> Datasets.blobs(50, 3, 0.4, new Random(s)));
        check(s -> Datasets.spirals(50, 3, 0.2, new Random(s)));
    }

    private static void check(LongFunction<Dataset> gen) {
        Dataset a = gen.apply(99);
        Dataset b = gen.apply(99);
        Dataset c = gen.apply(100);
        assertThat(a.features()).isDeepEqualTo(b.features());
        assertThat(a.classes()).containsExactly(b.classes());
        assertThat(Arrays.deepEquals(a.features(), c.features())).as(a.name() + " with another seed").isFalse();
    }

    @Test
    void noiselessMoonsLieOnScikitLearnsTwoHalfCircles() {
        Dataset d = Datasets.moons(101, 0.0, new Random(3));
        int outer = 0;
        for (int i = 0; i < d.size(); i++) {
            double[] p = d.features(i);
            if (d.classOf(i) == 0) {
                outer++;
                assertThat(Math.hypot(p[0], p[1])).isCloseTo(1.0, within(1e-12));
                assertThat(p[1]).isGreaterThanOrEqualTo(-1e-12);
            } else {
                assertThat(Math.hypot(p[0] - 1, p[1] - 0.5)).isCloseTo(1.0, within(1e-12));
                assertThat(p[1]).isLessThanOrEqualTo(0.5 + 1e-12);
            }
        }
        assertThat(outer).isEqualTo(50);   // n_samples // 2 on the outer moon, the rest inner
        // the end points of both linspaces are there
        assertThat(java.util.Arrays.asList(d.features())).anySatisfy(p -> assertThat(p).containsExactly(1.0, 0.0));
        assertThat(java.util.Arrays.asList(d.features())).anySatisfy(p -> assertThat(p).containsExactly(2.0, 1.0 - Math.sin(Math.PI) - 0.5));
    }

    @Test
    void noiseHasTheRequestedSpread() {
        Dataset clean = Datasets.moons(4000, 0.0, new Random(8));
        Dataset noisy = Datasets.moons(4000, 0.1, new Random(8));
        // same shuffle (noise is drawn after it), so the difference is the noise itself
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < clean.size(); i++) {
            double d = noisy.features(i)[0] - clean.features(i)[0];
            sum += d;
            sq += d * d;
        }
        double mean = sum / clean.size();
        double sd = Math.sqrt(sq / clean.size() - mean * mean);
        assertThat(sd).isCloseTo(0.1, within(0.005));
        assertThat(mean).isCloseTo(0.0, within(0.01));
    }

    @Test
    void circlesBlobsAndSpiralsHaveTheirShapes() {
        Dataset c = Datasets.circles(40, 0.0, 0.5, new Random(1));
        for (int i = 0; i < c.size(); i++) {
            double r = Math.hypot(c.features(i)[0], c.features(i)[1]);
            assertThat(r).isCloseTo(c.classOf(i) == 0 ? 1.0 : 0.5, within(1e-12));
        }
        Dataset b = Datasets.blobs(31, 4, 0.0, new Random(1));
        assertThat(b.classCount()).isEqualTo(4);
        assertThat(Arrays.stream(b.classes()).filter(k -> k == 0).count()).isEqualTo(8);
        for (int i = 0; i < b.size(); i++) {
            double t = 2 * Math.PI * b.classOf(i) / 4;
            assertThat(b.features(i)).containsExactly(new double[] {2 * Math.cos(t), 2 * Math.sin(t)}, within(1e-12));
        }
        Dataset s = Datasets.spirals(30, 3, 0.0, new Random(1));
        assertThat(Arrays.stream(s.classes()).filter(k -> k == 2).count()).isEqualTo(10);
        for (int i = 0; i < s.size(); i++) {
            assertThat(Math.hypot(s.features(i)[0], s.features(i)[1])).isLessThanOrEqualTo(1.0 + 1e-12);
        }
    }

    @Test
    void linspaceIsNumpys() {
        assertThat(Datasets.linspace(0, 1, 5)).containsExactly(0, 0.25, 0.5, 0.75, 1);
        assertThat(Datasets.linspace(0, Math.PI, 3)[2]).isEqualTo(Math.PI);
        assertThat(Datasets.linspace(2, 3, 1)).containsExactly(2);
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> Datasets.moons(1, 0.1, new Random(1))).hasMessage("expected at least 2 points, got 1");
        assertThatThrownBy(() -> Datasets.moons(10, -1, new Random(1))).hasMessageContaining("noise");
        assertThatThrownBy(() -> Datasets.blobs(10, 1, 0.1, new Random(1))).hasMessageContaining("at least 2 classes");
        assertThatThrownBy(() -> Datasets.circles(10, 0.1, 1.5, new Random(1))).hasMessageContaining("factor");
    }

    @Test
    void signedLabelsAreMicrogradsConvention() {
        Dataset d = new Dataset("t", new double[][] {{0}, {1}}, new int[] {0, 1}, new double[] {0, 1});
        assertThat(d.signedLabels()).containsExactly(-1, 1);
    }
}
