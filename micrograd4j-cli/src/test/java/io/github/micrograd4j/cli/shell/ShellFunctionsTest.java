package io.github.micrograd4j.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.dot.DotExporter;
import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellFunctionsTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PrintStream standardOut;

    @BeforeEach
    void capture() {
        standardOut = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(standardOut);
    }

    @Test
    void drawWritesNumberedSvgFilesSoEachStepKeepsItsPicture(@TempDir Path dir) throws Exception {
        ShellFunctions.drawInto(dir.resolve("pictures").toString());
        WalkthroughExample w = WalkthroughExample.build();

        ShellFunctions.draw(w.L());
        w.L().backward();
        ShellFunctions.draw(w.L());

        Path before = dir.resolve("pictures/graph-1.svg");
        Path after = dir.resolve("pictures/graph-2.svg");
        assertThat(Files.readString(after)).contains("<svg").contains("grad 6.0000", "data -8.0000");
        assertThat(Files.readString(before)).contains("<svg").doesNotContain("grad 6.0000");
        assertThat(printed.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("wrote " + before.toAbsolutePath(), "wrote " + after.toAbsolutePath());
    }

    @Test
    void drawToAFileChoosesTheFormatByItsExtension(@TempDir Path dir) throws Exception {
        WalkthroughExample w = WalkthroughExample.build();
        w.L().backward();

        ShellFunctions.draw(w.L(), dir.resolve("g.dot").toString());
        ShellFunctions.draw(w.L(), dir.resolve("g.PNG").toString());

        assertThat(Files.readString(dir.resolve("g.dot"))).isEqualTo(DotExporter.toDot(w.L()));
        byte[] png = Files.readAllBytes(dir.resolve("g.PNG"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThatThrownBy(() -> ShellFunctions.draw(w.L(), dir.resolve("g.txt").toString()))
                .hasMessage("expected a file ending .svg, .png or .dot, got '" + dir.resolve("g.txt") + "'");
    }

    @Test
    void aGraphTooLargeToLayOutIsDrawnAsDot(@TempDir Path dir) throws Exception {
        ShellFunctions.drawInto(dir.toString());
        Value sum = new Value(0.0, "x");
        for (int i = 0; i < 1100; i++) {
            sum = sum.add(1.0);
        }

        ShellFunctions.draw(sum);

        assertThat(Files.readString(dir.resolve("graph-1.dot"))).startsWith("digraph {");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("graph-1.dot (Graphviz DOT: 2201 values");
    }

    @Test
    void aSharedInputChainTooLongToLayOutIsDrawnAsDot(@TempDir Path dir) throws Exception {
        ShellFunctions.drawInto(dir.toString());
        Value a = new Value(1.0001, "a");
        Value v = a.mul(a);
        for (int i = 2; i < 1000; i++) {
            v = v.mul(a);
        }

        ShellFunctions.draw(v);

        assertThat(Files.readString(dir.resolve("graph-1.dot"))).isEqualTo(DotExporter.toDot(v));
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("graph-1.dot (Graphviz DOT: 1000 values whose long edges make 997002 layer crossings");
    }

    @Test
    void explainPrintsOneChainRuleStepPerValue() {
        ShellFunctions.explain(WalkthroughExample.build().L());

        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).hasSize(7)
                .contains("dL/da = dL/de * de/da = -2.0000 * -3.0000 = 6.0000   because e = a * b, so de/da = b");
    }
}
