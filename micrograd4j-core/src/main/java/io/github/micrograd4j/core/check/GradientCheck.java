package io.github.micrograd4j.core.check;

import io.github.micrograd4j.core.Require;
import io.github.micrograd4j.core.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Compares every analytic gradient of a function of named inputs with a finite difference: the
 * walkthrough's section 5 made a tool.
 *
 * <p>The defaults are PyTorch's {@code gradcheck}: a central difference with {@code eps = 1e-6}, and
 * an input passes when {@code |analytic - numeric| <= atol + rtol * |numeric|} with
 * {@code atol = 1e-5}, {@code rtol = 1e-3}. {@link #walkthrough()} gives the walkthrough's
 * one-sided difference with {@code h = 0.001}. Instances are immutable; each {@code with…} method
 * returns a new one.
 *
 * <pre>{@code
 * GradientCheckReport report = GradientCheck.defaults().check(
 *     Map.of("a", 2.0, "b", -3.0), in -> in.get("a").mul(in.get("b")));
 * report.passed();   // true
 * }</pre>
 */
public final class GradientCheck {
    /** PyTorch gradcheck's step. */
    public static final double DEFAULT_EPS = 1e-6;
    /** PyTorch gradcheck's absolute tolerance. */
    public static final double DEFAULT_ATOL = 1e-5;
    /** PyTorch gradcheck's relative tolerance. */
    public static final double DEFAULT_RTOL = 1e-3;

    private final double eps;
    private final double atol;
    private final double rtol;
    private final boolean oneSided;

    private GradientCheck(double eps, double atol, double rtol, boolean oneSided) {
        this.eps = eps;
        this.atol = atol;
        this.rtol = rtol;
        this.oneSided = oneSided;
    }

    /**
     * A central difference with PyTorch gradcheck's defaults.
     *
     * @return the check
     */
    public static GradientCheck defaults() {
        return new GradientCheck(DEFAULT_EPS, DEFAULT_ATOL, DEFAULT_RTOL, false);
    }

    /**
     * The walkthrough's check: {@code (L(x + h) - L(x)) / h} with {@code h = 0.001}, default
     * tolerances loosened to {@code atol = rtol = 1e-2} since a one-sided difference is only first
     * order accurate.
     *
     * @return the check
     */
    public static GradientCheck walkthrough() {
        return new GradientCheck(1e-3, 1e-2, 1e-2, true);
    }

    /**
     * The same check with another step.
     *
     * @param eps the finite-difference step, positive and finite
     * @return a new check
     */
    public GradientCheck withEps(double eps) {
        return new GradientCheck(positive(eps, "eps"), atol, rtol, oneSided);
    }

    /**
     * The same check with another absolute tolerance.
     *
     * @param atol the absolute tolerance, zero or more
     * @return a new check
     */
    public GradientCheck withAtol(double atol) {
        return new GradientCheck(eps, nonNegative(atol, "atol"), rtol, oneSided);
    }

    /**
     * The same check with another relative tolerance.
     *
     * @param rtol the relative tolerance, zero or more
     * @return a new check
     */
    public GradientCheck withRtol(double rtol) {
        return new GradientCheck(eps, atol, nonNegative(rtol, "rtol"), oneSided);
    }

    /**
     * The same check with a one-sided ({@code true}) or central ({@code false}) difference.
     *
     * @param oneSided whether to use {@code (f(x + h) - f(x)) / h}
     * @return a new check
     */
    public GradientCheck withOneSided(boolean oneSided) {
        return new GradientCheck(eps, atol, rtol, oneSided);
    }

    /**
     * The step.
     *
     * @return eps
     */
    public double eps() {
        return eps;
    }

    /**
     * The absolute tolerance.
     *
     * @return atol
     */
    public double atol() {
        return atol;
    }

    /**
     * The relative tolerance.
     *
     * @return rtol
     */
    public double rtol() {
        return rtol;
    }

    /**
     * Whether the difference is one-sided.
     *
     * @return {@code true} for {@code (f(x + h) - f(x)) / h}
     */
    public boolean oneSided() {
        return oneSided;
    }

    /**
     * Checks every input's gradient. The function is called once with fresh labelled leaves to get
     * the analytic gradients by {@link Value#backward()}, then twice per input (once for a
     * one-sided difference) with that input nudged; it must build a new graph each time and depend
     * on nothing but its inputs.
     *
     * @param inputs the inputs' names and values. The report lists them in the map's own order when
     *     it has one (a {@link LinkedHashMap} or a {@link SortedMap}), and otherwise (a
     *     {@code Map.of}, a {@code HashMap}, whose order can change from run to run) sorted by name,
     *     so that the same call prints the same report every time
     * @param function builds the output from leaves keyed by input name
     * @return one line per input
     * @throws IllegalArgumentException if there are no inputs or a name is empty
     */
    public GradientCheckReport check(Map<String, Double> inputs, Function<Map<String, Value>, Value> function) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(function, "function");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("expected at least 1 input, got 0");
        }
        Map<String, Double> base = new LinkedHashMap<>();
        ordered(inputs).forEach((name, value) -> {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("input names must be non-empty, got '" + name + "'");
            }
            base.put(name, Objects.requireNonNull(value, () -> "value of input '" + name + "'"));
        });

        Map<String, Value> leaves = leaves(base);
        Value output = apply(function, leaves);
        output.backward();
        double f0 = output.data();

        List<InputCheck> lines = new ArrayList<>();
        for (String name : base.keySet()) {
            double analytic = leaves.get(name).grad();
            double numeric = numeric(function, base, name, f0);
            double error = Math.abs(analytic - numeric);
            boolean passed = error <= atol + rtol * Math.abs(numeric);
            lines.add(new InputCheck(name, base.get(name), analytic, numeric, error, passed));
        }
        return new GradientCheckReport(f0, lines, this);
    }

    /** The inputs in a fixed order: their own if the map keeps one, else sorted by name. */
    private static Map<String, Double> ordered(Map<String, Double> inputs) {
        if (inputs instanceof LinkedHashMap || inputs instanceof SortedMap) {
            return inputs;
        }
        Map<String, Double> sorted = new TreeMap<>(Comparator.nullsFirst(
                Comparator.<String>naturalOrder()));
        sorted.putAll(inputs);
        return sorted;
    }

    private double numeric(Function<Map<String, Value>, Value> function, Map<String, Double> base, String name,
            double f0) {
        double x = base.get(name);
        double plus = evaluate(function, base, name, x + eps);
        if (oneSided) {
            return (plus - f0) / eps;
        }
        double minus = evaluate(function, base, name, x - eps);
        return (plus - minus) / (2.0 * eps);
    }

    private static double evaluate(Function<Map<String, Value>, Value> function, Map<String, Double> base,
            String name, double nudged) {
        Map<String, Double> values = new LinkedHashMap<>(base);
        values.put(name, nudged);
        return apply(function, leaves(values)).data();
    }

    private static Value apply(Function<Map<String, Value>, Value> function, Map<String, Value> leaves) {
        return Objects.requireNonNull(function.apply(leaves), "the function returned null instead of a Value");
    }

    private static Map<String, Value> leaves(Map<String, Double> values) {
        Map<String, Value> leaves = new LinkedHashMap<>();
        values.forEach((name, value) -> leaves.put(name, new Value(value, name)));
        return leaves;
    }

    private static double positive(double value, String name) {
        return Require.positiveFinite(value, name);
    }

    private static double nonNegative(double value, String name) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be zero or more and finite, got " + value);
        }
        return value;
    }
}
