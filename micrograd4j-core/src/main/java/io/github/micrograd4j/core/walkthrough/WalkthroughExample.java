package io.github.micrograd4j.core.walkthrough;

import io.github.micrograd4j.core.Value;

/**
 * The walkthrough's expression, {@code L = (a * b + c) * f}, with its labels:
 *
 * <pre>
 * a = 2.0      b = -3.0     c = 10.0
 * e = a * b            -&gt; -6.0
 * d = e + c            -&gt;  4.0
 * f = -2.0
 * L = d * f            -&gt; -8.0
 * </pre>
 *
 * <p>After {@code L.backward()} the gradients are L 1, d -2, f 4, c -2, e -2, a 6, b -4.
 *
 * @param a the input 2.0
 * @param b the input -3.0
 * @param c the input 10.0
 * @param e {@code a * b}
 * @param d {@code e + c}
 * @param f the input -2.0
 * @param L {@code d * f}, the output
 */
public record WalkthroughExample(Value a, Value b, Value c, Value e, Value d, Value f, Value L) {

    /** The walkthrough's program in the language of {@code micrograd grad}. */
    public static final String PROGRAM = "a = 2.0; b = -3.0; c = 10.0; e = a * b; d = e + c; f = -2.0; L = d * f";

    /**
     * Builds a fresh copy of the walkthrough's graph, grads all 0.
     *
     * @return the labelled values
     */
    public static WalkthroughExample build() {
        Value a = new Value(2.0, "a");
        Value b = new Value(-3.0, "b");
        Value c = new Value(10.0, "c");
        Value e = a.mul(b).label("e");
        Value d = e.add(c).label("d");
        Value f = new Value(-2.0, "f");
        Value L = d.mul(f).label("L");
        return new WalkthroughExample(a, b, c, e, d, f, L);
    }
}
