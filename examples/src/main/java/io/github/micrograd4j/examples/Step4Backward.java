package io.github.micrograd4j.examples;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import java.util.List;

/**
 * What the walkthrough leads up to: {@code backward()} does section 4 automatically, visiting the
 * values in reverse topological order. Gradients accumulate, so a value used twice gets both
 * contributions.
 */
public final class Step4Backward {
    private Step4Backward() {
    }

    /**
     * Prints the gradients found by {@code backward()}, then the value-used-twice case.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        WalkthroughExample w = WalkthroughExample.build();
        w.L().backward();
        for (Value v : List.of(w.L(), w.d(), w.f(), w.c(), w.e(), w.a(), w.b())) {
            System.out.println("dL/d" + v.label() + " = " + v.grad());
        }

        Value x = new Value(3.0, "x");
        Value twice = x.add(x).label("twice");
        twice.backward();
        System.out.println("x + x: dtwice/dx = " + x.grad() + " (1 from each use)");
    }
}
