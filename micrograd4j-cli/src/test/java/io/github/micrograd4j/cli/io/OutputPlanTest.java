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
}
