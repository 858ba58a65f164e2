package io.github.micrograd4j.core.tape;

import io.github.micrograd4j.core.Op;

/**
 * Every loop the tapes run per op, in one place: the scalar {@link Tape}'s forward pass, the rows of
 * a {@link BatchedTape}'s tile forward and backward, and {@link ForwardBatch}'s value-only rows.
 *
 * <p>Each loop is written once, for any op, and computes with the op's own {@link Op#value},
 * {@link Op#dx} and {@link Op#dy}, so the tapes give the object graph's numbers bit for bit. Called
 * with an op the JIT cannot see through, those are three virtual calls per node or row element.
 * The dispatches below therefore pass the common ops as constants: the JIT then compiles, for each
 * of them, a copy of the loop with that op's arithmetic inlined (and a row loop vectorised). An op
 * missing from the dispatches, such as a new one, runs the very same loops through its own methods:
 * the same numbers, only slower. Making a new op as fast as the others is one line in each dispatch.
 *
 * <p>Sums and products have loops of their own besides: their local derivatives are 1 and the other
 * operand ({@link Op#ADD}, {@link Op#MUL}), so a tile keeps no rows of them, and a neuron's weighted
 * sum {@code acc + w * x} runs as one loop without the product's row.
 */
final class OpKernels {
    private OpKernels() {
    }

    // ================================================================ the dispatches: which ops get a copy

    /**
     * The scalar tape's forward pass: slots {@code from .. to - 1}, each an op over earlier slots,
     * get their value in {@code v} and their local derivatives in {@code d1} and {@code d2}.
     */
    static void forward(Op[] ops, int[] a, int[] b, int from, int to, double[] v, double[] d1, double[] d2) {
        for (int k = from; k < to; k++) {
            Op op = ops[k];
            double x = v[a[k]];
            double y = v[b[k]];
            switch (op) {
                case ADD -> node(Op.ADD, x, y, v, d1, d2, k);
                case MUL -> node(Op.MUL, x, y, v, d1, d2, k);
                case POW_CONST -> node(Op.POW_CONST, x, y, v, d1, d2, k);
                case EXP -> node(Op.EXP, x, y, v, d1, d2, k);
                case TANH -> node(Op.TANH, x, y, v, d1, d2, k);
                case RELU -> node(Op.RELU, x, y, v, d1, d2, k);
                case SIGMOID -> node(Op.SIGMOID, x, y, v, d1, d2, k);
                default -> node(op, x, y, v, d1, d2, k);
            }
        }
    }

    /**
     * One op over a tile's rows: {@code out} gets the values, and {@code l1} (and {@code l2} for an op
     * of two operands) the local derivatives, unless the tile keeps none for the op
     * ({@link #storesLocals}).
     */
    static void rows(Op op, double[] x, double[] y, double[] out, double[] l1, double[] l2) {
        switch (op) {
            case ADD -> sums(x, y, out, out.length);
            case MUL -> products(x, y, out, out.length);
            case POW_CONST -> valuesAndDx(Op.POW_CONST, x, y, out, l1);
            case EXP -> valuesAndDx(Op.EXP, x, y, out, l1);
            case TANH -> valuesAndDx(Op.TANH, x, y, out, l1);
            case RELU -> valuesAndDx(Op.RELU, x, y, out, l1);
            case SIGMOID -> valuesAndDx(Op.SIGMOID, x, y, out, l1);
            default -> anyRows(op, x, y, out, l1, l2);
        }
    }

    /**
     * {@code out = op(x, s)} over the first {@code n} elements, values only: a row and a scalar, which
     * covers every op of one operand (its second is a constant).
     */
    static void rowScalar(Op op, double[] x, double s, double[] out, int n) {
        switch (op) {
            case ADD -> rowScalarValues(Op.ADD, x, s, out, n);
            case MUL -> rowScalarValues(Op.MUL, x, s, out, n);
            case POW_CONST -> rowScalarValues(Op.POW_CONST, x, s, out, n);
            case EXP -> rowScalarValues(Op.EXP, x, s, out, n);
            case TANH -> rowScalarValues(Op.TANH, x, s, out, n);
            case RELU -> rowScalarValues(Op.RELU, x, s, out, n);
            case SIGMOID -> rowScalarValues(Op.SIGMOID, x, s, out, n);
            default -> rowScalarValues(op, x, s, out, n);
        }
    }

    /** {@code out = op(x, y)}, both rows, values only; only ops of two operands get here. */
    static void rowRow(Op op, double[] x, double[] y, double[] out, int n) {
        switch (op) {
            case ADD -> sums(x, y, out, n);
            case MUL -> products(x, y, out, n);
            default -> values(op, x, y, out, n);
        }
    }

    /** {@code out = op(s, y)}: a scalar and a row, values only; only ops of two operands get here. */
    static void scalarRow(Op op, double s, double[] y, double[] out, int n) {
        switch (op) {
            case ADD -> scalarRowValues(Op.ADD, s, y, out, n);
            case MUL -> scalarRowValues(Op.MUL, s, y, out, n);
            default -> scalarRowValues(op, s, y, out, n);
        }
    }

