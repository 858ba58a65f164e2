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

/** The retries of a kernel that does not answer, with a stand-in for {@code jupyter} that hangs on purpose. */
@DisabledOnOs(OS.WINDOWS)
class JupyterRunnerTest {
    @TempDir
    Path dir;

    /**
     * A fake {@code jupyter nbconvert}: its first {@code hangs} runs fail as nbclient does when the kernel
     * never answers; then it "executes" by copying the notebook to the output (or fails with another error).
     */
    private Path fake(int hangs, boolean otherError) throws Exception {
        Path count = dir.resolve("count");
        Files.writeString(count, "0");
        String script = "#!/bin/sh\n"
                + "n=$(cat '" + count + "'); n=$((n + 1)); echo $n > '" + count + "'\n"
                + "if [ $n -le " + hangs + " ]; then echo \"RuntimeError: Kernel didn't respond in 45 seconds\"; exit 1; fi\n"
                + (otherError ? "echo 'CellExecutionError: boom'; exit 1\n" : "")
                // arguments: ... --output-dir DIR --output NAME NOTEBOOK
                + "while [ $# -gt 1 ]; do case $1 in --output-dir) d=$2;; --output) o=$2;; esac; shift; done\n"
                + "cp \"$1\" \"$d/$o\"\n";
        Path fake = dir.resolve("jupyter");
        Files.writeString(fake, script);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        return fake;
    }

    @Test
    void aKernelThatDoesNotAnswerIsStartedAgain() throws Exception {
        Path notebook = Files.writeString(dir.resolve("n.ipynb"), "{\"cells\": []}");
        Files.createDirectories(dir.resolve("out"));
        JupyterRunner runner = JupyterRunner.withExecutable(dir, fake(2, false).toString());
        JupyterRunner.Run run = runner.execute(notebook, dir.resolve("out").resolve("n.ipynb"));
        assertThat(run.attempts()).isEqualTo(3);
        assertThat(run.hungStarts()).hasSize(2);
        assertThat(Files.readString(run.notebook())).isEqualTo("{\"cells\": []}");
    }

    @Test
    void givesUpAfterTheLastAttemptAndFailsAtOnceOnAnyOtherError() throws Exception {
        Path notebook = Files.writeString(dir.resolve("n.ipynb"), "{}");
        Files.createDirectories(dir.resolve("out"));
        Path out = dir.resolve("out").resolve("n.ipynb");
        assertThatThrownBy(() -> JupyterRunner.withExecutable(dir, fake(JupyterRunner.ATTEMPTS, false).toString())
                .execute(notebook, out)).hasMessageContaining("did not start in " + JupyterRunner.ATTEMPTS + " attempts");
        assertThatThrownBy(() -> JupyterRunner.withExecutable(dir, fake(1, true).toString()).execute(notebook, out))
                .hasMessageContaining("CellExecutionError: boom");
        assertThat(Files.readString(dir.resolve("count")).strip()).isEqualTo("2");
    }
}
