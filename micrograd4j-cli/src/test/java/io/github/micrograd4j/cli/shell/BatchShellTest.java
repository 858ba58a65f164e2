package io.github.micrograd4j.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.cli.errors.UserErrorException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchShellTest {
    private static final String CLASS_PATH = ShellClassPath.micrograd4j();

    @TempDir
    static Path drawings;

    private static StringWriter results;
    private static BatchShell shell;

    @BeforeAll
    static void startShell() {
        results = new StringWriter();
        shell = new BatchShell(CLASS_PATH, ShellStartup.snippets(drawings, false), new PrintWriter(results, true));
    }

    @AfterAll
    static void stopShell() {
        shell.close();
    }

    @BeforeEach
    void freshValuesAndOutput() {
        shell.run("walkthrough = WalkthroughExample.build(); a = walkthrough.a(); b = walkthrough.b(); "
                + "c = walkthrough.c(); e = walkthrough.e(); d = walkthrough.d(); f = walkthrough.f(); "
                + "L = walkthrough.L();");
        results.getBuffer().setLength(0);
    }

    @Test
    void theWalkthroughValuesAreDefinedAndBackpropagateToTheWalkthroughsGradients() {
        shell.run("L.backward(); double ga = a.grad(); double gb = b.grad(); double gf = f.grad();\nL\n");

        assertThat(results.toString().lines()).containsExactly("ga ==> 6.0", "gb ==> -4.0", "gf ==> 4.0",
                "L ==> Value(data=-8.0, grad=1.0, label=L)");
    }

    @Test
    void aSnippetMaySpanLinesAndSeveralMaySitOnOneLine() {
        shell.run("double twice(Value v) {\n  return 2 * v.data();\n}\nint i = 1; int j = i + 1; twice(c)\n");

        assertThat(results.toString().lines()).hasSize(3).startsWith("i ==> 1", "j ==> 2")
                .last().asString().endsWith(" ==> 20.0");
    }

    @Test
    void aCompileErrorNamesItsLineAndColumnAndShowsTheLine() {
        assertThatThrownBy(() -> shell.run("L.backward()\n\ndouble x = a.grad();\n  int z = \"s\";\nx\n"))
                .isInstanceOf(UserErrorException.class)
                .hasMessageStartingWith("line 4, column 11: incompatible types")
                .hasMessageContaining("int z = \"s\";")
                .hasMessageEndingWith("          ^^^");
        assertThat(results.toString().lines()).as("stops at the error").containsExactly("x ==> 6.0");
    }

    @Test
    void anExceptionNamesItsLineAndClass() {
        assertThatThrownBy(() -> shell.run("a.child(0)\n"))
                .isInstanceOf(UserErrorException.class)
                .hasMessageStartingWith("line 1: java.lang.IndexOutOfBoundsException");
    }

    @Test
    void inputEndingInsideASnippetIsAnError() {
        assertThatThrownBy(() -> shell.run("L\nvoid g() {\n  int x = 1;\n"))
                .isInstanceOf(UserErrorException.class)
                .hasMessage("line 2: the input ends inside an unfinished snippet: void g() {");
    }

    @Test
    void exitStopsWithItsCodeAndOtherCommandsAreRefused() {
        assertThat(shell.run("int x = 1;\n/exit 3\nint y = 2;\n")).isEqualTo(3);
        assertThat(results.toString().lines()).containsExactly("x ==> 1");
        assertThat(shell.run("/exit")).isZero();

        assertThatThrownBy(() -> shell.run("\n/vars\n"))
                .isInstanceOf(UserErrorException.class)
                .hasMessageStartingWith("line 2: the JShell command /vars works only in the interactive shell");
        assertThatThrownBy(() -> shell.run("/exit x"))
                .hasMessage("line 1: /exit takes an integer exit code, got 'x'");
    }

    @Test
    void everyApiPackageIsImported() {
        shell.run("String modules = List.of(GradientCheck.class, DotExporter.class, BackpropExplainer.class, "
                + "Tape.class, MLP.class, Datasets.class, Losses.class, Sgd.class, Trainer.class, Examples.class).stream()"
                + ".map(k -> k.getSimpleName()).collect(Collectors.joining(\" \"));");
        assertThat(results.toString().lines()).containsExactly("modules ==> \"GradientCheck DotExporter "
                + "BackpropExplainer Tape MLP Datasets Losses Sgd Trainer Examples\"");
    }

    @Test
    void commentsAreNotCommands() {
        assertThat(shell.run("// a comment\n/* another */ int k = 7;\n")).isZero();
        assertThat(results.toString().lines()).containsExactly("k ==> 7");
    }
}
