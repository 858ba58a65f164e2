package io.github.micrograd4j.cli.io;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The up-front checks of every output. Permission is asked through a predicate here: the tests may
 * run as root, for whom every directory is writable.
 */
class OutputPlanTest {
    @TempDir
    Path dir;

    @Test
    void aDirectoryThatIsNotWritableFailsTheCheckNamingTheOption() {
        Path readOnly = dir.resolve("ro");
        OutputPlan save = new OutputPlan(p -> !p.endsWith("ro")).file("--save", readOnly.resolve("m.json"), "json");
        // the directory does not exist yet: that is the first complaint
        assertThatThrownBy(save::check).hasMessageContaining("does not exist");
        assertThatCode(() -> java.nio.file.Files.createDirectory(readOnly)).doesNotThrowAnyException();
        assertThatThrownBy(save::check).isInstanceOf(OutputException.class)
                .hasMessage("cannot write " + readOnly.resolve("m.json") + " (--save): directory " + readOnly
                        + " is not writable (permission denied)");
        OutputPlan plot = new OutputPlan(p -> !p.endsWith("ro")).directory("--plot", readOnly);
        assertThatThrownBy(plot::check).hasMessage("cannot write into " + readOnly + " (--plot): permission denied");
        assertThatCode(new OutputPlan(p -> true).file("--save", readOnly.resolve("m.json"), "json")::check)
                .doesNotThrowAnyException();
    }

    @Test
    void aFileInADirectoryStillToBeCreatedIsAccepted() {
        Path plots = dir.resolve("a/b");
        OutputPlan plan = new OutputPlan().directory("--plot", plots).file("--plot", plots.resolve("curves.svg"), "svg");
        assertThatCode(plan::check).doesNotThrowAnyException();
    }

    @Test
    void extensionsOfTheSameFormatAreAccepted() {
        OutputPlan plan = new OutputPlan().file("--dot", dir.resolve("g.gv"), "dot").file("--html", dir.resolve("p.HTM"), "html")
                .file("--png", dir.resolve("noextension"), "png").file("--svg", dir.resolve("g.svg.tmp2"), "svg");
        assertThatCode(plan::check).doesNotThrowAnyException();
    }

    /** Random sets of outputs: refused exactly when two of them resolve to one file, whatever the spelling. */
    @Test
    void twoOutputsAreTheSameFileExactlyWhenTheirPathsResolveToOne() throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir.resolve("sub"));
        String[] names = {"g.svg", "sub/g.svg", "sub/../g.svg", "./g.svg", "sub/./h.svg", "h.svg"};
        java.util.Random rng = new java.util.Random(11);
        for (int trial = 0; trial < 300; trial++) {
            OutputPlan plan = new OutputPlan();
            java.util.Set<Path> resolved = new java.util.HashSet<>();
            boolean clash = false;
            int count = 1 + rng.nextInt(4);
            for (int i = 0; i < count; i++) {
                Path p = dir.resolve(names[rng.nextInt(names.length)]);
                plan.file("--o" + i, p, "svg");
                clash |= !resolved.add(p.toAbsolutePath().normalize());
            }
            if (clash) {
                assertThatThrownBy(plan::check).hasMessageContaining("are the same file");
            } else {
                assertThatCode(plan::check).doesNotThrowAnyException();
            }
        }
    }
}
