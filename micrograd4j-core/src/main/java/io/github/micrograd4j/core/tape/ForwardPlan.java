package io.github.micrograd4j.core.tape;

import io.github.micrograd4j.core.Op;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * What {@link ForwardBatch} runs, worked out once from a {@link TapeProgram}: which slots differ
 * between examples (rows) and which do not (scalars, computed once per pass); the nodes the output
 * and the watched values need; the per-example instructions, each a loop over a tile's rows, with
 * products of a scalar and a row folded into the sum that alone reads them; and which of a few
 * buffers each row lives in, a buffer being reused once the row's last reader has run.
 */
final class ForwardPlan {
    static final int ROW_ROW = 0;
    static final int ROW_SCALAR = 1;
    static final int SCALAR_ROW = 2;
    static final int MUL_ADD_ROW = 3;
    static final int MUL_ADD_SCALAR = 4;

    /** Whether each slot differs between examples. */
    final boolean[] row;
    /** The live op slots computed once per pass, in order. */
    final int[] scalarOps;
    // the per-example instructions: kind, op, operands (buffers for rows, slots for scalars), result buffer
    final int[] kind;
    final Op[] op;
    final int[] a;
    final int[] b;
    final int[] c;
    final int[] out;
    /** The kept row each instruction's result is copied to, or -1. */
    final int[] export;
    /** Each input's buffer, or -1 when no instruction reads it. */
    final int[] inputBuffer;
    /** For each slot whose value is kept per example, its kept row; -1 otherwise. */
    final int[] keptRowOf;
    /** How many rows are kept per example: the output and the watched values that are rows. */
    final int keptRows;
    /** How many buffers a tile works in. */
    final int buffers;

