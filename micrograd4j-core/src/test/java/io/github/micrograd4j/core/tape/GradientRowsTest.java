package io.github.micrograd4j.core.tape;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Op;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.fixture.RandomOpGraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Which gradient rows a batched replay shares: a neuron's chain of sums and products shares one row, a node used
 * twice or a leaf keeps its own; and sharing changes no number, not even the sign of a zero, where gradients of
 * -0.0 flow through the shared rows.
 */
class GradientRowsTest {

    @Test
    void aNeuronsChainOfSumsAndProductsSharesOneRow() {
        Value x0 = new Value(0.5);
        Value x1 = new Value(-1.5);
        Value b = new Value(0.1);
        Value w0 = new Value(2.0);
        Value w1 = new Value(-3.0);
        Value p0 = w0.mul(x0);
        Value s1 = b.add(p0);
        Value p1 = w1.mul(x1);
        Value s2 = s1.add(p1);
        Value out = s2.relu();
        Tape tape = Tape.compile(out, List.of(x0, x1), List.of(b, w0, w1), List.of(p0, s1, p1, s2));
        TapeProgram program = tape.program();
        GradientRows rows = new GradientRows(program);
        int last = program.watchedSlot(3);
        for (int i = 0; i < 3; i++) {
            assertThat(rows.row[program.watchedSlot(i)]).as("watched node %d", i).isEqualTo(last);
        }
        assertThat(rows.row[last]).as("the chain's last sum, used by relu").isEqualTo(last);
        assertThat(rows.row[program.output()]).isEqualTo(program.output());
        for (int leaf = 0; leaf < program.opStart(); leaf++) {
            assertThat(rows.row[leaf]).as("leaf %d", leaf).isEqualTo(leaf);
        }
        // s2 = s1 + p1 passes nothing; s1 = b + p0 passes its gradient to the parameter b only
        assertThat(rows.sharesFirst[last]).isTrue();
        assertThat(rows.sharesSecond[last]).isTrue();
        int s1Slot = program.watchedSlot(1);
        assertThat(rows.sharesFirst[s1Slot]).as("b is a leaf").isFalse();
        assertThat(rows.sharesSecond[s1Slot]).isTrue();
    }

    @Test
    void aNodeUsedTwiceOrALeafOrAProductsOperandKeepsItsRow() {
        Value x = new Value(0.5);
        Value w = new Value(2.0);
        Value p = w.mul(x);
        Value twice = p.add(p); // p used twice
        Value q = twice.mul(x); // a product's operand: its gradient is not the product's
        Value out = q.add(x); // x is a leaf
        Tape tape = Tape.compile(out, List.of(x), List.of(w), List.of(p, twice, q));
        TapeProgram program = tape.program();
        GradientRows rows = new GradientRows(program);
        int pSlot = program.watchedSlot(0);
        int twiceSlot = program.watchedSlot(1);
        assertThat(rows.row[pSlot]).as("p, used twice").isEqualTo(pSlot);
        assertThat(rows.row[twiceSlot]).as("p + p, a product's operand").isEqualTo(twiceSlot);
        for (int leaf = 0; leaf < program.opStart(); leaf++) {
            assertThat(rows.row[leaf]).as("leaf %d", leaf).isEqualTo(leaf);
        }
        assertThat(rows.sharesSecond[twiceSlot]).isFalse();
        assertThat(rows.sharesFirst[twiceSlot]).isFalse();
        // q is used once, by the output sum, whose row it shares; x, the sum's other operand, is a leaf
        assertThat(rows.row[program.watchedSlot(2)]).isEqualTo(program.output());
        assertThat(rows.sharesFirst[program.output()]).isTrue();
        assertThat(rows.sharesSecond[program.output()]).isFalse();
    }

    /**
     * Graphs of sums, products and ReLUs over zeros of both signs, with seeds of both signs (-0.0 among them,
     * which the replay copies into the output's row as it is, and the shared rows then hold): every example's
     * input gradients are the object graph's of the whole batch's loss, bit for bit.
     */
    @Test
    void zerosOfEitherSignGiveTheObjectGraphsBitsThroughSharedRows() {
        double[] special = {0.0, -0.0, 1.0, -1.0, 2.0, -0.5};
        List<Op> mix = List.of(Op.ADD, Op.MUL, Op.RELU, Op.ADD);
        SplittableRandom rnd = new SplittableRandom(41);
        int shared = 0;
        for (int g = 0; g < 300; g++) {
            long seed = rnd.nextLong();
            int ops = 3 + rnd.nextInt(30);
            List<Value> leaves = RandomOpGraphs.leaves(pick(rnd, special, 5));
            Value root = RandomOpGraphs.anyData(seed, leaves, ops, mix);
            if (root.isLeaf()) {
                continue;
            }
            Tape tape = Tape.compile(root, leaves.subList(0, 2), leaves.subList(2, 5));
            GradientRows rows = new GradientRows(tape.program());
            for (int k = 0; k < rows.row.length; k++) {
                shared += rows.row[k] == k ? 0 : 1;
            }
            int batch = 1 + rnd.nextInt(9);
            double[] parameters = pick(rnd, special, 3);
            List<Value> params = RandomOpGraphs.leaves(parameters);
            List<List<Value>> inputs = new ArrayList<>();
            Value loss = new Value(0.0);
            try (BatchedTape b = new BatchedTape(tape, batch, 1 + rnd.nextInt(8), 1)) {
                for (int j = 0; j < 3; j++) {
                    b.setParameter(j, parameters[j]);
                }
                for (int e = 0; e < batch; e++) {
                    List<Value> example = new ArrayList<>(RandomOpGraphs.leaves(pick(rnd, special, 2)));
                    double seedOfExample = special[rnd.nextInt(special.length)];
                    b.setInput(0, e, example.get(0).data());
                    b.setInput(1, e, example.get(1).data());
                    b.setSeed(e, seedOfExample);
                    inputs.add(example);
                    List<Value> all = new ArrayList<>(example);
                    all.addAll(params);
                    loss = loss.add(RandomOpGraphs.anyData(seed, all, ops, mix).mul(seedOfExample));
                }
                b.forwardBackward();
                loss.backward();
                for (int e = 0; e < batch; e++) {
                    for (int i = 0; i < 2; i++) {
                        Bits.assertSameDouble(b.inputGrad(i, e), inputs.get(e).get(i).grad(),
                                "graph " + g + " example " + e + " input " + i);
                    }
                }
            }
        }
        assertThat(shared).as("rows shared over the graphs").isGreaterThan(100);
    }

    private static double[] pick(SplittableRandom rnd, double[] from, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = from[rnd.nextInt(from.length)];
        }
        return out;
    }
}
