package io.github.micrograd4j.core.tape;

import io.github.micrograd4j.core.Op;
import java.util.Arrays;

/**
 * One slice of a {@link BatchedTape}'s batch with its own rows: {@code value[slot][row]} and so on,
 * one row per slot, one element per example of the slice (slots whose gradients are equal share one
 * gradient row, as {@link GradientRows} says). {@link TileReplay} runs the forward and backward passes
 * over them.
 */
final class Tile {
    final int offset;
    final int count;
    final double[][] value;
    /**
     * The inputs for the next forward pass, copied into their value rows by it: the value rows
     * must keep the last forward pass's inputs, which products read back as local derivatives.
     */
    final double[][] inputs;
    final double[][] dx;
    final double[][] dy;
    final double[][] grad;
    final double[] parameterGrads;

    /**
     * The rows of examples {@code offset .. offset + count - 1}, each starting with the tape's values.
     *
     * @param tape the tape whose inputs, parameters and constants fill the value rows
     * @param program its program
     * @param rows which slots share a gradient row
     * @param offset the first example in the tile
     * @param count how many examples the tile has
     */
    Tile(Tape tape, TapeProgram program, GradientRows rows, int offset, int count) {
        this.offset = offset;
        this.count = count;
        int size = program.size();
        value = new double[size][count];
        grad = new double[size][];
        for (int k = size - 1; k >= 0; k--) {
            // a slot sharing a sum's row comes before the sum, whose row is made by then
            grad[k] = rows.row[k] == k ? new double[count] : grad[rows.row[k]];
        }
        dx = new double[size][];
        dy = new double[size][];
        Op[] ops = program.ops();
        for (int k = program.opStart(); k < size; k++) {
            if (OpKernels.storesLocals(ops[k])) {
                dx[k] = new double[count];
                if (program.binary()[k]) {
                    dy[k] = new double[count];
                }
            }
        }
        for (int k = program.inputCount(); k < program.opStart(); k++) {
            Arrays.fill(value[k], tape.value(k));
        }
        inputs = new double[program.inputCount()][count];
        for (int i = 0; i < program.inputCount(); i++) {
            Arrays.fill(value[i], tape.value(i));
            Arrays.fill(inputs[i], tape.value(i));
        }
        parameterGrads = new double[program.parameterCount()];
    }
}
