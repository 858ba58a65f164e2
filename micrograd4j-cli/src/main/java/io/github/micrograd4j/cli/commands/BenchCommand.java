package io.github.micrograd4j.cli.commands;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.micrograd4j.cli.errors.UserErrorException;
import io.github.micrograd4j.cli.bench.BenchSuite;
import io.github.micrograd4j.cli.bench.BenchFigure;
import io.github.micrograd4j.core.Numbers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code micrograd bench}: the performance figures of docs/PERFORMANCE.md, measured briefly here. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Times micrograd's demo training run (MLP 2-16-16-1, 100 moons, 100 SGD steps) on the object "
            + "graph and on the compiled tape, values and node evaluations per second, a deep chain, a 1,000-input "
            + "gradient and `train` as a whole process, and prints each with its target. Takes under a minute.",
            "",
            "Targets: the demo's 100 steps on the object graph <= 300 ms; object graph >= 50 M values/s; the demo's "
                + "100 steps on the tape <= 10 ms (1 and 2 threads); a 10,000,000-deep chain built and backpropagated "
                + "without error; `train` as a whole process, JVM start included, <= 1 s.",
            "",
            "Each figure is warmed up and iterated as JMH does it, shorter (a warm-up, then iterations of a fixed "
            + "length). Its value comes from the median of the single runs, which leaves out runs the system "
            + "interrupted; its mean ± error is JMH's score for the same runs (99.9%% confidence), which counts "
            + "time spent waiting for a core and so grows on a busy machine, as JMH's does. The note names the JMH "
            + "benchmark in micrograd4j-bench that measures the same (see docs/PERFORMANCE.md)."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print the figures as JSON: {\"machine\": {...}, \"figures\": "
            + "[{\"id\", \"name\", \"value\", \"mean\", \"error\", \"unit\", \"target\", \"met\", "
            + "\"note\"}]}; mean and error (JMH's score and error for the same runs) are null for a figure measured once.")
    private boolean json;

    @Option(names = "--chain", paramLabel = "N", defaultValue = "10000000",
            description = "Length of the chain to build and backpropagate (default: ${DEFAULT-VALUE}; needs about "
                + "80 bytes of heap per link).")
    private int chain;

    @Option(names = "--no-process", description = "Skip timing `train` as a separate process.")
    private boolean noProcess;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "2",
            description = "Warm-up of each figure before it is timed (default: ${DEFAULT-VALUE}).")
    private double warmup;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "5",
            description = "Timed iterations of each figure, 2 to 11 (default: ${DEFAULT-VALUE}).")
    private int iterations;

    @Option(names = "--time", paramLabel = "SECONDS", defaultValue = "0.5",
            description = "Length of each timed iteration (default: ${DEFAULT-VALUE}).")
    private double time;

    @Override
    public Integer call() {
        if (chain < 1) {
            throw new UserErrorException("--chain must be at least 1, got " + chain);
        }
        if (!(warmup >= 0) || Double.isInfinite(warmup)) {
            throw new UserErrorException("--warmup must be zero or more seconds, got " + warmup);
        }
        if (iterations < 2 || iterations > 11) {
            throw new UserErrorException("--iterations must be 2 to 11, got " + iterations);
        }
        if (!(time > 0) || Double.isInfinite(time)) {
            throw new UserErrorException("--time must be more than zero seconds, got " + time);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BenchSuite.Lengths lengths = new BenchSuite.Lengths(warmup, iterations, time);
        BenchSuite suite = new BenchSuite(chain, !noProcess, lengths, line -> {
            if (!json) {
                err.println("  measuring " + line + " ...");
                err.flush();
            }
        });
        if (!json) {
            out.println("micrograd4j bench on " + machine());
            out.flush();
        }
        List<BenchFigure> figures = suite.run();
        out.print(json ? json(figures) : table(figures));
        out.flush();
        return 0;
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.name") + "), " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB";
    }

    static String table(List<BenchFigure> figures) {
        int nameWidth = figures.stream().mapToInt(f -> f.name().length()).max().orElse(10);
        StringBuilder sb = new StringBuilder();
        String format = "%-" + nameWidth + "s  %12s  %-17s  %s%n";
        sb.append(String.format(Numbers.LOCALE, format, "figure", "measured", "target", "notes"));
        for (BenchFigure f : figures) {
            String value = BenchFormat.number(f.value()) + " " + f.unit();
            String target = f.target().isEmpty() ? "" : f.target() + (f.met() == null ? "" : f.met() ? " met" : " MISSED");
            sb.append(String.format(Numbers.LOCALE, format, f.name(), value, target, f.note()));
        }
        return sb.toString();
    }

    private static String json(List<BenchFigure> figures) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.writeStartObject();
            g.writeObjectFieldStart("machine");
            g.writeNumberField("cores", Runtime.getRuntime().availableProcessors());
            g.writeStringField("java", System.getProperty("java.version"));
            g.writeStringField("vm", System.getProperty("java.vm.name"));
            g.writeStringField("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
            g.writeNumberField("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
            g.writeEndObject();
            g.writeArrayFieldStart("figures");
            for (BenchFigure f : figures) {
                g.writeStartObject();
                g.writeStringField("id", f.id());
                g.writeStringField("name", f.name());
                g.writeNumberField("value", f.value());
                number(g, "mean", f.mean());
                number(g, "error", f.error());
                g.writeStringField("unit", f.unit());
                g.writeStringField("target", f.target());
                if (f.met() == null) {
                    g.writeNullField("met");
                } else {
                    g.writeBooleanField("met", f.met());
                }
                g.writeStringField("note", f.note());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + System.lineSeparator();
    }

    private static void number(JsonGenerator g, String name, double value) throws IOException {
        if (Double.isNaN(value)) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    /** Number formatting for the table: three significant figures, thousands separated. */
    static final class BenchFormat {
        private BenchFormat() {
        }

        static String number(double d) {
            if (Math.abs(d) >= 100) {
                return String.format(Numbers.LOCALE, "%,.0f", d);
            }
            return String.format(Numbers.LOCALE, Math.abs(d) >= 10 ? "%.1f" : "%.2f", d);
        }
    }
}
