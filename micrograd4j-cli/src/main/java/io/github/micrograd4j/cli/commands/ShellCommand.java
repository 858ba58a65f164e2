package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.cli.errors.UserErrorException;
import io.github.micrograd4j.cli.shell.BatchShell;
import io.github.micrograd4j.cli.shell.InteractiveShell;
import io.github.micrograd4j.cli.shell.ShellClassPath;
import io.github.micrograd4j.cli.shell.ShellStartup;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code micrograd shell}: JShell with micrograd4j loaded and the walkthrough's values defined. */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = {"Starts JShell with micrograd4j on the class path, its packages imported and the "
            + "walkthrough's values a b c e d f L defined (L = (a*b + c) * f).",
            "",
            "Type L.backward(), a.grad(), L, draw(L) (writes the graph to a new numbered file and prints "
                + "its path) or explain(L) (the chain-rule steps). /reset starts over; /exit leaves.",
            "",
            "With piped input (echo 'L.backward(); a.grad()' | micrograd shell) it runs the snippets and "
                + "prints each result as 'name ==> value'; the first snippet that fails stops it with exit code 2."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (or the code given to /exit)",
            "2:a piped snippet did not compile or threw; the error names its line"})
public final class ShellCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "shell",
            description = "Where draw(v) writes its files (default: ${DEFAULT-VALUE}).")
    private Path outDir;

    @ArgGroup(exclusive = true)
    private Mode mode;

    @Parameters(paramLabel = "JSHELL_OPTION", arity = "0..*",
            description = "Passed on to JShell in interactive mode (after --), e.g. -- --feedback concise")
    private List<String> jshellOptions = new ArrayList<>();

    /** Forces one mode; by default a terminal gets JShell and piped input the batch runner. */
    static final class Mode {
        @Option(names = "--interactive", description = "Run the JShell tool even when input is piped.")
        boolean interactive;

        @Option(names = "--batch", description = "Run snippets from standard input even on a terminal.")
        boolean batch;
    }

    @Override
    public Integer call() throws Exception {
        if (ModuleLayer.boot().findModule("jdk.jshell").isEmpty()) {
            throw new UserErrorException("the shell needs JShell, which comes with a JDK; the Java at "
                    + System.getProperty("java.home") + " has no jdk.jshell module (a JRE?)");
        }
        String classPath = ShellClassPath.micrograd4j();
        boolean interactive = mode != null ? mode.interactive : standardInputIsTerminal();
        if (!interactive) {
            if (!jshellOptions.isEmpty()) {
                throw new UserErrorException("JShell options (" + String.join(" ", jshellOptions)
                        + ") apply only to the interactive shell; add --interactive");
            }
            String input;
            try {
                input = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserErrorException("cannot read standard input: " + e.getMessage(), e);
            }
            PrintWriter out = spec.commandLine().getOut();
            try (BatchShell shell = new BatchShell(classPath, ShellStartup.snippets(outDir, false), out)) {
                return shell.run(input);
            } finally {
                out.flush();
            }
        }
        return InteractiveShell.run(classPath, ShellStartup.script(outDir, true), jshellOptions, null, null);
    }

    /**
     * Whether standard input is a terminal. {@link System#console()} answers that on Java 17 to 21;
     * from Java 22 it may return a console for redirected input too, and
     * {@code Console.isTerminal()} tells.
     */
    static boolean standardInputIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
