package io.github.micrograd4j.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.cli.CliRunner;
import io.github.micrograd4j.cli.CliRunner.Result;
import io.github.micrograd4j.cli.errors.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JupyterCommandTest {
    @TempDir
    Path dir;

    @Test
    void installCopiesBothJarsAndWritesTheSpecUninstallRemovesIt() throws Exception {
        Path kernel = Files.writeString(dir.resolve("rapaio-jupyter-kernel-3.0.1.jar"), "kernel");
        Path cli = Files.writeString(dir.resolve("micrograd4j-cli-all.jar"), "cli");
        Path data = dir.resolve("data");

        Result installed = CliRunner.run("jupyter", "install", "--data-dir", data.toString(), "--kernel-jar",
                kernel.toString(), "--jar", cli.toString());
        assertThat(installed.exitCode()).as(installed.err()).isZero();
        Path spec = data.resolve("kernels").resolve("micrograd4j");
        assertThat(installed.out()).contains("installed the Jupyter kernel 'micrograd4j' (Java (micrograd4j)) in " + spec);
        assertThat(Files.readString(spec.resolve("lib").resolve("rapaio-jupyter-kernel-3.0.1.jar"))).isEqualTo("kernel");
        assertThat(Files.readString(spec.resolve("lib").resolve("micrograd4j-cli-all.jar"))).isEqualTo("cli");
        String json = Files.readString(spec.resolve("kernel.json"));
        assertThat(json).contains(spec.resolve("lib").resolve("rapaio-jupyter-kernel-3.0.1.jar").toString(),
                spec.resolve("lib").resolve("micrograd4j-cli-all.jar").toString(), "org.rapaio.jupyter.kernel.MainApp",
                "{connection_file}", "\"display_name\": \"Java (micrograd4j)\"");

        Result removed = CliRunner.run("jupyter", "uninstall", "--data-dir", data.toString());
        assertThat(removed.exitCode()).isZero();
        assertThat(removed.out()).contains("removed the Jupyter kernel 'micrograd4j' from " + spec);
        assertThat(spec).doesNotExist();
        Result again = CliRunner.run("jupyter", "uninstall", "--data-dir", data.toString());
        assertThat(again.out()).contains("nothing to remove");
    }

    @Test
    void aMissingJarOrBadNameIsOneLineAndExit2() throws Exception {
        Path cli = Files.writeString(dir.resolve("micrograd4j-cli-all.jar"), "cli");
        Result noKernel = CliRunner.run("jupyter", "install", "--data-dir", dir.toString(), "--jar", cli.toString());
        assertThat(noKernel.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noKernel.err()).contains("no rapaio-jupyter-kernel jar in " + dir.resolve("jupyter"));
        assertThat(noKernel.err().strip().lines()).hasSize(1);

        Result badName = CliRunner.run("jupyter", "install", "--data-dir", dir.toString(), "--jar", cli.toString(),
                "--kernel-jar", cli.toString(), "--name", "a/b");
        assertThat(badName.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badName.err()).contains("'a/b'");

        Result missing = CliRunner.run("jupyter", "install", "--data-dir", dir.toString(), "--jar",
                dir.resolve("nope.jar").toString(), "--kernel-jar", cli.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("no such jar: " + dir.resolve("nope.jar"));
    }
}
