package io.github.micrograd4j.cli;

import io.github.micrograd4j.cli.text.LanguageOption;
import io.github.micrograd4j.cli.errors.PrintableText;
import io.github.micrograd4j.cli.errors.ExitCodes;

import io.github.micrograd4j.cli.errors.UserErrorException;

import io.github.micrograd4j.cli.io.OutputException;
import io.github.micrograd4j.lang.ProgramException;
import io.github.micrograd4j.nn.run.RunTooLargeException;
import io.github.micrograd4j.cli.text.CliText;
import io.github.micrograd4j.core.text.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code micrograd}: the command line of micrograd4j. */
@Command(name = "micrograd", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "See, check and run backpropagation: scalar reverse-mode autodiff after Karpathy's micrograd.")
public final class Main implements Runnable {

    @Spec
    private CommandSpec spec;

    /**
     * Runs the CLI and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        int code;
        try {
            code = commandLine(args).execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("error: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MiB heap): the graph is too large for this heap; raise it with JAVA_OPTS=-Xmx8g, "
                    + "or make the graph smaller");
            code = ExitCodes.OUT_OF_MEMORY;
        } catch (StackOverflowError e) {
            System.err.println("internal error: stack overflow (a bug in micrograd4j; please report it with the "
                    + "command you ran)");
            code = ExitCodes.INTERNAL_ERROR;
        }
        System.exit(code);
    }

    /**
     * The configured command line with every command, for tests, which set its out and err writers.
     *
     * @return a new command line
     */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The configured command line for running {@code args}: with only the command they name when they
     * start with one (picocli's model of the others is never built, which is most of the start-up
     * time), with every command's {@linkplain Subcommands#summary summary} when they only ask for the
     * top-level usage, else with every command.
     *
     * @param args the command line it will run, or {@code null} for every command
     * @return a new command line
     */
    public static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        boolean summaries = Subcommands.summaryOnly(args);
        for (String name : Subcommands.needed(args)) {
            cl.addSubcommand(name, summaries ? Subcommands.summary(name) : Subcommands.ALL.get(name));
            if (!summaries) {
                // picocli applies @Command(modelTransformer) only to a hierarchy built at once, not to a command added later
                CommandSpec sub = cl.getSubcommands().get(name).getCommandSpec();
                if (sub.modelTransformer() != null) {
                    sub.modelTransformer().transform(sub);
                }
            }
        }
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setParameterExceptionHandler(OptionErrors::handle);
        CommandLine predict = cl.getSubcommands().get("predict");
        if (predict != null) {
            // predict's points may start with '-' (-0.5,0.9); it reports real unknown options itself
            predict.setUnmatchedOptionsArePositionalParams(true);
        }
        return cl;
    }

    /** With no command, show what there is. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Turns every failure into a readable message and an exit code; never a stack trace. */
    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        Language language = LanguageOption.of(parsed == null ? null : parsed.originalArgs().toArray(new String[0]));
        if (e instanceof ProgramException pe) {
            err.println(CliText.ERROR.format(language, PrintableText.printable(pe.describe(language))));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof UserErrorException || e instanceof OutputException || e instanceof RunTooLargeException) {
            err.println(CliText.ERROR.format(language, PrintableText.printable(e.getMessage())));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        // one line whatever the exception's message holds: its line breaks become spaces
        String what = PrintableText.printable(String.valueOf(e)).replaceAll("\\R", " ");
        err.println("internal error: " + what + " (a bug in micrograd4j; please report it with the command you ran)");
        if (System.getenv("MICROGRAD_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/micrograd4j-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"micrograd4j " + p.getProperty("version", "(unknown version)"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
