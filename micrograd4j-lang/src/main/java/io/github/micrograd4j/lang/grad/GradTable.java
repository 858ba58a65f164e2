package io.github.micrograd4j.lang.grad;

import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.Templates;
import io.github.micrograd4j.lang.Evaluation;
import io.github.micrograd4j.lang.text.LangText;
import java.util.Objects;

/**
 * The table {@code micrograd grad} prints and a notebook's {@code grad("""…""")} cell shows under its graph: one
 * row per statement, in program order, with its name (a name assigned again is {@code name@LINE:COLUMN}), the op
 * that made its value ({@code = a} for a statement that names another's value, as {@code L = a}), data and grad.
 */
public final class GradTable {
    /** The widest a name column grows; longer names overflow it rather than push every row right. */
    private static final int MAX_NAME_COLUMNS = 24;

    private GradTable() {
    }

    /**
     * The table with its headings in a language, columns counted in terminal columns (a Chinese heading
     * takes two a character), rows as {@code %-Ws  %-8s %14s %14s} with the platform's line separator.
     *
     * @param run a run, after backward for its grads to mean anything
     * @param language the headings' language; the numbers are the same in every language
     * @return the table, one line per statement after the heading
     */
    public static String text(Evaluation run, Language language) {
        Objects.requireNonNull(run, "run");
        String label = LangText.GRAD_LABEL.in(language);
        int width = Math.max(5, Templates.columns(label));
        for (String name : run.names()) {
            width = Math.max(width, Math.min(MAX_NAME_COLUMNS, Templates.columns(name)));
        }
        StringBuilder text = new StringBuilder();
        row(text, width, label, LangText.GRAD_OP.in(language), LangText.GRAD_DATA.in(language),
                LangText.GRAD_GRAD.in(language));
        for (int i = 0; i < run.names().size(); i++) {
            String name = run.names().get(i);
            Value v = run.results().get(i);
            String op = v.label().equals(name) ? v.opLabel() : "= " + v.label();
            row(text, width, name, op, number(v.data()), number(v.grad()));
        }
        return text.toString();
    }

    private static void row(StringBuilder text, int width, String name, String op, String data, String grad) {
        text.append(Templates.padRight(name, width)).append("  ").append(Templates.padRight(op, 8)).append(' ')
                .append(Templates.padLeft(data, 14)).append(' ').append(Templates.padLeft(grad, 14))
                .append(System.lineSeparator());
    }

    private static String number(double d) {
        return Numbers.readable(d, 4);
    }
}
