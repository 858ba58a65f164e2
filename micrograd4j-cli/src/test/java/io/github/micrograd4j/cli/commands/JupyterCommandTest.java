package io.github.micrograd4j.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.cli.CliRunner;
import io.github.micrograd4j.cli.CliRunner.Result;
import io.github.micrograd4j.cli.errors.ExitCodes;
import io.github.micrograd4j.jupyter.KernelPatch;
import io.github.micrograd4j.jupyter.KernelSpec;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
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
        Path patch = spec.resolve("lib").resolve(KernelPatch.FILE_NAME);
        try (ZipFile jar = new ZipFile(patch.toFile())) {
            assertThat(jar.getEntry("org/rapaio/jupyter/kernel/channels/LoopThread.class")).isNotNull();
            assertThat(jar.getEntry("logging.properties")).isNotNull();
        }
        String json = Files.readString(spec.resolve("kernel.json"));
        // the corrected classes first, so the JVM takes them, not rapaio's
        assertThat(json).contains(String.join(File.pathSeparator, patch.toString(),
                spec.resolve("lib").resolve("rapaio-jupyter-kernel-3.0.1.jar").toString(),
                spec.resolve("lib").resolve("micrograd4j-cli-all.jar").toString()), "org.rapaio.jupyter.kernel.MainApp",
                "{connection_file}", "\"display_name\": \"Java (micrograd4j)\"");
        // the start-up script beside it gives every cell grad("""..."""): rapaio's kernel reads its path from the env
        Path startup = spec.resolve(KernelSpec.STARTUP_FILE);
        assertThat(Files.readString(startup)).isEqualTo("import static io.github.micrograd4j.jupyter.GradCell.grad;\n");
        assertThat(json).contains("\"env\": {\"RJK_INIT_SCRIPT\": \"" + startup + "\"}");
        assertThat(installed.out()).contains("grad(\"\"\"a = 2; b = -3; L = a*b\"\"\")");
        // a data dir of the test's own is not one Jupyter searches: install says how to make it
        assertThat(installed.out()).contains("Jupyter finds kernels in " + data.toAbsolutePath() + " only through "
                + "JUPYTER_PATH", "JUPYTER_PATH=", "jupyter kernelspec list", "import io.github.micrograd4j.core.*;");

        Result removed = CliRunner.run("jupyter", "uninstall", "--data-dir", data.toString());
        assertThat(removed.exitCode()).isZero();
        assertThat(removed.out()).contains("removed the Jupyter kernel 'micrograd4j' from " + spec);
        assertThat(spec).doesNotExist();
        Result again = CliRunner.run("jupyter", "uninstall", "--data-dir", data.toString());
        assertThat(again.out()).contains("nothing to remove");
    }

    @Test
    void jupyterPathCommandPutsTheDirFirstAndKeepsWhatIsThere() {
        Path d = Path.of("/tmp/it's here");
        assertThat(JupyterCommand.Install.jupyterPathCommand(d, null, "Linux"))
                .isEqualTo("export JUPYTER_PATH='/tmp/it'\\''s here'");
        assertThat(JupyterCommand.Install.jupyterPathCommand(d, "/a", "Linux"))
                .isEqualTo("export JUPYTER_PATH='/tmp/it'\\''s here':\"$JUPYTER_PATH\"");
        assertThat(JupyterCommand.Install.jupyterPathCommand(Path.of("C:/j"), "x", "Windows 11"))
                .isEqualTo("set JUPYTER_PATH=" + Path.of("C:/j") + ";%JUPYTER_PATH%");
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
