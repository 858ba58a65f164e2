package io.github.micrograd4j.cli.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file the tools write goes through {@link AtomicFiles} (and its seam, {@code WriteStages}): no main source of any module may open
 * a file for writing any other way. Scans every module next to this one, so modules that land later
 * (viz, nn, …) are held to the same rule.
 */
class OutputPathsTest {
    private static final Pattern DIRECT_WRITE = Pattern.compile(
            "(?<![\\w.])Files\\.(write|writeString|newOutputStream|newBufferedWriter|copy|move|createFile)\\s*\\("
                    + "|new\\s+(FileOutputStream|FileWriter|RandomAccessFile|PrintWriter\\s*\\(\\s*(new\\s+File|Path|\"))"
                    + "|ImageIO\\.write\\s*\\(.*(File|Path)|StandardOpenOption\\.(WRITE|CREATE|APPEND)");

    @Test
    void onlyAtomicFilesWritesFiles() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> offenders = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> sources = Files.walk(root)) {
            for (Path source : (Iterable<Path>) sources
                    .filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/"))
                    .filter(p -> !p.toString().contains("/target/"))
                    // the benchmarks' harnesses are development tools that retake the docs' screenshots
                    // (through a temporary file and an atomic move), not part of what users run
                    .filter(p -> !p.toString().contains("/micrograd4j-bench/"))
                    // the web edition's site build (run by Maven, writing into target/site through a temporary
                    // file and an atomic move), not part of what users run
                    .filter(p -> !p.toString().contains("/micrograd4j-web/src/main/java/io/github/micrograd4j/web/build/"))
                    ::iterator) {
                scanned++;
                // AtomicFiles and its file-system seam WriteStages (the one place the real calls are made)
                if (source.getFileName().toString().equals("AtomicFiles.java")
                        || source.endsWith(Path.of("cli", "io", "WriteStages.java"))) {
                    continue;
                }
                List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (DIRECT_WRITE.matcher(lines.get(i)).find()) {
                        offenders.add(root.relativize(source) + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertThat(scanned).as("main sources scanned under " + root).isGreaterThan(20);
        assertThat(offenders).as("files written without AtomicFiles").isEmpty();
    }
}
