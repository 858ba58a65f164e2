package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.cli.errors.UserErrorException;
import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.examples.Examples;
import io.github.micrograd4j.examples.Examples.Example;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code micrograd example}: lists the walkthrough's examples, or runs one. */
@Command(name = "example", mixinStandardHelpOptions = true,
        description = {"Lists the runnable examples, in the walkthrough's order, or runs one by number or name.",
            "",
            "Their sources are in examples/src/main/java/io/github/micrograd4j/examples/."})
public final class ExampleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "EXAMPLE",
            description = "The example's number as listed or name; none lists them.")
    private String which;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (which == null) {
            for (Example e : Examples.all()) {
                out.println(String.format(Numbers.LOCALE, "%2d  %-9s %s", e.number(), e.name(), e.title()));
            }
            out.println();
            out.println("Run one with: micrograd example NUMBER (or NAME)");
            out.flush();
            return 0;
        }
        Example example = Examples.find(which).orElseThrow(() -> new UserErrorException("no example '" + which
                + "'; the examples are " + Examples.all().stream().map(e -> e.number() + " " + e.name())
                .collect(Collectors.joining(", "))));
        out.flush();
        example.run();
        System.out.flush();
        return 0;
    }
}
