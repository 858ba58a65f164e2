package io.github.micrograd4j.core.tape;

import io.github.micrograd4j.core.Op;
import java.util.Arrays;

/**
 * How a {@link BatchedTape}'s backward pass hands each slot's gradient row to its operands' rows, worked out once
 * from the program: for each op and operand, whether it writes the operand's row (the first to pass it a
 * gradient, going backwards, so no row needs clearing), adds to it, or <em>shares</em> it.
 *
 * <p>A sum's local derivatives are 1 ({@link Op#ADD}), so where a sum is the only use of an operand that is
 * itself an op, the operand's gradient is the sum's, value for value: the two use one row, and the sum passes
 * nothing. A neuron's {@code ((b + w0*x0) + w1*x1) + ...} then backpropagates through its whole chain of sums
 * and products with one row and no copies. The numbers do not change: a written row gets {@code 0.0 + g}, which
 * differs from {@code g} only where {@code g} is -0.0, and a shared row is read only by its op's backward, whose
 * products and sums turn a -0.0 into the same rows' values as 0.0 (a row that is written first never holds -0.0,
 * and adding ±0.0 to it leaves it as it is). Leaves (inputs, parameters, constants) and the output never share:
 * their rows are read back ({@link BatchedTape#inputGrad}, the parameters' sums) or seeded.
 */
final class GradientRows {
    /** Whether the op in each slot writes (rather than adds to) its first operand's row. */
    final boolean[] writesFirst;
    /** The same for the second operand. */
    final boolean[] writesSecond;
    /** Whether the op in each slot, a sum, shares its row with its first operand: it then passes nothing there. */
    final boolean[] sharesFirst;
    /** The same for the second operand. */
    final boolean[] sharesSecond;
    /** For each slot, the slot whose row it uses: itself, or the last sum of the chain that shares it. */
    final int[] row;

    GradientRows(TapeProgram program) {
        int size = program.size();
        int start = program.opStart();
        Op[] ops = program.ops();
        int[] first = program.first();
        int[] second = program.second();
        boolean[] binary = program.binary();
        int[] uses = new int[size];
        for (int k = start; k < size; k++) {
            uses[first[k]]++;
            if (binary[k]) {
                uses[second[k]]++;
            }
        }
        writesFirst = new boolean[size];
        writesSecond = new boolean[size];
        sharesFirst = new boolean[size];
        sharesSecond = new boolean[size];
        row = new int[size];
        Arrays.fill(row, -1);
        boolean[] written = new boolean[size];
        written[program.output()] = true;
        for (int k = size - 1; k >= 0; k--) {
            if (row[k] < 0) {
                row[k] = k; // no sum took it over: a row of its own (slots after k are done, so row[k] is final)
            }
            if (k < start) {
                continue;
            }
            writesFirst[k] = !written[first[k]];
            written[first[k]] = true;
            if (binary[k]) {
                writesSecond[k] = !written[second[k]];
                written[second[k]] = true;
            }
            if (ops[k] == Op.ADD) {
                sharesFirst[k] = shareable(first[k], start, program.output(), uses);
                sharesSecond[k] = shareable(second[k], start, program.output(), uses);
                if (sharesFirst[k]) {
                    row[first[k]] = row[k];
                }
                if (sharesSecond[k]) {
                    row[second[k]] = row[k];
                }
            }
        }
    }

    /** An op's slot (not a leaf), not the output, with exactly one use: the sum that shares it. */
    private static boolean shareable(int operand, int opStart, int output, int[] uses) {
        return operand >= opStart && operand != output && uses[operand] == 1;
    }
}
