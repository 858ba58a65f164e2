package io.github.micrograd4j.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.micrograd4j.cli.CliRunner;
import io.github.micrograd4j.cli.CliRunner.Result;
import io.github.micrograd4j.core.Op;
import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradCommandTest {

    @Test
    void tableListsEveryLabelledValueWithOpDataAndGrad() {
        Result r = CliRunner.run("grad", WalkthroughExample.PROGRAM);
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).matches("label\\s+op\\s+data\\s+grad");
        assertThat(lines).hasSize(8);
        assertThat(lines.get(1)).matches("a\\s+2\\.0000\\s+6\\.0000");
        // program order (a b c e d f L), as the statements are written
        assertThat(lines.get(3)).matches("c\\s+10\\.0000\\s+-2\\.0000");
        assertThat(lines.get(4)).matches("e\\s+\\*\\s+-6\\.0000\\s+-2\\.0000");
        assertThat(lines.get(7)).matches("L\\s+\\*\\s+-8\\.0000\\s+1\\.0000");
    }

    @Test
    void jsonListsTheWholeGraphInTopologicalOrder() throws IOException {
        Result r = CliRunner.run("grad", "a = 2; L = a * 3 + a", "--json");
        assertThat(r.exitCode()).isZero();
        List<String> fields = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(r.out())) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME) {
                    fields.add(p.currentName());
                }
            }
        }
        assertThat(fields.subList(0, 4)).containsExactly("output", "data", "grad", "values");
        String compact = r.out().replaceAll("\\s+", "");
        assertThat(compact).startsWith("{\"output\":\"L\",\"data\":8.0,\"grad\":1.0,\"values\":[");
        assertThat(compact).contains("{\"id\":0,\"label\":\"a\",\"op\":\"\",\"data\":2.0,\"grad\":4.0,\"children\":[]}");
        assertThat(compact).contains("{\"id\":1,\"label\":\"\",\"op\":\"\",\"data\":3.0,\"grad\":2.0,\"children\":[]}");
        assertThat(compact).contains("{\"id\":2,\"label\":\"\",\"op\":\"*\",\"data\":6.0,\"grad\":1.0,\"children\":[0,1]}");
        assertThat(compact).contains("{\"id\":3,\"label\":\"L\",\"op\":\"+\",\"data\":8.0,\"grad\":1.0,\"children\":[2,0]}");
    }

    @Test
    void checkPassesWithExitZeroAndFailsWithExitOne() {
        Result ok = CliRunner.run("grad", "x = 0.3; y = 2; L = tanh(x * y) ** 2 + log(y) / sigmoid(x)", "--check");
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains("x ").contains("y ").contains("2 passed, 0 failed");

        Result kink = CliRunner.run("grad", "x = 0; L = relu(x)", "--check");
        assertThat(kink.exitCode()).isEqualTo(1);
        assertThat(kink.out()).contains("FAIL").contains("0 passed, 1 failed");

        Result json = CliRunner.run("grad", "x = 0; L = relu(x)", "--check", "--json");
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.out().replaceAll("\\s+", "")).contains("\"check\":{\"passed\":false");
    }

    @Test
    void checkWithoutInputsIsABadInput() {
        Result r = CliRunner.run("grad", "L = 2 * 3", "--check");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: --check needs at least one input: assign a number to a name, as in 'a = 2'"
                + System.lineSeparator());
    }

    @Test
    void dotFileIsWritten(@TempDir Path dir) throws IOException {
        Path dot = dir.resolve("g.dot");
        Result r = CliRunner.run("grad", WalkthroughExample.PROGRAM, "--dot", dot.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(Files.readString(dot)).startsWith("digraph {").contains("{ a | data 2.0000 | grad 6.0000 }");
        assertThat(r.out()).contains("wrote " + dot);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dot);
        }
    }

    @Test
    void programFromFileAndFromStandardInputName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("walk.mg");
        Files.writeString(file, WalkthroughExample.PROGRAM.replace("; ", "\n"));
        Result r = CliRunner.run("grad", "-f", file.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("-8.0000");
    }

    @Test
    void badInputsGiveAClearMessageAndExitTwo(@TempDir Path dir) throws IOException {
        assertBad(new String[] {"grad", "a = 2\nL = a * * b"},
                "error: line 2, column 9: expected a number, a name or '(' but found '*'", "  L = a * * b", "          ^");
        assertBad(new String[] {"grad", "a = 1; L = a + q"}, "error: line 1, column 16: unknown name 'q'");
        assertBad(new String[] {"grad", "L = a; a = 1"}, "error: line 1, column 5: name 'a' is used before it is assigned");
        assertBad(new String[] {"grad", "L = tan(1)"},
                "error: line 1, column 5: unknown function 'tan'; the functions are " + Op.functionNames());
        assertBad(new String[] {"grad", "# only a comment"},
                "error: line 1, column 17: the program has no statements: write at least one 'name = expression', for example 'L = 2 * 3'");
        assertBad(new String[] {"grad"},
                "error: no program: give one as an argument, e.g. 'a = 2; L = a * a', or with --file FILE");
        assertBad(new String[] {"grad", "L = 1", "-f", "x"},
                "error: give the program either as an argument or with --file, not both");
        Path missing = dir.resolve("missing.mg");
        assertBad(new String[] {"grad", "-f", missing.toString()}, "error: cannot read " + missing + ": no such file");
        assertBad(new String[] {"grad", "-f", dir.toString()}, "error: cannot read " + dir + ": it is a directory");
        Path latin1 = dir.resolve("latin1.mg");
        Files.write(latin1, new byte[] {'a', '=', '1', ';', '#', (byte) 0xE9});
        assertBad(new String[] {"grad", "-f", latin1.toString()}, "error: cannot read " + latin1 + ": it is not UTF-8 text");
        Path noDir = dir.resolve("no/such/dir/g.dot");
        assertBad(new String[] {"grad", "a = 1; L = a", "--dot", noDir.toString()},
                "error: cannot write " + noDir + ": directory " + noDir.getParent() + " does not exist");
        assertBad(new String[] {"grad", "a = 1; L = a", "--dot", dir.toString()},
                "error: cannot write " + dir + ": it is a directory");
    }

    private static void assertBad(String[] args, String... errLines) {
        Result r = CliRunner.run(args);
        assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(r.err().lines().toList()).as(String.join(" ", args)).containsExactly(errLines);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
        Result r = CliRunner.run("grad", "--frobnicate", "a = 1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void helpAndVersion() {
        assertThat(CliRunner.run("--help").out()).contains("demo").contains("grad");
        assertThat(CliRunner.run("grad", "--help").out()).contains("--json").contains("--dot").contains("--check");
        Result version = CliRunner.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("micrograd4j 0.1.0-SNAPSHOT");
    }
}
