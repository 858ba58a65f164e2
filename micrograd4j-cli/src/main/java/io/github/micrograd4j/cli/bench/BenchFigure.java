package io.github.micrograd4j.cli.bench;

/**
 * One measured figure of {@code micrograd bench}.
 *
 * @param id a stable key for JSON
 * @param name what was measured, for the table
 * @param value the number: for a timed figure, from the median of its single runs
 * @param mean the same figure from JMH's score for the same runs (the mean over the iterations of each
 *     one's mean time per run, which includes time spent waiting for a core); NaN for a figure
 *     measured once
 * @param error JMH's error of {@code mean}: the half-width of its 99.9% confidence interval; NaN for
 *     a figure measured once
 * @param unit its unit ({@code ms}, {@code M/s}, ...)
 * @param target the target as text ({@code <= 300 ms}), empty if none
 * @param met whether the target is met; {@code null} when there is no target
 * @param note more context: spread, heap, micrograd's figure
 */
public record BenchFigure(String id, String name, double value, double mean, double error, String unit, String target, Boolean met, String note) {
}