    // ================================================================ every op: the loops, written once

    private static void node(Op op, double x, double y, double[] v, double[] d1, double[] d2, int k) {
        double out = op.value(x, y);
        v[k] = out;
        d1[k] = op.dx(x, y, out);
        d2[k] = op.dy(x, y, out);
    }

    private static void values(Op op, double[] x, double[] y, double[] out, int n) {
        for (int r = 0; r < n; r++) {
            out[r] = op.value(x[r], y[r]);
        }
    }

    private static void rowScalarValues(Op op, double[] x, double s, double[] out, int n) {
        for (int r = 0; r < n; r++) {
            out[r] = op.value(x[r], s);
        }
    }

    private static void scalarRowValues(Op op, double s, double[] y, double[] out, int n) {
        for (int r = 0; r < n; r++) {
            out[r] = op.value(s, y[r]);
        }
    }

    private static void valuesAndDx(Op op, double[] x, double[] y, double[] out, double[] l1) {
        for (int r = 0; r < out.length; r++) {
            double o = op.value(x[r], y[r]);
            out[r] = o;
            l1[r] = op.dx(x[r], y[r], o);
        }
    }

    /** Any op, as the tile keeps it: values only, or with {@code l1}, or with {@code l1} and {@code l2}. */
    private static void anyRows(Op op, double[] x, double[] y, double[] out, double[] l1, double[] l2) {
        if (!storesLocals(op)) {
            values(op, x, y, out, out.length);
        } else if (l2 == null) {
            valuesAndDx(op, x, y, out, l1);
        } else {
            for (int r = 0; r < out.length; r++) {
                double o = op.value(x[r], y[r]);
                out[r] = o;
                l1[r] = op.dx(x[r], y[r], o);
                l2[r] = op.dy(x[r], y[r], o);
            }
        }
    }

    /**
     * Slot {@code k}'s share of a tile's backward pass: its gradient row times its local derivatives,
     * written into the gradient rows of its operands {@code x} and {@code y} (the second only for an op
     * of two operands), added to them, or nothing where a sum shares its row with the operand, as
     * {@code rows} says. Writing is for an op that is, going backwards, the first to pass a gradient to that
     * operand, whose row then needs no clearing first. Rows are looked up only where they are read, as a
     * node's share is a few nanoseconds of work.
     */
    static void backward(Op op, double[][] grad, double[][] value, double[][] dx, double[][] dy, int k, int x,
            int y, boolean binary, GradientRows rows) {
        double[] g = grad[k];
        boolean writeX = rows.writesFirst[k];
        boolean writeY = rows.writesSecond[k];
        if (op == Op.ADD) {
            boolean shareX = rows.sharesFirst[k];
            boolean shareY = rows.sharesSecond[k];
            if (!shareX && !shareY) {
                sumBackward(grad[x], grad[y], g, writeX, writeY);
            } else if (!shareX) {
                passOn(grad[x], g, writeX);
            } else if (!shareY) {
                passOn(grad[y], g, writeY);
            }
        } else if (op == Op.MUL) {
            productBackward(grad[x], grad[y], value[x], value[y], g, writeX, writeY);
        } else {
            localTimesGrad(grad[x], dx[k], g, writeX);
            if (binary) {
                localTimesGrad(grad[y], dy[k], g, writeY);
            }
        }
    }

    /** One operand's side of a sum's backward, the other sharing the sum's row: {@code into (=|+=) g}. */
    private static void passOn(double[] into, double[] g, boolean write) {
        if (write) {
            for (int r = 0; r < into.length; r++) {
                into[r] = 0.0 + g[r];
            }
        } else {
            for (int r = 0; r < into.length; r++) {
                into[r] += g[r];
            }
        }
    }

    /** {@code into (=|+=) local * g}; the first contribution is {@code 0.0 + x}, as adding to a cleared row gives (-0.0 becomes 0.0). */
    private static void localTimesGrad(double[] into, double[] local, double[] g, boolean write) {
        if (write) {
            for (int r = 0; r < into.length; r++) {
                into[r] = 0.0 + local[r] * g[r];
            }
        } else {
            for (int r = 0; r < into.length; r++) {
                into[r] += local[r] * g[r];
            }
        }
    }

    // ================================================================ ADD and MUL: sums and products

    /**
     * Whether a tile keeps an op's local derivatives in rows of their own. A sum's are 1 and a
     * product's are its operands, whose rows exist anyway, so keeping them would only triple the
     * memory the forward pass writes. {@code BatchedTapeTest} checks that {@link Op#ADD} and
     * {@link Op#MUL} still define their derivatives that way.
     */
    static boolean storesLocals(Op op) {
        return op != Op.ADD && op != Op.MUL;
    }

