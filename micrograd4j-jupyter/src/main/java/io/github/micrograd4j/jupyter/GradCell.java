package io.github.micrograd4j.jupyter;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.check.GradientCheckReport;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.lang.Evaluation;
import io.github.micrograd4j.lang.Program;
import io.github.micrograd4j.lang.ProgramException;
import io.github.micrograd4j.lang.grad.GradRun;
import io.github.micrograd4j.lang.grad.GradTable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The expression language in a notebook cell: {@code grad("""a = 2; b = -3; L = a*b""")} runs the program forward
 * and backward as {@code micrograd grad} does ({@link GradRun}) and, as the cell's last expression, shows the graph
 * with {@code grad}'s table below it ({@link Displays#grad}). Its values stay reachable from Java, so a cell can mix
 * both: {@code grad("""…""").value("a").grad()}.
 *
 * <p>The kernel's start-up imports {@link #grad(String)} statically ({@link KernelSpec#startupScript()}), as the
 * shell's start-up gives {@code draw} and {@code explain}. A program that does not parse fails the cell with the
 * command line's error, line, column and caret included, and no stack trace.
 */
public final class GradCell {
    private final GradRun run;

    private GradCell(GradRun run) {
        this.run = run;
    }

    /**
     * Runs a program forward and backward.
     *
     * @param program the program text, statements {@code name = expr} separated by {@code ;} or new lines, the
     *     last one the output
     * @return the run, shown as its graph and table
     * @throws OneLineErrors.CellError with {@code grad}'s error text, in the {@link Displays#language() displays'
     *     language}, if the program does not parse, names an unknown name or (in anomaly mode) computes a NaN or
     *     an infinity
     */
    public static GradCell grad(String program) {
        Objects.requireNonNull(program, "program");
        try {
            return new GradCell(GradRun.of(Program.parse(program), Map.of(), false));
        } catch (ProgramException e) {
            throw new OneLineErrors.CellError(error(e, Displays.language()));
        }
    }

    /**
     * What the command line prints on standard error for a program that cannot be run: {@code error: } and the
     * message, which names the line and column, with the program's line and a caret under the position.
     *
     * @param e the failure
     * @param language the language of the words around the message
     * @return the text, one line or three
     */
    static String error(ProgramException e, Language language) {
        return DisplayText.ERROR.format(language, e.describe(language));
    }

    /**
     * The gradient check of the program, as {@code micrograd grad --check} runs it: every input's gradient against
     * a central finite difference with PyTorch gradcheck's defaults, at the program's own inputs. The displays show
     * it as a table.
     *
     * @return the check
     * @throws OneLineErrors.CellError with {@code grad}'s error text if the program has no inputs
     */
    public GradientCheckReport check() {
        try {
            return GradRun.of(run.program(), Map.of(), true).report();
        } catch (ProgramException e) {
            throw new OneLineErrors.CellError(error(e, Displays.language()));
        }
    }

    /**
     * The value a statement made, by the name {@code grad}'s table gives it.
     *
     * @param name a statement's name; a name assigned again is {@code name@LINE:COLUMN} for the later value
     * @return the value, with the data and grad of this run
     * @throws IllegalArgumentException naming the name and the names there are, if no statement has it
     */
    public Value value(String name) {
        int index = run.run().names().indexOf(Objects.requireNonNull(name, "name"));
        if (index < 0) {
            throw new IllegalArgumentException("no value named '" + name + "'; the names are " + run.run().names());
        }
        return run.run().results().get(index);
    }

    /**
     * The program's output, the last statement's value, whose graph the cell shows.
     *
     * @return the output value
     */
    public Value output() {
        return run.run().output();
    }

    /**
     * Every statement's name, in program order, as {@code grad}'s table lists them.
     *
     * @return the names
     */
    public List<String> names() {
        return run.run().names();
    }

    /**
     * The run itself, for what the language module computes further (its JSON, second order).
     *
     * @return the program and its evaluation after backward
     */
    public GradRun run() {
        return run;
    }

    /**
     * {@code grad}'s table with its headings in the {@link Displays#language() displays' language}: name, op,
     * data and grad of every statement, with the values' data and grads as they are now.
     *
     * @return the table, one line per statement after the heading
     */
    public String table() {
        Evaluation evaluation = run.run();
        return GradTable.text(evaluation, Displays.language());
    }

    /**
     * The table, for a kernel that shows objects as text.
     *
     * @return {@link #table()}
     */
    @Override
    public String toString() {
        return table();
    }
}
