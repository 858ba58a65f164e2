package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.cli.io.AtomicFiles;
import io.github.micrograd4j.cli.io.OutputPlan;
import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.check.GradientCheck;
import io.github.micrograd4j.core.check.GradientCheckReport;
import io.github.micrograd4j.core.dot.DotExporter;
import io.github.micrograd4j.core.examples.WalkthroughExample;
import io.github.micrograd4j.core.explain.BackpropExplainer;
import io.github.micrograd4j.core.explain.BackpropStep;
import io.github.micrograd4j.viz.BackpropPictures;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "demo",
            description = "Where to write the graph files (default: ${DEFAULT-VALUE}).")
    private Path outDir;

    @Override
    public Integer call() {
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
        out.println("micrograd4j demo: the walkthrough's expression, built, backpropagated and checked.");
        out.println();
        out.println("Forward pass");
        for (Value v : List.of(w.a(), w.b(), w.c(), w.e(), w.d(), w.f(), w.L())) {
            out.println(forward(v));
        }
        out.println();
        out.println("Backward pass, node by node (reverse topological order; local derivatives as stored by each op)");
        List<BackpropStep> steps = BackpropExplainer.steps(w.L());
        int width = steps.stream().mapToInt(s -> s.text().length()).max().orElse(0);
        for (BackpropStep step : steps) {
            String line = String.format(Numbers.LOCALE, "  %-" + width + "s", step.text());
            out.println(step.reason().isEmpty() ? line.stripTrailing() : line + "   because " + step.reason());
        }
        w.L().backward();
        out.println();
        out.print("L.backward() gives the same:");
        for (Value v : List.of(w.L(), w.d(), w.f(), w.c(), w.e(), w.a(), w.b())) {
            out.print(String.format(Numbers.LOCALE, " %s %s", v.label(), shortest(v.grad())));
        }
        out.println();

        Map<String, Double> inputs = new LinkedHashMap<>();
        inputs.put("a", 2.0);
        inputs.put("b", -3.0);
        inputs.put("c", 10.0);
        inputs.put("f", -2.0);
        out.println();
        out.println("Numeric check, as in the walkthrough: (L(x + h) - L(x)) / h with h = 0.001");
        GradientCheckReport walk = GradientCheck.walkthrough().check(inputs, DemoCommand::walkthrough);
        out.print(indent(walk.toTable()));
        out.println();
        out.println("Numeric check, central difference with PyTorch gradcheck's defaults");
        GradientCheckReport central = GradientCheck.defaults().check(inputs, DemoCommand::walkthrough);
        out.print(indent(central.toTable()));

        BackpropPictures pictures = PictureFiles.layOut(w.L());
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
        out.println("Wrote the graph, drawn without Graphviz:");
        out.println("  " + svg);
        out.println("  " + png);
        out.println("  " + dot + " (Graphviz DOT, draw_dot's format)");
        out.println("and the walkthrough, step by step with Previous/Next and the arrow keys:");
        out.println("  " + html.toAbsolutePath().normalize().toUri() + "  (open it in a browser; it needs no network)");
        out.println("Try your own: ./micrograd grad 'x = 3; y = tanh(x * 2 - 5) ** 2' --check");
        out.println("Train micrograd's demo net (MLP 2-16-16-1 on 100 moons, 100 SGD steps): ./micrograd train --plot demo");
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
