package io.github.micrograd4j.cli.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a program to its end with a bound, capturing its exit code and both outputs. */
final class Processes {
    private Processes() {
    }

    /** What a process did. */
    record Result(int exitCode, String out, String err) {
    }

    /**
     * Runs {@code command} in {@code dir} with {@code env} added to this process's environment.
     *
     * @throws AssertionError if it runs longer than {@code minutes}
     */
    static Result run(Path dir, Map<String, String> env, long minutes, List<String> command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("it-out", ".txt");
        Path err = Files.createTempFile("it-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " ran longer than " + minutes + " minutes");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The java launcher of the JVM running the tests. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A path given to the tests by the build as a system property. */
    static Path property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new AssertionError("system property " + name + " is not set: run this test with `mvn verify`");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }
}
