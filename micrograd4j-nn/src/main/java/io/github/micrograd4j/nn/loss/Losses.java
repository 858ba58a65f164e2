package io.github.micrograd4j.nn.loss;

import io.github.micrograd4j.core.Value;
import java.util.List;
import java.util.Objects;

/**
 * Loss functions as graphs of {@link Value}s. Every mean is computed as micrograd's demo does it:
 * a sum that starts from a constant 0 and adds the terms in order, then multiplied by
 * {@code 1.0 / n} (not divided by n), so that its numbers can be matched bit for bit.
 */
public final class Losses {
    private Losses() {
    }

    /**
     * micrograd's max-margin ("SVM") loss, {@code mean(relu(1 + -y_i * score_i))}, built exactly as
     * its demo builds it: {@code (score * -y + 1).relu()} per point, summed from 0 and multiplied by
     * {@code 1.0 / n}.
     *
     * @param scores one score per point
     * @param labels one label per point, -1 or +1
     * @return the loss node
     */
    public static Value maxMargin(List<Value> scores, double[] labels) {
        checkSizes(scores, labels.length, "labels");
        Value[] terms = new Value[scores.size()];
        for (int i = 0; i < terms.length; i++) {
            double y = labels[i];
            if (y != 1.0 && y != -1.0) {
                throw new IllegalArgumentException("max-margin labels must be -1 or +1, got " + y + " at index " + i);
            }
            terms[i] = scores.get(i).mul(-y).add(1.0).relu();
        }
        return mean(terms);
    }

    /**
     * Mean squared error {@code mean((p_i - t_i)^2)}.
     *
     * @param predictions one prediction per point
     * @param targets one target per point
     * @return the loss node
     */
    public static Value meanSquaredError(List<Value> predictions, double[] targets) {
        checkSizes(predictions, targets.length, "targets");
        Value[] terms = new Value[predictions.size()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = predictions.get(i).sub(targets[i]).pow(2.0);
        }
        return mean(terms);
    }

    /**
     * Binary cross-entropy from logits, {@code mean(softplus(z_i) - y_i * z_i)} with
     * {@code y_i} in {0, 1}: the same as {@code -[y log s + (1 - y) log(1 - s)]} with
     * {@code s = sigmoid(z)}, but finite for any logit. It uses
     * {@code softplus(z) = relu(z) + log(1 + exp(z - 2 relu(z)))}, whose exponent
     * {@code z - 2 relu(z) = -|z|} is never positive (no overflow); the graph's shape does not depend
     * on the data, and the gradient is exactly {@code sigmoid(z) - y} everywhere, at {@code z = 0}
     * too (where relu's derivative 0 makes both terms take their left-hand derivatives consistently).
     *
     * @param logits one logit per point
     * @param labels one label per point, 0 or 1
     * @return the loss node
     */
    public static Value binaryCrossEntropyWithLogits(List<Value> logits, double[] labels) {
        checkSizes(logits, labels.length, "labels");
        Value[] terms = new Value[logits.size()];
        for (int i = 0; i < terms.length; i++) {
            double y = labels[i];
            if (y != 0.0 && y != 1.0) {
                throw new IllegalArgumentException("cross-entropy labels must be 0 or 1, got " + y + " at index " + i);
            }
            Value z = logits.get(i);
            terms[i] = softplus(z).sub(z.mul(y));
        }
        return mean(terms);
    }

    /**
     * {@code log(1 + e^z)}, computed without overflow as {@code relu(z) + log(1 + exp(z - 2 relu(z)))}.
     *
     * @param z the argument
     * @return the softplus node
     */
    public static Value softplus(Value z) {
        Value r = z.relu();
        return r.add(z.sub(r.mul(2.0)).exp().add(1.0).log());
    }

    /**
     * Softmax cross-entropy for several classes, {@code mean(logsumexp(z_i) - z_i[c_i])}. The
     * log-sum-exp subtracts the row's largest logit (a constant, taken when the graph is built) before
     * exponentiating, so large logits do not overflow; being a constant shift, it changes neither the
     * value nor the gradient, {@code softmax(z) - onehot(c)}.
     *
     * @param logits one row of logits per point, all rows the same length (at least 2)
     * @param classes one class index per point, in {@code [0, row length)}
     * @return the loss node
     */
    public static Value softmaxCrossEntropy(List<List<Value>> logits, int[] classes) {
        Objects.requireNonNull(logits, "logits");
        if (logits.size() != classes.length) {
            throw new IllegalArgumentException("expected " + logits.size() + " classes (one per point), got "
                    + classes.length);
        }
        if (logits.isEmpty()) {
            throw new IllegalArgumentException("expected at least 1 point, got 0");
        }
        int k = logits.get(0).size();
        if (k < 2) {
            throw new IllegalArgumentException("softmax cross-entropy needs at least 2 logits per point, got " + k);
        }
        Value[] terms = new Value[logits.size()];
        for (int i = 0; i < terms.length; i++) {
            List<Value> row = logits.get(i);
            if (row.size() != k) {
                throw new IllegalArgumentException("point " + i + " has " + row.size() + " logits, expected " + k);
            }
            int c = classes[i];
            if (c < 0 || c >= k) {
                throw new IllegalArgumentException("class " + c + " at index " + i + " is outside [0, " + k + ")");
            }
            double max = Double.NEGATIVE_INFINITY;
            for (Value z : row) {
                max = Math.max(max, z.data());
            }
            if (!Double.isFinite(max)) {
                max = 0.0;
            }
            Value sum = new Value(0.0);
            for (Value z : row) {
                sum = sum.add(z.sub(max).exp());
            }
            terms[i] = sum.log().add(max).sub(row.get(c));
        }
        return mean(terms);
    }

    /**
     * L2 regularisation as micrograd's demo has it: {@code alpha * sum(p * p)}, the sum starting from
     * 0 and each square computed as {@code p * p}.
     *
     * @param parameters the parameters
     * @param alpha the strength, zero or more
     * @return the penalty node
     */
    public static Value l2(List<Value> parameters, double alpha) {
        Objects.requireNonNull(parameters, "parameters");
        if (!(alpha >= 0.0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be zero or more and finite, got " + alpha);
        }
        Value sum = new Value(0.0);
        for (Value p : parameters) {
            sum = sum.add(p.mul(p));
        }
        return sum.mul(alpha);
    }

    /**
     * The mean of terms as micrograd's demo computes it: {@code sum(terms) * (1.0 / n)}, the sum
     * starting from a constant 0.
     *
     * @param terms at least one term
     * @return the mean node
     */
    public static Value mean(Value... terms) {
        if (terms.length == 0) {
            throw new IllegalArgumentException("expected at least 1 term, got 0");
        }
        Value sum = new Value(0.0);
        for (Value t : terms) {
            sum = sum.add(t);
        }
        return sum.mul(1.0 / terms.length);
    }

    private static void checkSizes(List<Value> values, int labels, String what) {
        Objects.requireNonNull(values, "values");
        if (values.size() != labels) {
            throw new IllegalArgumentException("expected " + values.size() + " " + what + " (one per point), got "
                    + labels);
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("expected at least 1 point, got 0");
        }
    }
}
