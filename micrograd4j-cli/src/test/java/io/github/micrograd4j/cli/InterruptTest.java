package io.github.micrograd4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C in the middle of {@code train}: the real {@code main} in a child JVM gets SIGINT after its
 * first progress line; it exits with 130, says what was and was not written, and leaves no file.
 *
 * <p>A process started from a background job inherits SIGINT as ignored, and the JVM then keeps
 * ignoring it; the child is started through Python, which resets SIGINT to its default before it
 * becomes the JVM. Without {@code python3} and {@code kill} the test is skipped.
 */
class InterruptTest {

    @Test
    void ctrlCEndsTrainingWith130AndAReportAndLeavesNoFile(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(onPath("python3") && onPath("kill"), "needs python3 and kill");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of("python3", "-c",
                "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])",
                java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "train", "--points", "2000",
                "--layers", "16,16", "--steps", "1000000", "--save", dir.resolve("m.json").toString(), "--plot",
                dir.resolve("plots").toString()));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            for (int i = 0; i < 1200 && !Files.readString(out).contains("step 1/"); i++) {
                Thread.sleep(100); // waiting for the first progress line, not measuring anything
            }
            assertThat(Files.readString(out)).as(Files.readString(err)).contains("step 1/");
            new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child ends after SIGINT").isTrue();
        } finally {
            child.destroyForcibly();
        }
        String errText = Files.readString(err);
        assertThat(child.exitValue()).as(errText).isEqualTo(130);
        assertThat(errText).contains("interrupted; no file was written; not written: ")
                .contains(dir.resolve("m.json").toString());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out.txt", "err.txt");
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
