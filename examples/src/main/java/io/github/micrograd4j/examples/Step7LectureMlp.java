package io.github.micrograd4j.examples;

import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.nn.Activation;
import io.github.micrograd4j.nn.MLP;
import java.util.ArrayList;
import java.util.List;

/**
 * The lecture's training loop: an all-tanh MLP(3, [4, 4, 1]) learns four points with targets
 * 1, -1, -1, 1. Each step sums the squared errors into the loss, zeroes the gradients,
 * backpropagates and moves every parameter against its gradient by 0.1 of it.
 */
public final class Step7LectureMlp {
    /** The lecture's four inputs. */
    static final double[][] XS = {{2.0, 3.0, -1.0}, {3.0, -1.0, 0.5}, {0.5, 1.0, 1.0}, {1.0, 1.0, -1.0}};
    /** Their targets. */
    static final double[] YS = {1.0, -1.0, -1.0, 1.0};
    /** The steps of the loop. */
    static final int STEPS = 20;

    private Step7LectureMlp() {
    }

    /**
     * Trains and prints the loss of each step, then the predictions.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        MLP n = MLP.of(3, 4, 4, 1).activation(Activation.TANH).seed(42).build();
        for (int k = 1; k <= STEPS; k++) {
            List<Value> errors = new ArrayList<>();
            for (int i = 0; i < XS.length; i++) {
                Value yout = n.forwardScalar(MLP.inputs(XS[i]));
                errors.add(yout.sub(YS[i]).pow(2));
            }
            Value loss = Value.sum(errors);       // sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))
            n.zeroGrad();                         // the lecture's "p.grad = 0.0" for every parameter
            loss.backward();
            for (Value p : n.parameters()) {
                p.setData(p.data() - 0.1 * p.grad());
            }
            System.out.println(String.format(Numbers.LOCALE, "step %2d  loss %.6f", k, loss.data()));
        }
        StringBuilder predictions = new StringBuilder("predictions");
        for (double[] x : XS) {
            predictions.append(String.format(Numbers.LOCALE, " %.4f", n.predict(x)[0]));
        }
        System.out.println(predictions + "  (targets 1, -1, -1, 1)");
    }
}
