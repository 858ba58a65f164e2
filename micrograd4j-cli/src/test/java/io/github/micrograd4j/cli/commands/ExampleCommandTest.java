package io.github.micrograd4j.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.examples.Examples;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleCommandTest {

    @Test
    void withoutAnArgumentItListsTheExamplesInOrder(@TempDir Path dir) throws Exception {
        ShellCommandTest.Run run = ShellCommandTest.micrograd(dir, "", "example");

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().limit(Examples.all().size()))
                .allSatisfy(line -> assertThat(line).matches(" ?\\d+  \\w+ +.+"));
        assertThat(run.out()).contains(" 5  neuron    a neuron: o = tanh(x1*w1 + x2*w2 + b)");
    }

    @Test
    void itRunsAnExampleByNumberOrName(@TempDir Path dir) throws Exception {
        ShellCommandTest.Run byNumber = ShellCommandTest.micrograd(dir, "", "example", "5");
        ShellCommandTest.Run byName = ShellCommandTest.micrograd(dir, "", "example", "neuron");

        assertThat(byNumber.exit()).isZero();
        assertThat(byNumber.out()).startsWith("o = tanh(n) = 0.7071").contains("do/dx1 = -1.5000");
        assertThat(byName.out()).isEqualTo(byNumber.out());
    }

    @Test
    void anUnknownExampleIsABadInput(@TempDir Path dir) throws Exception {
        ShellCommandTest.Run run = ShellCommandTest.micrograd(dir, "", "example", "9");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: no example '9'; the examples are 1 value, 2 manual,");
    }
}
