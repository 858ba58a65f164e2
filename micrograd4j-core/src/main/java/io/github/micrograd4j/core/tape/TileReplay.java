package io.github.micrograd4j.core.tape;

import io.github.micrograd4j.core.Op;
import java.util.Arrays;

/**
 * The forward and backward passes of one {@link Tile} of a {@link BatchedTape}: one loop over the
 * tile's examples per op, from {@link OpKernels}. Each pass writes only the tile's own rows, so tiles
 * can run on different threads.
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
            OpKernels.rows(ops[k], v[a[k]], v[b[k]], v[k], d1[k], d2[k]);
        }
    }

    /**
     * Backpropagates each of the tile's examples from its output with its seed, then sums the tile's
     * parameter gradients over its examples. Needs the values of the last {@link #forward}.
     *
     * @param tile the tile
     * @param program the program the batch replays
     * @param seeds every example's seed (d loss / d output), indexed by example
     * @param rows which operand rows each op writes, adds to or shares
     */
    static void backward(Tile tile, TapeProgram program, double[] seeds, GradientRows rows) {
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
            OpKernels.backward(ops[k], g, v, d1, d2, k, a[k], b[k], two[k], rows);
        }
        OpKernels.sumParameterGrads(g, p.inputCount(), tile.parameterGrads, n);
    }
}
