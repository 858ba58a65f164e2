package io.github.micrograd4j.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.dot.DotExporter;
import io.github.micrograd4j.core.examples.WalkthroughExample;
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
    void drawWritesNumberedFilesSoEachStepKeepsItsPicture(@TempDir Path dir) throws Exception {
        ShellFunctions.drawInto(dir.resolve("pictures").toString());
        WalkthroughExample w = WalkthroughExample.build();

        ShellFunctions.draw(w.L());
        w.L().backward();
        ShellFunctions.draw(w.L());

        Path before = dir.resolve("pictures/graph-1.dot");
        Path after = dir.resolve("pictures/graph-2.dot");
        assertThat(Files.readString(after)).isEqualTo(DotExporter.toDot(w.L())).contains("grad 6.0000");
        assertThat(Files.readString(before)).doesNotContain("grad 6.0000");
        assertThat(printed.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("wrote " + before.toAbsolutePath(), "wrote " + after.toAbsolutePath());
    }

    @Test
    void explainPrintsOneChainRuleStepPerValue() {
        ShellFunctions.explain(WalkthroughExample.build().L());

        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).hasSize(7)
                .contains("dL/da = dL/de * de/da = -2.0000 * -3.0000 = 6.0000   because e = a * b, so de/da = b");
    }
}
