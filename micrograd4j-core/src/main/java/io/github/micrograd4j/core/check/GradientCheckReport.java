package io.github.micrograd4j.core.check;

import io.github.micrograd4j.core.Numbers;
import java.util.List;

/**
 * The result of a {@link GradientCheck}: the output's value and one {@link InputCheck} per input.
 *
 * @param output the function's value at the given inputs
 * @param inputs one line per input, in the order the inputs were given
 * @param settings the check that produced this report
 */
public record GradientCheckReport(double output, List<InputCheck> inputs, GradientCheck settings) {

    /**
     * A report; the list is copied.
     *
     * @param output the function's value
     * @param inputs the lines
     * @param settings the check
     */
    public GradientCheckReport {
        inputs = List.copyOf(inputs);
    }

    /**
     * Whether every input passed.
     *
     * @return {@code true} if no line failed
     */
    public boolean passed() {
        return inputs.stream().allMatch(InputCheck::passed);
    }

    /**
     * The report as a fixed-width table, one line per input, with a closing summary line.
     *
     * @return the table
     */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Numbers.LOCALE, "%-12s %14s %14s %14s %10s  %s%n", "input", "value", "analytic",
                "numeric", "error", "result"));
        for (InputCheck line : inputs) {
            out.append(String.format(Numbers.LOCALE, "%-12s %14.6f %14.6f %14.6f %10.2e  %s%n", line.name(),
                    line.value(), line.analytic(), line.numeric(), line.error(), line.passed() ? "ok" : "FAIL"));
        }
        long failed = inputs.stream().filter(line -> !line.passed()).count();
        out.append(String.format(Numbers.LOCALE, "%s difference, eps %s, atol %s, rtol %s: %d passed, %d failed%n",
                settings.oneSided() ? "one-sided" : "central", settings.eps(), settings.atol(), settings.rtol(),
                inputs.size() - failed, failed));
        return out.toString();
    }

    /**
     * The report as its table ({@link #toTable()}), so printing a report (in JShell, or with
     * {@code System.out.println}) shows the check and not a record dump.
     *
     * @return the table
     */
    @Override
    public String toString() {
        return toTable();
    }
}
