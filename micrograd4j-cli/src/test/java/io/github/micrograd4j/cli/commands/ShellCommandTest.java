package io.github.micrograd4j.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code echo ... | micrograd shell}, run as a separate process so standard input really is a pipe. */
class ShellCommandTest {

    record Run(int exit, String out, String err) {
    }

    static Run micrograd(Path workDir, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "io.github.micrograd4j.cli.Main"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectError(workDir.resolve("err.txt").toFile())
                .redirectOutput(workDir.resolve("out.txt").toFile()).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(process.exitValue(), Files.readString(workDir.resolve("out.txt")),
                Files.readString(workDir.resolve("err.txt")));
    }

    @Test
    void pipedSnippetsRunAndPrintTheirResults(@TempDir Path dir) throws Exception {
        Run run = micrograd(dir, "L.backward(); a.grad()\nb.grad()\nSystem.out.println(\"f \" + f.grad());\n"
                + "draw(L)\n", "shell");

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        Path drawing = dir.resolve("shell/graph-1.svg").toRealPath();
        assertThat(run.out().lines()).containsExactly("$1 ==> 6.0", "$2 ==> -4.0", "f 4.0", "wrote " + drawing);
        assertThat(Files.readString(drawing)).contains("<svg").contains("grad 6.0000");
    }

    @Test
    void aFailingSnippetGivesExitCode2AndNamesItsLine(@TempDir Path dir) throws Exception {
        Run run = micrograd(dir, "L.backward()\nL.nope()\n", "shell");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: line 2, column 1: cannot find symbol (symbol: method nope(), "
                + "location: variable L of type io.github.micrograd4j.core.Value)" + System.lineSeparator()
                + "  L.nope()");
    }

    @Test
    void jshellOptionsNeedTheInteractiveShell(@TempDir Path dir) throws Exception {
        Run run = micrograd(dir, "", "shell", "--", "--feedback", "concise");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: JShell options (--feedback concise) apply only to the interactive "
                + "shell; add --interactive" + System.lineSeparator());
    }
}
