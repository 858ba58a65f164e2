package io.github.micrograd4j.viz.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import org.junit.jupiter.api.Test;

class LayerCrossingsTest {

    /** a, a*a, (a*a)*a, ...: n values, every product but the first using a again. */
    private static Value sharedInputChain(int values) {
        Value a = new Value(1.0001, "a");
        Value v = a.mul(a);
        for (int i = 2; i < values; i++) {
            v = v.mul(a);
        }
        return v;
    }

    private static long count(Value output) {
        return LayerCrossings.count(output.topologicalOrder());
    }

    @Test
    void aGraphWhoseEdgesEachSpanOneLayerHasNone() {
        assertThat(count(WalkthroughExample.build().L())).isZero();
        Value x = new Value(0.5, "x");
        assertThat(count(x.tanh().exp().tanh())).isZero();
        assertThat(count(new Value(2.0, "lonely"))).isZero();
    }

    @Test
    void aLeafIsPlacedJustBeforeItsOpHoweverLateThatOpComes() {
        Value x = new Value(0.5, "x");
        Value late = new Value(3.0, "late");
        assertThat(count(x.tanh().tanh().tanh().tanh().add(late))).isZero();
    }

    @Test
    void aValueSkippingAChainCrossesEachLayerOfIt() {
        // v = tanh(a) in layer 2; three tanh (op + box each) put v's other consumer, the add, in layer 9:
        // its edge from v spans 7 layers and needs 6 dummies, however the layers are counted
        Value v = new Value(0.5, "a").tanh();
        Value w = v.tanh().tanh().tanh();
        assertThat(count(w.add(v))).isEqualTo(6);
    }

    @Test
    void aSharedInputChainGrowsWithTheSquareOfItsLength() {
        // the k-th product's op (k >= 2) is in layer 2k - 1, a in layer 0: 2k - 2 dummies; summed over
        // k = 2 .. n - 1 that is (n - 1)(n - 2)
        assertThat(count(sharedInputChain(4))).isEqualTo(3 * 2);
        assertThat(count(sharedInputChain(1000))).isEqualTo(999L * 998);
    }
}
