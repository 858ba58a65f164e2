package io.github.micrograd4j.examples;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.check.GradientCheck;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Walkthrough section 5: checking a derivative numerically. Nudging f by h = 0.001 and watching L
 * move gives dL/df ≈ 4; {@link GradientCheck} does the same for every input and compares.
 */
public final class Step3NumericCheck {
    private Step3NumericCheck() {
    }

    /** Builds the walkthrough's expression afresh from numbers and returns L's data. */
    static double L(double a, double b, double c, double f) {
        Value e = new Value(a).mul(new Value(b));
        return e.add(new Value(c)).mul(new Value(f)).data();
    }

    /**
     * Prints the nudge for f, then a check of all four inputs.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        double h = 0.001;
        double slope = (L(2.0, -3.0, 10.0, -2.0 + h) - L(2.0, -3.0, 10.0, -2.0)) / h;
        System.out.println("(L(f + h) - L(f)) / h = " + slope + "   (dL/df = d = 4; h makes it inexact)");

        Map<String, Double> inputs = new LinkedHashMap<>();
        inputs.put("a", 2.0);
        inputs.put("b", -3.0);
        inputs.put("c", 10.0);
        inputs.put("f", -2.0);
        // The function is called with fresh leaves each time: once for backward(), then nudged.
        var report = GradientCheck.walkthrough().check(inputs, in -> {
            Value e = in.get("a").mul(in.get("b"));
            return e.add(in.get("c")).mul(in.get("f"));
        });
        System.out.print(report.toTable());
        System.out.println(report.passed() ? "every gradient matches" : "a gradient does not match");
    }
}
