package io.github.micrograd4j.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Ctrl-C leaves: the report's text and the removal of exactly the unfinished writes' temporary
 * files. The signal itself is sent to a child JVM by {@code io.github.micrograd4j.cli.InterruptTest}.
 */
class InterruptsTest {
    @TempDir
    Path dir;

    @Test
    void theReportNamesWhatWasWrittenAndWhatWasNot() {
        Path a = Path.of("p/boundary.svg"), b = Path.of("m.json");
        assertThat(Interrupts.Scope.report(List.of(a), List.of(b)))
                .isEqualTo("interrupted; wrote p/boundary.svg; not written: m.json");
        assertThat(Interrupts.Scope.report(List.of(), List.of(a, b)))
                .isEqualTo("interrupted; no file was written; not written: p/boundary.svg, m.json");
        assertThat(Interrupts.Scope.report(List.of(), List.of())).isEqualTo("interrupted; no files were to be written");
    }

    @Test
    void onlyTheTargetsTemporaryFilesAreRemoved() throws IOException {
        Path target = dir.resolve("m.json");
        Files.writeString(dir.resolve(".m.json.12345.tmp"), "half");
        Files.writeString(dir.resolve(".other.json.1.tmp"), "someone else's");
        Files.writeString(dir.resolve("m.json.tmp"), "not ours either");
        Path steps = Files.createDirectory(dir.resolve("steps"));
        Files.writeString(steps.resolve(".step-03.png.99.tmp"), "half");
        Files.writeString(steps.resolve("step-01.svg"), "done");
        Interrupts.removeTemporaryFiles(target);
        Interrupts.removeTemporaryFiles(steps);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(".other.json.1.tmp", "m.json.tmp", "steps");
        }
        try (Stream<Path> files = Files.list(steps)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("step-01.svg");
        }
    }
}
