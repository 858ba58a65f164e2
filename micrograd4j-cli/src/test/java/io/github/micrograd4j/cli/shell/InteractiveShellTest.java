package io.github.micrograd4j.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InteractiveShellTest {

    /** JShell's default execution: the snippets run in a JVM it launches with the class path given. */
    @Test
    void theJShellToolStartsWithTheWalkthroughDefined(@TempDir Path dir) throws Exception {
        String classPath = ShellClassPath.micrograd4j();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String input = "L.backward()\na.grad()\n/vars\ndraw(L)\n/exit 4\n";

        int exit = InteractiveShell.run(classPath, ShellStartup.script(dir, true), List.of(),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        String transcript = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(4);
        assertThat(transcript).contains("==> 6.0", "Value L = Value(data=-8.0, grad=1.0, label=L)", ShellStartup.WELCOME)
                .doesNotContain("Error", "Exception");
        // draw runs in JShell's own JVM, which must find the pictures' libraries (ELK) on the class path
        assertThat(dir.resolve("graph-1.svg")).content().contains("grad 6.0000");
    }

    /** The snippets' JVM runs with the loop options, as the launcher's shell JVM does. */
    @Test
    void theSnippetsJvmGetsTheLoopOptions(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String input = "String.join(\" \", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())\n"
                + "/exit\n";

        InteractiveShell.run(ShellClassPath.micrograd4j(), ShellStartup.script(dir, true), List.of(),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        String arguments = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("==>")).findFirst()
                .orElseThrow();
        assertThat(arguments).contains(io.github.micrograd4j.core.LoopJvmOptions.list());
    }
}