    // A sum's and a product's values: the op's own value, called on the constant rather than on a parameter. The
    // same numbers and, on HotSpot, the same machine code as values(Op.ADD, ...); but TeaVM (the web edition)
    // inlines a call only where the receiver is the constant itself: through values' parameter every element
    // was a virtual call, and the browser's training step spent most of its forward pass in them.

    private static void sums(double[] x, double[] y, double[] out, int n) {
        Op add = Op.ADD;
        for (int r = 0; r < n; r++) {
            out[r] = add.value(x[r], y[r]);
        }
    }

    private static void products(double[] x, double[] y, double[] out, int n) {
        Op mul = Op.MUL;
        for (int r = 0; r < n; r++) {
            out[r] = mul.value(x[r], y[r]);
        }
    }

    // a sum's and a product's two operands in one loop each: half the loops a step runs, which
    // matters because a tile's rows are short (tens of examples). When both operands are the same
    // row (x + x, x * x) each element still receives the first contribution before the second.

    /** A sum's backward: both local derivatives are 1 ({@link Op#ADD}), and {@code 1.0 * g == g} exactly. */
    private static void sumBackward(double[] gx, double[] gy, double[] g, boolean writeX, boolean writeY) {
        int n = g.length;
        if (writeX && writeY) {
            for (int r = 0; r < n; r++) {
                gx[r] = 0.0 + g[r];
                gy[r] = 0.0 + g[r];
            }
        } else if (writeX) {
            for (int r = 0; r < n; r++) {
                gx[r] = 0.0 + g[r];
                gy[r] += g[r];
            }
        } else if (writeY) {
            for (int r = 0; r < n; r++) {
                gx[r] += g[r];
                gy[r] = 0.0 + g[r];
            }
        } else {
            for (int r = 0; r < n; r++) {
                gx[r] += g[r];
                gy[r] += g[r];
            }
        }
    }

    /** A product's backward: d(x*y)/dx is y and d(x*y)/dy is x ({@link Op#MUL}), read from the operands' rows. */
    private static void productBackward(double[] gx, double[] gy, double[] x, double[] y, double[] g,
            boolean writeX, boolean writeY) {
        int n = g.length;
        if (writeX && writeY) {
            for (int r = 0; r < n; r++) {
                gx[r] = 0.0 + y[r] * g[r];
                gy[r] = 0.0 + x[r] * g[r];
            }
        } else if (writeX) {
            for (int r = 0; r < n; r++) {
                gx[r] = 0.0 + y[r] * g[r];
                gy[r] += x[r] * g[r];
            }
        } else if (writeY) {
            for (int r = 0; r < n; r++) {
                gx[r] += y[r] * g[r];
                gy[r] = 0.0 + x[r] * g[r];
            }
        } else {
            for (int r = 0; r < n; r++) {
                gx[r] += y[r] * g[r];
                gy[r] += x[r] * g[r];
            }
        }
    }

    /**
     * A sum whose other operand is a product of a scalar and a row, {@code acc + w * x}, in one pass
     * without the product's row: a neuron's {@code b + w0*x0 + w1*x1 + ...}. The same two roundings
     * as the two ops (Java never fuses them into one), and IEEE sums and products do not depend on
     * the operands' order, so the numbers are the two ops', bit for bit.
     */
    static void mulAddRow(double[] acc, double w, double[] x, double[] out, int n) {
        for (int r = 0; r < n; r++) {
            out[r] = Op.ADD.value(acc[r], Op.MUL.value(w, x[r]));
        }
    }

    /** {@link #mulAddRow} where the sum's other operand is a scalar, such as a neuron's bias. */
    static void mulAddScalar(double acc, double w, double[] x, double[] out, int n) {
        for (int r = 0; r < n; r++) {
            out[r] = Op.ADD.value(acc, Op.MUL.value(w, x[r]));
        }
    }

    // ================================================================ every op: the parameters' sums

    /**
     * Each parameter's gradient summed over the tile's examples, from the last to the first. Four
     * parameters at a time: their four chains of additions are independent, so they overlap in the
     * processor, and each reads its own row front to back rather than all parameters' rows one example
     * at a time, which jumps between hundreds of rows.
     */
    static void sumParameterGrads(double[][] g, int base, double[] sums, int n) {
        int count = sums.length;
        int j = 0;
        for (; j + 4 <= count; j += 4) {
            double[] r0 = g[base + j];
            double[] r1 = g[base + j + 1];
            double[] r2 = g[base + j + 2];
            double[] r3 = g[base + j + 3];
            double s0 = 0.0;
            double s1 = 0.0;
            double s2 = 0.0;
            double s3 = 0.0;
            for (int r = n - 1; r >= 0; r--) {
                s0 += r0[r];
                s1 += r1[r];
                s2 += r2[r];
                s3 += r3[r];
            }
            sums[j] = s0;
            sums[j + 1] = s1;
            sums[j + 2] = s2;
            sums[j + 3] = s3;
        }
        for (; j < count; j++) {
            double[] row = g[base + j];
            double s = 0.0;
            for (int r = n - 1; r >= 0; r--) {
                s += row[r];
            }
            sums[j] = s;
        }
    }
}
