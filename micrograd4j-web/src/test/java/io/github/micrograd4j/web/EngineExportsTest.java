package io.github.micrograd4j.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.nn.json.SettingsJson;
import io.github.micrograd4j.playground.expression.ExpressionLab;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web transport's {@code settings()} and {@code functions()} are the served {@code GET /api/train/settings}
 * and {@code GET /api/functions}: the compiled engine's exports, run by Node, answer the same text as the
 * playground's Java on this JVM. Needs Node and the engine TeaVM built at {@code process-classes}; skipped
 * without them outside CI.
 */
class EngineExportsTest {
    private static final Path ENGINE = Path.of("target/teavm/engine.js");
    private static final Path SCRIPT = Path.of("src/test/js/engine-exports.mjs");
    private static List<String> answers;

    @BeforeAll
    static void runTheEngine() throws Exception {
        boolean ready = Files.isRegularFile(ENGINE);
        if (!ready && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(ENGINE + " is missing: TeaVM builds it at process-classes");
        }
        Assumptions.assumeTrue(ready, ENGINE + " missing (-Dteavm.phase=none without an earlier build)");
        Process p;
        try {
            p = new ProcessBuilder("node", SCRIPT.toString(), ENGINE.toAbsolutePath().toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("node is needed", e);
            }
            Assumptions.abort("node is missing: " + e.getMessage());
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
        assertThat(p.exitValue()).as("node's exit code").isZero();
        answers = out.lines().toList();
        assertThat(answers).hasSize(2);
    }

    @Test
    void settingsAreTheServedTable() {
        assertThat(answers.get(0)).isEqualTo(SettingsJson.write()).contains("\"key\":\"dataset\"");
    }

    @Test
    void functionsAreTheServedList() {
        assertThat(answers.get(1)).isEqualTo(ExpressionLab.functionsJson()).contains("{\"name\":\"tanh\",\"arity\":1}");
    }
}
