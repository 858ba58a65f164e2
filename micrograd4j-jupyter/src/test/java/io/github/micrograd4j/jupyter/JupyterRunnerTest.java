package io.github.micrograd4j.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the runner reports what nbconvert reports, with a stand-in for {@code jupyter}: a kernel that does not answer
 * fails the test at once (no second start: the kernel's start-up is fixed, so a hang is a fault to see).
 */
@DisabledOnOs(OS.WINDOWS)
class JupyterRunnerTest {
    @TempDir
    Path dir;

    /**
     * A fake {@code jupyter nbconvert} that prints {@code failure} and exits 1, or, given null, "executes" by copying
     * the notebook to the output; it counts its runs.
     */
    private Path fake(String failure) throws Exception {
        Path count = dir.resolve("count");
        Files.writeString(count, "0");
        String script = "#!/bin/sh\n"
                + "n=$(cat '" + count + "'); n=$((n + 1)); echo $n > '" + count + "'\n"
                + (failure != null ? "echo \"" + failure + "\"; exit 1\n" : "")
                // arguments: ... --output-dir DIR --output NAME NOTEBOOK
                + "while [ $# -gt 1 ]; do case $1 in --output-dir) d=$2;; --output) o=$2;; esac; shift; done\n"
                + "cp \"$1\" \"$d/$o\"\n";
        Path fake = dir.resolve("jupyter");
        Files.writeString(fake, script);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        return fake;
    }

    private Path notebook() throws Exception {
        Files.createDirectories(dir.resolve("out"));
        return Files.writeString(dir.resolve("n.ipynb"), "{\"cells\": []}");
    }

    @Test
    void anExecutedNotebookIsReturned() throws Exception {
        Path out = JupyterRunner.withExecutable(dir, fake(null).toString()).execute(notebook(), dir.resolve("out/n.ipynb"));
        assertThat(Files.readString(out)).isEqualTo("{\"cells\": []}");
    }

    @Test
    void aKernelThatDoesNotAnswerFailsOnItsFirstStart() throws Exception {
        Path notebook = notebook();
        JupyterRunner runner = JupyterRunner.withExecutable(dir,
                fake("RuntimeError: Kernel didn't respond in 20 seconds").toString());
        assertThatThrownBy(() -> runner.execute(notebook, dir.resolve("out/n.ipynb")))
                .hasMessageContaining("the kernel did not answer kernel_info within "
                        + JupyterRunner.STARTUP_TIMEOUT_SECONDS + " s")
                .hasMessageContaining("Kernel didn't respond in 20 seconds");
        assertThat(Files.readString(dir.resolve("count")).strip()).isEqualTo("1");
    }

    @Test
    void anyOtherErrorFailsWithNbconvertsOutput() throws Exception {
        Path notebook = notebook();
        JupyterRunner runner = JupyterRunner.withExecutable(dir, fake("CellExecutionError: boom").toString());
        assertThatThrownBy(() -> runner.execute(notebook, dir.resolve("out/n.ipynb")))
                .hasMessageContaining("failed (exit 1)").hasMessageContaining("CellExecutionError: boom");
        assertThat(Files.readString(dir.resolve("count")).strip()).isEqualTo("1");
    }
}
