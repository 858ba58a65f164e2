package io.github.micrograd4j.examples;

import io.github.micrograd4j.core.Value;
import java.util.List;

/**
 * Walkthrough sections 1 and 2: values that remember where they came from. Builds
 * {@code L = (a * b + c) * f} with labels and prints each value's data, op and children.
 */
public final class Step1ValueWithLabels {
    private Step1ValueWithLabels() {
    }

    /**
     * Prints the forward pass.
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

        for (Value v : List.of(a, b, c, e, d, f, L)) {
            if (v.isLeaf()) {
                System.out.println(v.label() + " = " + v.data() + "   (a leaf: no op, no children)");
            } else {
                System.out.println(v.label() + " = " + v.data() + "   (op " + v.opLabel() + " of "
                        + v.child(0).label() + " and " + v.child(1).label() + ")");
            }
        }
        // The text form is micrograd's repr, with the label when there is one.
        System.out.println(d);
    }
}
