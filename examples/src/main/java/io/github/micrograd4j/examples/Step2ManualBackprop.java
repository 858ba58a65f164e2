package io.github.micrograd4j.examples;

import io.github.micrograd4j.core.Value;
import java.util.List;

/**
 * Walkthrough section 4: backpropagation by hand. Each gradient is set with {@code setGrad},
 * from the output back, by the chain rule: a node's gradient is its parent's gradient times the
 * parent's local derivative with respect to it.
 */
public final class Step2ManualBackprop {
    private Step2ManualBackprop() {
    }

    /**
     * Prints the gradients found by hand.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Value a = new Value(2.0, "a");
        Value b = new Value(-3.0, "b");
        Value c = new Value(10.0, "c");
        Value e = a.mul(b).label("e");
        Value d = e.add(c).label("d");
        Value f = new Value(-2.0, "f");
        Value L = d.mul(f).label("L");

        L.setGrad(1.0);                       // dL/dL
        d.setGrad(L.grad() * f.data());       // L = d * f, so dL/dd = f
        f.setGrad(L.grad() * d.data());       // ... and dL/df = d
        c.setGrad(d.grad() * 1.0);            // d = e + c: a + passes the gradient through
        e.setGrad(d.grad() * 1.0);
        a.setGrad(e.grad() * b.data());       // e = a * b, so de/da = b
        b.setGrad(e.grad() * a.data());       // ... and de/db = a

        for (Value v : List.of(L, d, f, c, e, a, b)) {
            System.out.println("dL/d" + v.label() + " = " + v.grad());
        }
    }
}
