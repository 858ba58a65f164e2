package io.github.micrograd4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The archive's training run: its command lines must work, or their classes stay out of the archive. */
class CdsTrainingTest {

    @Test
    void everyTrainingCommandThatShouldSucceedDoes(@TempDir Path dir) {
        List<String[]> lines = CdsTraining.commands(dir);
        for (String[] line : lines) {
            CommandLine cl = Main.commandLine(line);
            StringWriter err = new StringWriter();
            cl.setOut(new PrintWriter(new StringWriter(), true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(line);
            boolean meantToFail = line[0].equals("grad") && (line[1].equals("--nope") || line[1].contains("b = c"));
            assertThat(code).as(String.join(" ", line) + "\n" + err).isEqualTo(meantToFail ? 2 : 0);
        }
        assertThat(dir.resolve("g.svg")).isRegularFile();
        assertThat(dir.resolve("m.json")).isRegularFile();
        assertThat(dir.resolve("demo").resolve("walkthrough.html")).isRegularFile();
    }
}
