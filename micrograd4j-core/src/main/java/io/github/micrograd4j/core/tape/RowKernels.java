package io.github.micrograd4j.core.tape;

import io.github.micrograd4j.core.Op;

/**
 * The loops {@link BatchedTape} runs over a tile's rows: one small counted loop per op, so that the
 * JIT can unroll and vectorise each; the common ops on a constant {@link Op}, any other op through
 * its own methods ({@link #anyOp}). Each writes only the rows it is given.
 */
final class RowKernels {
    private RowKernels() {
    }

    /**
     * Each parameter's gradient summed over the tile's examples, from the last to the first. Four
     * parameters at a time: their four chains of additions are independent, so they overlap in the
     * processor, and each reads its own row front to back (reading all parameters' rows one example at
     * a time instead jumps between hundreds of rows and took a third of the backward pass).
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

    // one loop per op, so each is a small counted loop the JIT can unroll and vectorise

    /** The first contribution: {@code 0.0 + x}, as adding to a cleared gradient gives (-0.0 becomes 0.0). */
    static void write(double[] into, double[] local, double[] g) {
        for (int r = 0; r < into.length; r++) {
            into[r] = 0.0 + local[r] * g[r];
        }
    }

    static void accumulate(double[] into, double[] local, double[] g) {
        for (int r = 0; r < into.length; r++) {
            into[r] += local[r] * g[r];
        }
    }

    // a sum's and a product's two operands in one loop each: half the loops a step runs, which
    // matters because a tile's rows are short (tens of examples). When both operands are the same
    // row (x + x, x * x) each element still receives the first contribution before the second.

    static void sumBackward(double[] gx, double[] gy, double[] g, boolean writeX, boolean writeY) {
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

    static void productBackward(double[] gx, double[] gy, double[] x, double[] y, double[] g,
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

    static void add(double[] x, double[] y, double[] out) {
        for (int r = 0; r < out.length; r++) {
            out[r] = Op.ADD.value(x[r], y[r]);
        }
    }

    static void mul(double[] x, double[] y, double[] out) {
        for (int r = 0; r < out.length; r++) {
            out[r] = Op.MUL.value(x[r], y[r]);
        }
    }

    /** Any op without a loop of its own, through its own methods; {@code l2} is null for a unary op. */
    static void anyOp(Op op, double[] x, double[] y, double[] out, double[] l1, double[] l2) {
        for (int r = 0; r < out.length; r++) {
            double o = op.value(x[r], y[r]);
            out[r] = o;
            l1[r] = op.dx(x[r], y[r], o);
            if (l2 != null) {
                l2[r] = op.dy(x[r], y[r], o);
            }
        }
    }

    static void powConst(double[] x, double[] y, double[] out, double[] l1) {
        for (int r = 0; r < out.length; r++) {
            double o = Op.POW_CONST.value(x[r], y[r]);
            out[r] = o;
            l1[r] = Op.POW_CONST.dx(x[r], y[r], o);
        }
    }

    static void exp(double[] x, double[] y, double[] out, double[] l1) {
        for (int r = 0; r < out.length; r++) {
            double o = Op.EXP.value(x[r], y[r]);
            out[r] = o;
            l1[r] = Op.EXP.dx(x[r], y[r], o);
        }
    }

    static void tanh(double[] x, double[] y, double[] out, double[] l1) {
        for (int r = 0; r < out.length; r++) {
            double o = Op.TANH.value(x[r], y[r]);
            out[r] = o;
            l1[r] = Op.TANH.dx(x[r], y[r], o);
        }
    }

    static void relu(double[] x, double[] y, double[] out, double[] l1) {
        for (int r = 0; r < out.length; r++) {
            double o = Op.RELU.value(x[r], y[r]);
            out[r] = o;
            l1[r] = Op.RELU.dx(x[r], y[r], o);
        }
    }

    static void sigmoid(double[] x, double[] y, double[] out, double[] l1) {
        for (int r = 0; r < out.length; r++) {
            double o = Op.SIGMOID.value(x[r], y[r]);
            out[r] = o;
            l1[r] = Op.SIGMOID.dx(x[r], y[r], o);
        }
    }
}
