package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.cli.ExitCodes;
import io.github.micrograd4j.cli.UserErrorException;
import io.github.micrograd4j.cli.io.AtomicFiles;
import io.github.micrograd4j.cli.lang.Evaluation;
import io.github.micrograd4j.cli.lang.Program;
import io.github.micrograd4j.core.AnomalyMode;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.check.GradientCheckReport;
import io.github.micrograd4j.core.dot.DotExporter;
import io.github.micrograd4j.viz.BackpropPictures;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code micrograd grad}: runs an expression program forward and backward. */
@Command(name = "grad", mixinStandardHelpOptions = true,
        description = {"Runs an expression program forward and backward and prints every labelled value's "
            + "op, data and grad.",
            "",
            "A program is statements 'name = expr' separated by ';' or new lines; the last one is the output. "
                + "Expressions have numbers, names, + - * / ** ^ (power, right associative), unary minus, "
                + "parentheses and relu tanh exp log sigmoid pow(x, y). A name assigned a number is an input; "
                + "'+=' '-=' '*=' '/=' update a name; '#' starts a comment.",
            "",
            "Example: micrograd grad 'a = 2; b = -3; c = 10; e = a*b; d = e + c; f = -2; L = d*f'"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:--check found a gradient that does not match",
            "2:bad input (syntax error, unknown name, unreadable or unwritable file, an anomaly found by "
                + "--detect-anomaly, a graph too large to draw)"})
public final class GradCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROGRAM", description = "The program text.")
    private String programText;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Read the program from FILE ('-' for standard input).")
    private Path file;

    @Option(names = "--json", description = "Print JSON: the output and every value of the graph, ids in topological order.")
    private boolean json;

    @Option(names = "--dot", paramLabel = "FILE", description = "Write the graph to FILE in Graphviz DOT (draw_dot's format).")
    private Path dot;

    @Option(names = "--svg", paramLabel = "FILE", description = "Draw the graph to FILE as SVG (no Graphviz needed).")
    private Path svg;

    @Option(names = "--png", paramLabel = "FILE",
            description = "Draw the graph to FILE as PNG; with --steps, also write each step as PNG.")
    private Path png;

    @Option(names = "--steps", paramLabel = "DIR", description = "Write one picture per backprop step to DIR "
            + "(step-01.svg, …): the value being filled highlighted, grads not yet known blank.")
    private Path steps;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the step-by-step walkthrough to FILE: "
            + "one self-contained HTML page, Previous/Next and arrow keys, chain-rule text, final gradients.")
    private Path html;

    @Option(names = "--check", description = "Compare every input's gradient with a central finite difference; exit 1 if any differs.")
    private boolean check;

    @Option(names = "--detect-anomaly", description = "Stop at the first NaN or infinity, forward or backward, "
            + "naming the statement, the op and its inputs (exit 2).")
    private boolean detectAnomaly;

    @Override
    @SuppressWarnings("try") // the scope is only opened and closed around the run
    public Integer call() {
        Program program = Program.parse(source());
        if (!detectAnomaly) {
            return run(program);
        }
        try (AnomalyMode anomaly = AnomalyMode.enable()) {
            return run(program);
        }
    }

    /**
     * Every file this run will write is checked before the first is written, so that one bad target
     * (a missing directory, a directory where a step picture goes) fails the run with nothing written
     * rather than a partial set.
     */
    private void checkTargets(BackpropPictures pictures) {
        List<Path> files = new ArrayList<>();
        for (Path file : new Path[] {dot, svg, png, html}) {
            if (file != null) {
                files.add(file);
            }
        }
        AtomicFiles.checkWritable(files.toArray(Path[]::new));
        if (steps != null) {
            PictureFiles.checkSteps(pictures, steps, png != null);
            AtomicFiles.ensureDirectory(steps); // a directory that cannot be created fails before any file
        }
    }

    private int run(Program program) {
        GradRun grad = GradRun.of(program, Map.of(), check);
        Evaluation run = grad.run();
        Value output = run.output();
        GradientCheckReport report = grad.report();
        BackpropPictures pictures = svg != null || png != null || steps != null || html != null
                ? PictureFiles.layOut(output) : null;
        checkTargets(pictures);
        List<String> wrote = new ArrayList<>();
        if (dot != null) {
            AtomicFiles.writeString(dot, DotExporter.toDot(output));
            wrote.add("wrote " + dot);
        }
        if (svg != null) {
            PictureFiles.svg(pictures, svg);
            wrote.add("wrote " + svg);
        }
        if (png != null) {
            PictureFiles.png(pictures, png);
            wrote.add("wrote " + png);
        }
        if (steps != null) {
            String names = PictureFiles.steps(pictures, steps, png != null);
            wrote.add("wrote " + pictures.steps().size() + " step pictures to " + steps + " (" + names + ")");
        }
        if (html != null) {
            PictureFiles.html(pictures, html);
            wrote.add("wrote " + html + " (open it in a browser; no network needed)");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(program.outputName(), run, report));
        } else {
            out.print(table(run));
            if (report != null) {
                out.println();
                out.print(report.toTable());
            }
            wrote.forEach(out::println);
        }
        out.flush();
        return report == null || report.passed() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    private String source() {
        if (programText != null && file != null) {
            throw new UserErrorException("give the program either as an argument or with --file, not both");
        }
        if (programText == null && file == null) {
            throw new UserErrorException("no program: give one as an argument, e.g. 'a = 2; L = a * a', "
                    + "or with --file FILE");
        }
        return programText != null ? programText : Sources.read(file);
    }

    static String table(Evaluation run) {
        List<Value> values = run.labelledValues();
        int width = 5;
        for (Value v : values) {
            width = Math.max(width, Math.min(24, v.label().length()));
        }
        StringBuilder text = new StringBuilder();
        String format = "%-" + width + "s  %-8s %14s %14s%n";
        text.append(String.format(Locale.ROOT, format, "label", "op", "data", "grad"));
        for (Value v : values) {
            text.append(String.format(Locale.ROOT, format, v.label(), v.opLabel(), number(v.data()), number(v.grad())));
        }
        return text.toString();
    }

    private static String number(double d) {
        return Numbers.readable(d, 4);
    }

    static String json(String outputName, Evaluation run, GradientCheckReport report) {
        return GradJson.document(outputName, run, report);
    }
}
