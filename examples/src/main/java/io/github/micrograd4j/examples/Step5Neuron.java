package io.github.micrograd4j.examples;

import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.core.Value;
import java.util.List;

/**
 * The lecture's neuron: two inputs, two weights and a bias, squashed by tanh.
 * {@code o = tanh(x1*w1 + x2*w2 + b)}; the bias is chosen so that o is 1/√2 ≈ 0.7071, and then
 * {@code do/dn = 1 - o² = 0.5}.
 */
public final class Step5Neuron {
    private Step5Neuron() {
    }

    /**
     * Prints the neuron's output and every gradient.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Value x1 = new Value(2.0, "x1");
        Value x2 = new Value(0.0, "x2");
        Value w1 = new Value(-3.0, "w1");
        Value w2 = new Value(1.0, "w2");
        Value b = new Value(6.8813735870195432, "b");

        Value x1w1 = x1.mul(w1).label("x1*w1");
        Value x2w2 = x2.mul(w2).label("x2*w2");
        Value n = x1w1.add(x2w2).add(b).label("n");
        Value o = n.tanh().label("o");
        o.backward();

        System.out.println(String.format(Numbers.LOCALE, "o = tanh(n) = %.4f", o.data()));
        for (Value v : List.of(n, b, x1w1, x2w2, x1, w1, x2, w2)) {
            System.out.println(String.format(Numbers.LOCALE, "do/d%s = %.4f", v.label(), v.grad()));
        }
    }
}
