package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.cli.errors.ExitCodes;
import io.github.micrograd4j.cli.errors.UserErrorException;
import io.github.micrograd4j.cli.io.AtomicFiles;
import io.github.micrograd4j.cli.io.OutputPlan;
import io.github.micrograd4j.lang.Evaluation;
import io.github.micrograd4j.lang.Program;
import io.github.micrograd4j.lang.grad.GradJson;
import io.github.micrograd4j.lang.grad.GradRun;
import io.github.micrograd4j.lang.grad.GradTable;
import io.github.micrograd4j.lang.grad.KinkExplanation;
import io.github.micrograd4j.lang.grad.SecondOrder;
import io.github.micrograd4j.cli.text.LanguageOption;
import io.github.micrograd4j.cli.text.CliText;
import io.github.micrograd4j.core.AnomalyMode;
import io.github.micrograd4j.core.Op;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.check.GradientCheckReport;
import io.github.micrograd4j.core.check.InputCheck;
import io.github.micrograd4j.core.dot.DotExporter;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.viz.BackpropPictures;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code micrograd grad}: runs an expression program forward and backward. */
@Command(name = "grad", mixinStandardHelpOptions = true, modelTransformer = GradCommand.Functions.class,
        description = {"Runs an expression program forward and backward and prints every labelled value's "
            + "op, data and grad.",
            "",
            "A program is statements 'name = expr' separated by ';' or new lines; the last one is the output. "
                + "Expressions have numbers, names, + - * / ** ^ (power, right associative), unary minus, "
                + "parentheses and the functions " + GradCommand.Functions.PLACEHOLDER + ". A name assigned a number is an input; "
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

    @Mixin
    private LanguageOption languageOption;

    /** The language of this run's words, chosen before anything is read or run. */
    private Language lang = Language.EN;

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
            description = "Draw the graph to FILE as PNG; with --steps and no --format, also write each step as PNG.")
    private Path png;

    @Option(names = "--steps", paramLabel = "DIR", description = "Write one picture per backprop step to DIR "
            + "(step-01.svg, …): the value being filled highlighted, grads not yet known blank. Step pictures "
            + "of an earlier run in DIR are replaced.")
    private Path steps;

    @Option(names = "--format", paramLabel = "LIST", split = ",",
            description = "The formats of the --steps pictures: svg, png or svg,png (default: svg, and png too "
                + "when --png is given).")
    private List<String> formats;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the step-by-step walkthrough to FILE: "
            + "one self-contained HTML page, Previous/Next and arrow keys, chain-rule text, final gradients.")
    private Path html;

    @Option(names = "--check", description = "Compare every input's gradient with a central finite difference; exit 1 if any differs.")
    private boolean check;

    @Option(names = "--detect-anomaly", description = "Stop at the first NaN or infinity, forward or backward, "
            + "naming the statement, the op and its inputs (exit 2).")
    private boolean detectAnomaly;

    @Option(names = "--hessian", description = "Also print the Hessian of the output with respect to the inputs, "
            + "rows and columns in the program's input order (with --json: a \"hessian\" field); at most 1,000 inputs.")
    private boolean hessian;

    @Option(names = "--grad-graph", arity = "0..1", paramLabel = "INPUT", fallbackValue = "",
            description = "Draw the graph of the gradient dL/dINPUT (default: the first input) instead of the "
                + "program's graph, for --svg, --png, --dot, --steps and --html; its grads are the second "
                + "derivatives d(dL/dINPUT)/dv.")
    private String gradGraph;

    @Override
    @SuppressWarnings("try") // the scope is only opened and closed around the run
    public Integer call() {
        lang = languageOption.language();
        Program program = Program.parse(source());
        List<Path> planned = new ArrayList<>(plan(null).files());
        if (steps != null) {
            planned.add(steps);
        }
        try (Interrupts.Scope scope = Interrupts.open(spec.commandLine().getOut(), planned)) {
            this.scope = scope;
            if (!detectAnomaly) {
                return run(program);
            }
            try (AnomalyMode anomaly = AnomalyMode.enable()) {
                return run(program);
            }
        }
    }

    /** The interrupt report of this run; each file is recorded as it is finished. */
    private Interrupts.Scope scope;

    /**
     * Every file this run will write is checked before the first is written (and before any work,
     * except the step pictures, whose number is known once the graph is laid out), so that one bad
     * target fails the run with nothing written rather than a partial set.
     */
    private OutputPlan plan(BackpropPictures pictures) {
        OutputPlan plan = new OutputPlan().directory("--steps", steps)
                .file("--dot", dot, "dot").file("--svg", svg, "svg").file("--png", png, "png").file("--html", html, "html");
        if (pictures != null && steps != null) {
            for (Path stepFile : PictureFiles.stepFiles(pictures, steps, stepFormats())) {
                plan.file("--steps", stepFile, null);
            }
        }
        return plan;
    }

    /** The formats of the step pictures: {@code --format}, else svg (and png with {@code --png}). */
    private Set<String> stepFormats() {
        Set<String> chosen = new LinkedHashSet<>();
        if (formats == null) {
            chosen.add("svg");
            if (png != null) {
                chosen.add("png");
            }
            return chosen;
        }
        for (String f : formats) {
            String name = f.trim().toLowerCase(Locale.ROOT);
            if (!name.equals("svg") && !name.equals("png")) {
                throw new UserErrorException(CliText.UNKNOWN_FORMAT.format(lang, f));
            }
            chosen.add(name);
        }
        if (steps == null) {
            throw new UserErrorException(CliText.FORMAT_WITHOUT_STEPS.in(lang));
        }
        return chosen;
    }

    private int run(Program program) {
        if (hessian) {
            SecondOrder.checkSize(program);
        }
        stepFormats();
        plan(null).check();
        GradRun grad = GradRun.of(program, Map.of(), check);
        Evaluation run = grad.run();
        Value output = gradGraph == null ? run.output()
                : SecondOrder.gradientGraph(program, gradGraph.isEmpty() ? null : gradGraph);
        GradientCheckReport report = grad.report();
        SecondOrder.Matrix matrix = hessian ? SecondOrder.hessian(program) : null;
        BackpropPictures pictures = svg != null || png != null || steps != null || html != null
                ? PictureFiles.layOut(output, lang, run.constants()) : null;
        if (png != null || (steps != null && stepFormats().contains("png"))) {
            PictureFiles.warnAboutFonts(pictures, spec.commandLine().getErr());
        }
        plan(pictures).check();
        List<String> wrote = new ArrayList<>();
        if (dot != null) {
            AtomicFiles.writeString(dot, DotExporter.toDot(output));
            scope.wrote(dot);
            wrote.add(CliText.WROTE.format(lang, dot));
        }
        if (svg != null) {
            PictureFiles.svg(pictures, svg);
            scope.wrote(svg);
            wrote.add(CliText.WROTE.format(lang, svg));
        }
        if (png != null) {
            PictureFiles.png(pictures, png);
            scope.wrote(png);
            wrote.add(CliText.WROTE.format(lang, png));
        }
        if (steps != null) {
            String names = PictureFiles.steps(pictures, steps, stepFormats());
            scope.wrote(steps);
            wrote.add(CliText.WROTE_STEPS.format(lang, pictures.steps().size(), steps, names));
        }
        if (html != null) {
            PictureFiles.html(pictures, html);
            scope.wrote(html);
            wrote.add(CliText.WROTE_PAGE.format(lang, html));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(matrix == null ? json(program, run, report)
                    : GradJson.document(program, run, report, matrix.inputs(), matrix.matrix()));
        } else {
            out.print(table(run, lang));
            if (matrix != null) {
                out.println();
                out.print(SecondOrder.table(matrix));
            }
            if (report != null) {
                out.println();
                out.print(report.toTable(lang));
                for (InputCheck line : report.inputs()) {
                    String kink = line.passed() ? null : KinkExplanation.explain(program, line, lang);
                    if (kink != null) {
                        out.println(kink);
                    }
                }
            }
            wrote.forEach(out::println);
        }
        out.flush();
        if (!detectAnomaly) {
            hintAtNonFinite(run);
        }
        return report == null || report.passed() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    /**
     * A NaN or an infinity in the output or a gradient is the right answer for the program (exit 0),
     * but where it starts is not visible in the table: point to --detect-anomaly, on stderr so that
     * the table and the JSON stay as they are.
     */
    private void hintAtNonFinite(Evaluation run) {
        Value output = run.output();
        String what = null;
        if (!Double.isFinite(output.data())) {
            what = CliText.OUTPUT_NOT_FINITE.format(lang, run.names().get(run.names().size() - 1), output.data());
        } else {
            for (int i = 0; i < run.results().size() && what == null; i++) {
                double g = run.results().get(i).grad();
                if (!Double.isFinite(g)) {
                    what = CliText.GRAD_NOT_FINITE.format(lang, run.names().get(i), g);
                }
            }
        }
        if (what != null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(CliText.NOTE_DETECT_ANOMALY.format(lang, what));
            err.flush();
        }
    }

    private String source() {
        if (programText != null && file != null) {
            throw new UserErrorException(CliText.PROGRAM_TWICE.in(lang));
        }
        if (programText == null && file == null) {
            throw new UserErrorException(CliText.NO_PROGRAM.in(lang));
        }
        return programText != null ? programText : InputText.read(file);
    }

    /** {@code grad}'s table ({@link GradTable}) with English headings. */
    static String table(Evaluation run) {
        return table(run, Language.EN);
    }

    /** {@code grad}'s table ({@link GradTable}) with its headings in a language. */
    static String table(Evaluation run, Language lang) {
        return GradTable.text(run, lang);
    }

    static String json(Program program, Evaluation run, GradientCheckReport report) {
        return GradJson.document(program, run, report);
    }

    /**
     * Writes the expression language's functions into the help, from {@link Op}: every op with a function
     * name, so a new op shows up without an edit here.
     */
    public static final class Functions implements CommandLine.IModelTransformer {
        /** Where the description lists the functions. */
        static final String PLACEHOLDER = "{functions}";

        /** For picocli, which makes the transformer named in {@code @Command(modelTransformer)}. */
        public Functions() {
        }

        /**
         * The functions as a program calls them.
         *
         * @return e.g. {@code pow(x, y) exp log tanh relu sigmoid sin cos}
         */
        public static String list() {
            StringJoiner j = new StringJoiner(" ");
            for (Op op : Op.values()) {
                String name = op.functionName();
                if (!name.isEmpty()) {
                    j.add(op.arity() == 2 ? name + "(x, y)" : name);
                }
            }
            return j.toString();
        }

        /**
         * Puts {@link #list()} in place of {@link #PLACEHOLDER}.
         *
         * @param spec {@code grad}'s model
         * @return the same model
         */
        @Override
        public CommandSpec transform(CommandSpec spec) {
            String[] description = spec.usageMessage().description().clone();
            for (int i = 0; i < description.length; i++) {
                description[i] = description[i].replace(PLACEHOLDER, list());
            }
            spec.usageMessage().description(description);
            return spec;
        }
    }
}
