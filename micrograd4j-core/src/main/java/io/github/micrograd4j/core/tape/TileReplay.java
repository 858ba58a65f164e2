package io.github.micrograd4j.core.tape;

import io.github.micrograd4j.core.Op;
import java.util.Arrays;

/**
 * The forward and backward passes of one {@link Tile} of a {@link BatchedTape}: one loop over the
 * tile's examples per op ({@link RowKernels}), the common ops on a constant {@link Op}, any other op
 * through its own methods. Each pass writes only the tile's own rows, so tiles can run on different
 * threads.
 */
final class TileReplay {
    private TileReplay() {
    }

    /**
     * Recomputes the tile's values and local derivatives from its inputs and the shared parameters.
     *
     * @param tile the tile
     * @param program the program the batch replays
     * @param parameters the parameters' current values
     */
    static void forward(Tile tile, TapeProgram program, double[] parameters) {
        final TapeProgram p = program;
        final double[][] v = tile.value;
        final double[][] d1 = tile.dx;
        final double[][] d2 = tile.dy;
        final Op[] ops = p.ops();
        final int[] a = p.first();
        final int[] b = p.second();
        final int inputCount = p.inputCount();
        final int size = p.size();
        for (int i = 0; i < inputCount; i++) {
            System.arraycopy(tile.inputs[i], 0, v[i], 0, tile.count);
        }
        for (int j = 0; j < parameters.length; j++) {
            Arrays.fill(v[inputCount + j], parameters[j]);
        }
        for (int k = p.opStart(); k < size; k++) {
            double[] x = v[a[k]];
            double[] y = v[b[k]];
            double[] out = v[k];
            double[] l1 = d1[k];
            Op op = ops[k];
            // the common ops get loops of their own, on a constant op the JIT inlines; any other op
            // runs the generic loop over its own methods: slower, the same numbers
            switch (op) {
                case ADD -> RowKernels.add(x, y, out);
                case MUL -> RowKernels.mul(x, y, out);
                case POW_CONST -> RowKernels.powConst(x, y, out, l1);
                case EXP -> RowKernels.exp(x, y, out, l1);
                case TANH -> RowKernels.tanh(x, y, out, l1);
                case RELU -> RowKernels.relu(x, y, out, l1);
                case SIGMOID -> RowKernels.sigmoid(x, y, out, l1);
                default -> RowKernels.anyOp(op, x, y, out, l1, d2[k]);
            }
        }
    }

    /**
     * Backpropagates each of the tile's examples from its output with its seed, then sums the tile's
     * parameter gradients over its examples. Needs the values of the last {@link #forward}.
     *
     * @param tile the tile
     * @param program the program the batch replays
     * @param seeds every example's seed (d loss / d output), indexed by example
     * @param writesFirst whether the op in each slot is, going backwards, the first to pass a
     *     gradient to its first operand (and so writes the operand's row instead of adding to it)
     * @param writesSecond the same for the second operand
     */
    static void backward(Tile tile, TapeProgram program, double[] seeds, boolean[] writesFirst,
            boolean[] writesSecond) {
        final TapeProgram p = program;
        final double[][] g = tile.grad;
        final double[][] v = tile.value;
        final double[][] d1 = tile.dx;
        final double[][] d2 = tile.dy;
        final Op[] ops = p.ops();
        final int[] a = p.first();
        final int[] b = p.second();
        final boolean[] two = p.binary();
        final int n = tile.count;
        System.arraycopy(seeds, tile.offset, g[p.output()], 0, n);
        for (int k = p.size() - 1; k >= p.opStart(); k--) {
            double[] gk = g[k];
            Op op = ops[k];
            if (op == Op.ADD) {
                // both local derivatives are 1 (Op.ADD), and 1.0 * g == g exactly
                RowKernels.sumBackward(g[a[k]], g[b[k]], gk, writesFirst[k], writesSecond[k]);
                continue;
            }
            if (op == Op.MUL) {
                // d(x*y)/dx is y and d(x*y)/dy is x (Op.MUL): the operands' rows are the local derivatives
                RowKernels.productBackward(g[a[k]], g[b[k]], v[a[k]], v[b[k]], gk, writesFirst[k], writesSecond[k]);
                continue;
            }
            if (writesFirst[k]) {
                RowKernels.write(g[a[k]], d1[k], gk);
            } else {
                RowKernels.accumulate(g[a[k]], d1[k], gk);
            }
            if (two[k]) {
                if (writesSecond[k]) {
                    RowKernels.write(g[b[k]], d2[k], gk);
                } else {
                    RowKernels.accumulate(g[b[k]], d2[k], gk);
                }
            }
        }
        RowKernels.sumParameterGrads(g, p.inputCount(), tile.parameterGrads, n);
    }
}