    ForwardPlan(TapeProgram p) {
        int size = p.size();
        int inputCount = p.inputCount();
        Op[] ops = p.ops();
        int[] first = p.first();
        int[] second = p.second();
        row = new boolean[size];
        Arrays.fill(row, 0, inputCount, true);
        for (int k = p.opStart(); k < size; k++) {
            row[k] = row[first[k]] || row[second[k]];
        }
        // what the output and the watched values need, and who reads each row
        boolean[] keptSlot = new boolean[size];
        keptSlot[p.output()] = true;
        for (int w = 0; w < p.watchedCount(); w++) {
            keptSlot[p.watchedSlot(w)] = true;
        }
        boolean[] live = keptSlot.clone();
        int[] uses = new int[size];
        for (int k = size - 1; k >= p.opStart(); k--) {
            if (live[k]) {
                live[first[k]] = true;
                live[second[k]] = true;
                uses[first[k]]++;
                uses[second[k]]++;
            }
        }
        // a product of a scalar and a row read by one sum only, and not kept, is folded into the sum
        int[] productOf = new int[size];
        Arrays.fill(productOf, -1);
        boolean[] folded = new boolean[size];
        int instructions = 0;
        int scalarCount = 0;
        for (int k = p.opStart(); k < size; k++) {
            if (!live[k]) {
                continue;
            }
            if (!row[k]) {
                scalarCount++;
                continue;
            }
            if (ops[k] == Op.ADD) {
                int m = foldable(second[k], ops, first, second, uses, keptSlot) ? second[k]
                        : foldable(first[k], ops, first, second, uses, keptSlot) ? first[k] : -1;
                if (m >= 0) {
                    productOf[k] = m;
                    folded[m] = true;
                    instructions--;
                }
            }
            instructions++;
        }
        scalarOps = new int[scalarCount];
        kind = new int[instructions];
        op = new Op[instructions];
        a = new int[instructions];
        b = new int[instructions];
        c = new int[instructions];
        out = new int[instructions];
        export = new int[instructions];
        int[] resultSlot = new int[instructions];
        int s = 0;
        int n = 0;
        for (int k = p.opStart(); k < size; k++) {
            if (!live[k] || folded[k]) {
                continue;
            }
            if (!row[k]) {
                scalarOps[s++] = k;
                continue;
            }
            resultSlot[n] = k;
            op[n] = ops[k];
            int m = productOf[k];
            if (m >= 0) {
                int acc = first[k] == m ? second[k] : first[k];
                boolean rowFirst = row[first[m]];
                kind[n] = row[acc] ? MUL_ADD_ROW : MUL_ADD_SCALAR;
                a[n] = acc;
                b[n] = rowFirst ? second[m] : first[m];
                c[n] = rowFirst ? first[m] : second[m];
            } else {
                kind[n] = row[first[k]] && row[second[k]] ? ROW_ROW : row[first[k]] ? ROW_SCALAR : SCALAR_ROW;
                a[n] = first[k];
                b[n] = second[k];
                c[n] = -1;
            }
            n++;
        }
        // buffers: a row's buffer is reused once its last reader has run
        int[] lastUse = new int[size];
        Arrays.fill(lastUse, -1);
        for (int i = 0; i < instructions; i++) {
            for (int slot : rowOperands(i)) {
                lastUse[slot] = i;
            }
        }
        int[] bufferOf = new int[size];
        Arrays.fill(bufferOf, -1);
        ArrayDeque<Integer> free = new ArrayDeque<>();
        int count = 0;
        inputBuffer = new int[inputCount];
        for (int i = 0; i < inputCount; i++) {
            inputBuffer[i] = lastUse[i] >= 0 ? count++ : -1;
            bufferOf[i] = inputBuffer[i];
        }
        keptRowOf = new int[size];
        Arrays.fill(keptRowOf, -1);
        int kept = 0;
        for (int i = 0; i < instructions; i++) {
            int[] operands = rowOperands(i);
            // the row operands' slots become their buffers; scalar operands stay slots
            switch (kind[i]) {
                case ROW_ROW -> {
                    a[i] = bufferOf[a[i]];
                    b[i] = bufferOf[b[i]];
                }
                case ROW_SCALAR -> a[i] = bufferOf[a[i]];
                case SCALAR_ROW -> b[i] = bufferOf[b[i]];
                case MUL_ADD_ROW -> {
                    a[i] = bufferOf[a[i]];
                    c[i] = bufferOf[c[i]];
                }
                default -> c[i] = bufferOf[c[i]];
            }
            for (int slot : operands) {
                if (lastUse[slot] == i && bufferOf[slot] >= 0) {
                    free.push(bufferOf[slot]); // the result may reuse it: every loop reads element r before writing it
                    bufferOf[slot] = -1; // x * x is freed once
                }
            }
            int k = resultSlot[i];
            out[i] = free.isEmpty() ? count++ : free.pop();
            export[i] = keptSlot[k] ? kept++ : -1;
            keptRowOf[k] = export[i];
            if (lastUse[k] >= 0) {
                bufferOf[k] = out[i];
            } else {
                free.push(out[i]); // nobody reads it: reusable once copied out
            }
        }
        buffers = count;
        keptRows = kept;
    }

    /** A product of a scalar and a row, read by one sum only and not kept: computed inside that sum. */
    private boolean foldable(int m, Op[] ops, int[] first, int[] second, int[] uses, boolean[] keptSlot) {
        return ops[m] == Op.MUL && uses[m] == 1 && !keptSlot[m] && row[first[m]] != row[second[m]];
    }

    /** The slots of instruction {@code i}'s row operands, before they are turned into buffers. */
    private int[] rowOperands(int i) {
        return switch (kind[i]) {
            case ROW_ROW -> new int[] {a[i], b[i]};
            case ROW_SCALAR -> new int[] {a[i]};
            case SCALAR_ROW -> new int[] {b[i]};
            case MUL_ADD_ROW -> new int[] {a[i], c[i]};
            default -> new int[] {c[i]};
        };
    }
}
