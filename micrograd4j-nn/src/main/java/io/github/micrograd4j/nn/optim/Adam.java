package io.github.micrograd4j.nn.optim;

import io.github.micrograd4j.core.Require;
import io.github.micrograd4j.core.Value;
import java.util.List;

/**
 * Adam (Kingma and Ba, 2015) as PyTorch computes it: for step {@code t = k + 1},
 * {@code m = b1 m + (1 - b1) g}, {@code v = b2 v + (1 - b2) g^2},
 * {@code p = p - lr * (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps)}.
 */
public final class Adam extends ScheduledOptimizer {
    /** The usual first-moment decay. */
    public static final double DEFAULT_BETA1 = 0.9;
    /** The usual second-moment decay. */
    public static final double DEFAULT_BETA2 = 0.999;
    /** The usual denominator guard. */
    public static final double DEFAULT_EPS = 1e-8;

    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double[] m;
    private final double[] v;
    private double c1;
    private double c2;

    /**
     * Adam with the usual betas (0.9, 0.999) and eps 1e-8.
     *
     * @param parameters the parameters to update
     * @param schedule the learning rate per step (0.01 to 0.05 suits the toy datasets)
     */
    public Adam(List<Value> parameters, LearningRate schedule) {
        this(parameters, schedule, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPS);
    }

    /**
     * Adam with explicit hyperparameters.
     *
     * @param parameters the parameters to update
     * @param schedule the learning rate per step
     * @param beta1 first-moment decay in [0, 1)
     * @param beta2 second-moment decay in [0, 1)
     * @param eps positive denominator guard
     */
    public Adam(List<Value> parameters, LearningRate schedule, double beta1, double beta2, double eps) {
        super(parameters, schedule);
        this.beta1 = unitInterval(beta1, "beta1");
        this.beta2 = unitInterval(beta2, "beta2");
        this.eps = Require.positiveFinite(eps, "eps");
        this.m = new double[parameters().size()];
        this.v = new double[parameters().size()];
    }

    private static double unitInterval(double beta, String name) {
        if (!(beta >= 0.0 && beta < 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), got " + beta);
        }
        return beta;
    }

    @Override
    void startStep(int k) {
        int t = k + 1;
        c1 = 1.0 - Math.pow(beta1, t);
        c2 = 1.0 - Math.pow(beta2, t);
    }

    @Override
    double updated(int i, double data, double grad, double lr, int k) {
        m[i] = beta1 * m[i] + (1.0 - beta1) * grad;
        v[i] = beta2 * v[i] + (1.0 - beta2) * grad * grad;
        double mHat = m[i] / c1;
        double vHat = v[i] / c2;
        return data - lr * mHat / (Math.sqrt(vHat) + eps);
    }
}
