package io.github.micrograd4j.cli;

import io.github.micrograd4j.cli.errors.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running out of memory ends with a clear message and exit code 3, not a stack trace: the real
 * {@code main} in a child JVM with a 48 MB heap, given a program whose graph needs far more.
 */
class OutOfMemoryTest {

    @Test
    void aGraphFarLargerThanTheHeapFailsWithAClearMessage(@TempDir Path dir) throws Exception {
        Path program = dir.resolve("huge.mg");
        StringBuilder text = new StringBuilder("a = 1.5\nL = a");
        text.append(" + a * a".repeat(1_500_000)); // 12 MB: 6 million tokens, 3 million products
        Files.writeString(program, text, StandardCharsets.UTF_8);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-Xmx48m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "grad", "-f", program.toString()))
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        boolean ended = child.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        assertThat(ended).as("the child JVM ends").isTrue();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(child.exitValue()).as(err).isEqualTo(ExitCodes.OUT_OF_MEMORY);
        assertThat(err).startsWith("error: out of memory (").contains("MiB heap)", "-Xmx")
                .doesNotContain("\tat ", "Exception in thread");
        assertThat(err.strip().lines()).hasSize(1);
    }
}
