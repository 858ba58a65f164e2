package io.github.micrograd4j.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.cli.CliRunner;
import io.github.micrograd4j.examples.Examples;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExampleCommandTest {

    /** The examples print to standard output, as a learner's own program would. */
    private static String printedBy(String... args) {
        PrintStream standardOut = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            CliRunner.Result result = CliRunner.run(args);
            assertThat(result.exitCode()).as(result.err()).isZero();
            return result.out() + bytes.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(standardOut);
        }
    }

    @Test
    void withoutAnArgumentItListsTheExamplesInOrder() {
        String out = printedBy("example");

        assertThat(out.lines().limit(Examples.all().size()))
                .allSatisfy(line -> assertThat(line).matches(" ?\\d+  \\w+ +.+"));
        assertThat(out).contains(" 5  neuron    a neuron: o = tanh(x1*w1 + x2*w2 + b)");
    }

    @Test
    void itRunsAnExampleByNumberOrName() {
        String byNumber = printedBy("example", "5");
        String byName = printedBy("example", "neuron");

        assertThat(byNumber).startsWith("o = tanh(n) = 0.7071").contains("do/dx1 = -1.5000");
        assertThat(byName).isEqualTo(byNumber);
    }

    @Test
    void anUnknownExampleIsABadInput() {
        CliRunner.Result result = CliRunner.run("example", "99");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: no example '99'; the examples are 1 value, 2 manual,");
    }
}
