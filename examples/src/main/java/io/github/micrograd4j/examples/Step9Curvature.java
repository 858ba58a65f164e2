package io.github.micrograd4j.examples;

import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.hessian.Hessian;
import io.github.micrograd4j.nn.Activation;
import io.github.micrograd4j.nn.MLP;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The top curvature of a small network's loss: the largest-magnitude eigenvalue of the Hessian with
 * respect to the parameters (here negative: the starting point is not a minimum), by power iteration on Hessian-vector products
 * ({@link Hessian#vectorProduct}), which never form the matrix. The network is the lecture's
 * all-tanh MLP(3, [4, 4, 1]) on its four points (41 parameters), loss the sum of squared errors.
 */
public final class Step9Curvature {
    /** Power-iteration steps. */
    static final int ITERATIONS = 100;

    private Step9Curvature() {
    }

    /**
     * The outcome: the eigenvalue estimate and its unit eigenvector.
     *
     * @param eigenvalue v·Hv at the last step
     * @param vector v
     */
    record Result(double eigenvalue, double[] vector) {
    }

    /**
     * Prints the estimate as it converges.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        MLP net = network();
        Value loss = loss(net);
        List<Value> params = net.parameters();
        System.out.println(String.format(Numbers.LOCALE, "MLP(3, [4, 4, 1]), %d parameters, loss %.6f", params.size(),
                loss.data()));
        Result r = topCurvature(loss, params, true);
        System.out.println(String.format(Numbers.LOCALE, "top curvature (the eigenvalue largest in magnitude) %.6f%s",
                r.eigenvalue(), r.eigenvalue() < 0 ? ": negative, so the loss curves down along it and this point is "
                        + "not a minimum" : ": plain gradient descent is stable here below a learning rate of about "
                        + String.format(Numbers.LOCALE, "%.4f", 2 / r.eigenvalue())));
    }

    /** The lecture's network with seed 42. */
    static MLP network() {
        return MLP.of(3, 4, 4, 1).activation(Activation.TANH).seed(42).build();
    }

    /** The lecture's loss: the sum of squared errors on its four points. */
    static Value loss(MLP net) {
        List<Value> errors = new ArrayList<>();
        for (int i = 0; i < Step7LectureMlp.XS.length; i++) {
            errors.add(net.forwardScalar(MLP.inputs(Step7LectureMlp.XS[i])).sub(Step7LectureMlp.YS[i]).pow(2));
        }
        return Value.sum(errors);
    }

    /**
     * Power iteration: v ← Hv / |Hv|, from a seeded random start.
     *
     * @param loss the loss
     * @param params the parameters
     * @param print whether to print every tenth estimate
     * @return the estimate
     */
    static Result topCurvature(Value loss, List<Value> params, boolean print) {
        SplittableRandom rnd = new SplittableRandom(7);
        double[] v = new double[params.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextDouble(-1, 1);
        }
        normalize(v);
        double lambda = 0;
        for (int k = 1; k <= ITERATIONS; k++) {
            double[] hv = Hessian.vectorProduct(loss, params, v);
            lambda = 0;
            for (int i = 0; i < v.length; i++) {
                lambda += v[i] * hv[i];
            }
            v = hv;
            normalize(v);
            if (print && k % 10 == 0) {
                System.out.println(String.format(Numbers.LOCALE, "iteration %3d  v.Hv = %.6f", k, lambda));
            }
        }
        return new Result(lambda, v);
    }

    private static void normalize(double[] v) {
        double norm = 0;
        for (double d : v) {
            norm += d * d;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < v.length; i++) {
            v[i] /= norm;
        }
    }
}
