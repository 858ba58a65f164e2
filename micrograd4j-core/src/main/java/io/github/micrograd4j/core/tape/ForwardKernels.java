package io.github.micrograd4j.core.tape;

import io.github.micrograd4j.core.Op;

/**
 * The loops {@link ForwardBatch} runs over the first {@code n} elements of its rows: values only, no
 * local derivative. Each operand is a row (one number per example) or a scalar (the same for every
 * example: a parameter, a constant or an op of those). The common ops get loops of their own on a
 * constant {@link Op}, so the JIT inlines and vectorises them; any other op goes through its own
 * {@link Op#value}: slower, the same numbers.
 */
final class ForwardKernels {
    private ForwardKernels() {
    }

    /** {@code out = op(x, y)}, both rows. */
    static void rowRow(Op op, double[] x, double[] y, double[] out, int n) {
        switch (op) {
            case ADD -> {
                for (int r = 0; r < n; r++) {
                    out[r] = Op.ADD.value(x[r], y[r]);
                }
            }
            case MUL -> {
                for (int r = 0; r < n; r++) {
                    out[r] = Op.MUL.value(x[r], y[r]);
                }
            }
            default -> {
                for (int r = 0; r < n; r++) {
                    out[r] = op.value(x[r], y[r]);
                }
            }
        }
    }

    /** {@code out = op(x, s)}: a row and a scalar, which covers every unary op (its second operand is a constant). */
    static void rowScalar(Op op, double[] x, double s, double[] out, int n) {
        switch (op) {
            case ADD -> {
                for (int r = 0; r < n; r++) {
                    out[r] = Op.ADD.value(x[r], s);
                }
            }
            case MUL -> {
                for (int r = 0; r < n; r++) {
                    out[r] = Op.MUL.value(x[r], s);
                }
            }
            case RELU -> {
                for (int r = 0; r < n; r++) {
                    out[r] = Op.RELU.value(x[r], s);
                }
            }
            case TANH -> {
                for (int r = 0; r < n; r++) {
                    out[r] = Op.TANH.value(x[r], s);
                }
            }
            case SIGMOID -> {
                for (int r = 0; r < n; r++) {
                    out[r] = Op.SIGMOID.value(x[r], s);
                }
            }
            case EXP -> {
                for (int r = 0; r < n; r++) {
                    out[r] = Op.EXP.value(x[r], s);
                }
            }
            case POW_CONST -> {
                for (int r = 0; r < n; r++) {
                    out[r] = Op.POW_CONST.value(x[r], s);
                }
            }
            default -> {
                for (int r = 0; r < n; r++) {
                    out[r] = op.value(x[r], s);
                }
            }
        }
    }

    /** {@code out = op(s, y)}: a scalar and a row. */
    static void scalarRow(Op op, double s, double[] y, double[] out, int n) {
        switch (op) {
            case ADD -> {
                for (int r = 0; r < n; r++) {
                    out[r] = Op.ADD.value(s, y[r]);
                }
            }
            case MUL -> {
                for (int r = 0; r < n; r++) {
                    out[r] = Op.MUL.value(s, y[r]);
                }
            }
            default -> {
                for (int r = 0; r < n; r++) {
                    out[r] = op.value(s, y[r]);
                }
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
}
