package io.github.micrograd4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the CLI in-process with captured output, as a user's shell would see it. */
public final class CliRunner {
    private CliRunner() {
    }

    /**
     * What one run printed and returned.
     *
     * @param exitCode the exit code
     * @param out standard output
     * @param err standard error
     */
    public record Result(int exitCode, String out, String err) {
    }

    /**
     * Runs {@code micrograd args...}.
     *
     * @param args the arguments
     * @return what it printed and its exit code
     */
    public static Result run(String... args) {
        return new Reusable(Main.commandLine(args)).run(args);
    }

    /**
     * One command line run many times, its writers cleared before each run: for fuzz tests that run
     * the CLI a hundred thousand times (picocli rebuilds its model for every new command line).
     */
    public static final class Reusable {
        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();
        private final CommandLine cl;

        /** A new command line with every command and captured output. */
        public Reusable() {
            this(Main.commandLine());
        }

        /** The command line {@code main} would build for one run (only the command it names), with captured output. */
        private Reusable(CommandLine cl) {
            this.cl = cl;
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
        }

        /**
         * Runs {@code micrograd args...}.
         *
         * @param args the arguments
         * @return what it printed and its exit code
         */
        public Result run(String... args) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            int code = cl.execute(args);
            return new Result(code, out.toString(), err.toString());
        }
    }
}
