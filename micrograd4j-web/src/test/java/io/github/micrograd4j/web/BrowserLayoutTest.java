package io.github.micrograd4j.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.lang.Program;
import io.github.micrograd4j.lang.grad.GradRun;
import io.github.micrograd4j.playground.expression.GradResponse;
import io.github.micrograd4j.viz.BackpropPictures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web edition's picture is {@code grad --svg}'s: the graph the engine hands to elkjs (ELK 0.12.1 built
 * for JavaScript, run here by Node with the page's own flattening) comes back laid out exactly as ELK on
 * the JVM lays it out, so the whole answer of the served {@code /api/grad}, SVG included, is the same text.
 * Needs Node and {@code npm ci} in this module (the build runs both); skipped without them outside CI.
 */
class BrowserLayoutTest {
    private static final Path SCRIPT = Path.of("src/test/js/layout.mjs");

    @BeforeAll
    static void nodeAndElkjs() {
        boolean ready = Files.isDirectory(Path.of("node_modules/elkjs")) && node("--version") != null;
        if (!ready && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("node and node_modules/elkjs are needed (the build's npm ci installs elkjs)");
        }
        Assumptions.assumeTrue(ready, "node or node_modules/elkjs missing; run mvn package once");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a = 2; b = -3; c = 10; e = a * b; d = e + c; f = -2; L = d * f",
        "x1 = 2; x2 = 0; w1 = -3; w2 = 1; b = 6.8813735870195432\nn = x1*w1 + x2*w2 + b\no = tanh(n)",
        "x = 0.5; y = tanh(x) * exp(x) / log(x + 2); z = y ** 2 + relu(y - x) + sigmoid(x) * pow(x, 3)",
        "a = 1; b = a * a; c = b * a + b; d = c * c - a / b; L = d + d * c",
    })
    void elkjsLaysTheGraphOutAsElkOnTheJvm(String program) throws Exception {
        String request = "{\"program\": " + quote(program) + "}";
        String flat = node(SCRIPT.toString(), ExpressionRuns.elkGraph(request));
        assertThat(flat).as("elkjs's answer").isNotNull().startsWith("{\"width\"");

        GradRun run = GradRun.of(Program.parse(program), Map.of(), false);
        // drawn as GradService draws it: the numbers written into the program as constants
        String served = GradResponse.json(run, BackpropPictures.of(run.run().output(), Language.EN,
                run.run().constants()));
        assertThat(ExpressionRuns.answer(request, flat)).isEqualTo(served);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** Runs node with one argument and the input on standard input; its output, or null if it failed. */
    private static String node(String arg, String... input) {
        try {
            Process p = new ProcessBuilder("node", arg).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (var in = p.getOutputStream()) {
                if (input.length > 0) {
                    in.write(input[0].getBytes(StandardCharsets.UTF_8));
                }
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
