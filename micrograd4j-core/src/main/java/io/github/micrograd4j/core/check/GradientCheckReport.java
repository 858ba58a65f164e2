package io.github.micrograd4j.core.check;

import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.core.text.CoreText;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.Templates;
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
        return toTable(Language.EN);
    }

    /**
     * The report as a fixed-width table in a language: headings, verdicts and summary in that language,
     * numbers formatted the same in every language. Columns are padded by terminal width, so Chinese
     * headings line up.
     *
     * @param language the language
     * @return the table
     */
    public String toTable(Language language) {
        StringBuilder out = new StringBuilder();
        row(out, CoreText.CHECK_INPUT.in(language), CoreText.CHECK_VALUE.in(language),
                CoreText.CHECK_ANALYTIC.in(language), CoreText.CHECK_NUMERIC.in(language),
                CoreText.CHECK_ERROR.in(language), CoreText.CHECK_RESULT.in(language));
        for (InputCheck line : inputs) {
            row(out, line.name(), n("%.6f", line.value()), n("%.6f", line.analytic()), n("%.6f", line.numeric()),
                    n("%.2e", line.error()), (line.passed() ? CoreText.CHECK_OK : CoreText.CHECK_FAIL).in(language));
        }
        long failed = inputs.stream().filter(line -> !line.passed()).count();
        out.append(CoreText.CHECK_SUMMARY.format(language,
                (settings.oneSided() ? CoreText.CHECK_ONE_SIDED : CoreText.CHECK_CENTRAL).in(language),
                settings.eps(), settings.atol(), settings.rtol(), inputs.size() - failed, failed))
                .append(System.lineSeparator());
        return out.toString();
    }

    /** One line laid out as {@code %-12s %14s %14s %14s %10s  %s%n}, counting terminal columns. */
    private static void row(StringBuilder out, String name, String value, String analytic, String numeric,
            String error, String result) {
        out.append(Templates.padRight(name, 12)).append(' ').append(Templates.padLeft(value, 14)).append(' ')
                .append(Templates.padLeft(analytic, 14)).append(' ').append(Templates.padLeft(numeric, 14))
                .append(' ').append(Templates.padLeft(error, 10)).append("  ").append(result)
                .append(System.lineSeparator());
    }

    private static String n(String format, double x) {
        return String.format(Numbers.LOCALE, format, x);
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
