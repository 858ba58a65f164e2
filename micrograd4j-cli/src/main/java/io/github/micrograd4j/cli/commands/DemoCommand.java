package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.cli.text.LanguageOption;
import io.github.micrograd4j.cli.io.AtomicFiles;
import io.github.micrograd4j.cli.io.OutputPlan;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.check.GradientCheck;
import io.github.micrograd4j.core.check.GradientCheckReport;
import io.github.micrograd4j.core.dot.DotExporter;
import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import io.github.micrograd4j.core.explain.BackpropExplainer;
import io.github.micrograd4j.core.explain.BackpropStep;
import io.github.micrograd4j.core.text.CoreText;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.Templates;
import io.github.micrograd4j.cli.text.CliText;
import io.github.micrograd4j.viz.BackpropPictures;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code micrograd demo}: the walkthrough, computed and printed. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Builds the walkthrough's expression L = (a*b + c) * f, backpropagates it with each "
            + "chain-rule step written out, checks the gradients numerically and writes the graph (DOT, SVG, PNG) and the step-by-step walkthrough page.")
public final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "demo",
            description = "Where to write the graph files (default: ${DEFAULT-VALUE}).")
    private Path outDir;

    @Override
    public Integer call() {
        Language lang = languageOption.language();
        PrintWriter out = spec.commandLine().getOut();
        Path dot = outDir.resolve("graph.dot");
        Path svg = outDir.resolve("graph.svg");
        Path png = outDir.resolve("graph.png");
        Path html = outDir.resolve("walkthrough.html");
        // all four checked before any work: one bad target (or a folder that is not writable) fails the
        // demo before anything is printed or written
        new OutputPlan().directory("--out", outDir).file("--out", dot, "dot").file("--out", svg, "svg")
                .file("--out", png, "png").file("--out", html, "html").check();
        WalkthroughExample w = WalkthroughExample.build();
        out.println(CliText.DEMO_TITLE.in(lang));
        out.println();
        out.println(CliText.DEMO_FORWARD.in(lang));
        for (Value v : List.of(w.a(), w.b(), w.c(), w.e(), w.d(), w.f(), w.L())) {
            out.println(forward(v));
        }
        out.println();
        out.println(CliText.DEMO_BACKWARD.in(lang));
        List<BackpropStep> steps = BackpropExplainer.steps(w.L(), lang);
        int width = steps.stream().mapToInt(s -> Templates.columns(s.text())).max().orElse(0);
        for (BackpropStep step : steps) {
            String line = "  " + Templates.padRight(step.text(), width);
            out.println(step.reason().isEmpty() ? line.stripTrailing()
                    : line + "   " + CoreText.BECAUSE.format(lang, step.reason()));
        }
        w.L().backward();
        out.println();
        List<String> grads = new ArrayList<>();
        for (Value v : List.of(w.L(), w.d(), w.f(), w.c(), w.e(), w.a(), w.b())) {
            grads.add(v.label() + " " + shortest(v.grad()));
        }
        out.println(CliText.DEMO_SAME.format(lang, String.join(" ", grads)));

        Map<String, Double> inputs = new LinkedHashMap<>();
        inputs.put("a", 2.0);
        inputs.put("b", -3.0);
        inputs.put("c", 10.0);
        inputs.put("f", -2.0);
        out.println();
        out.println(CliText.DEMO_CHECK_WALKTHROUGH.in(lang));
        GradientCheckReport walk = GradientCheck.walkthrough().check(inputs, DemoCommand::walkthrough);
        out.print(indent(walk.toTable(lang)));
        out.println();
        out.println(CliText.DEMO_CHECK_CENTRAL.in(lang));
        GradientCheckReport central = GradientCheck.defaults().check(inputs, DemoCommand::walkthrough);
        out.print(indent(central.toTable(lang)));

        BackpropPictures pictures = PictureFiles.layOut(w.L(), lang);
        PictureFiles.warnAboutFonts(pictures, spec.commandLine().getErr());
        try (Interrupts.Scope scope = Interrupts.open(out, List.of(dot, svg, png, html))) {
            AtomicFiles.ensureDirectory(outDir);
            // all four checked first: one bad target fails the demo before any file is written
            AtomicFiles.checkWritable(dot, svg, png, html);
            // all four or none: a failure after the checks (disk full) leaves no partial set
            PictureFiles.demoFiles(pictures, DotExporter.toDot(w.L()), dot, svg, png, html);
            for (Path written : List.of(dot, svg, png, html)) {
                scope.wrote(written);
            }
        }
        out.println();
        out.println(CliText.DEMO_WROTE_GRAPH.in(lang));
        out.println("  " + svg);
        out.println("  " + png);
        out.println("  " + CliText.DEMO_DOT.format(lang, dot));
        out.println(CliText.DEMO_WROTE_PAGE.in(lang));
        out.println("  " + CliText.DEMO_OPEN.format(lang, html.toAbsolutePath().normalize().toUri()));
        out.println(CliText.DEMO_TRY.in(lang));
        out.println(CliText.DEMO_TRAIN.in(lang));
        out.flush();
        return walk.passed() && central.passed() ? 0 : 1;
    }

    private static Value walkthrough(Map<String, Value> in) {
        Value e = in.get("a").mul(in.get("b"));
        return e.add(in.get("c")).mul(in.get("f"));
    }

    private static String forward(Value v) {
        if (v.isLeaf()) {
            return "  " + v.label() + " = " + v.data();
        }
        return "  " + v.label() + " = " + v.child(0).label() + " " + v.opLabel() + " " + v.child(1).label() + " = "
                + v.data();
    }

    private static String shortest(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static String indent(String text) {
        return text.lines().map(l -> "  " + l + System.lineSeparator()).reduce("", String::concat);
    }
}
