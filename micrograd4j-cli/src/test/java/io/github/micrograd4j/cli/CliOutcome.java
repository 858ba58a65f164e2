package io.github.micrograd4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Runs the CLI in-process, as {@link Main#main} does but without exiting, and keeps what it printed.
 *
 * @param exitCode the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CliOutcome(int exitCode, String out, String err) {

    /** A reusable runner: one command line, its writers cleared before each run. */
    static final class Runner {
        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();
        private final CommandLine cl = Main.commandLine();

        Runner() {
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
        }

        CliOutcome run(String... args) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            int code = cl.execute(args);
            return new CliOutcome(code, out.toString(), err.toString());
        }
    }

    static CliOutcome run(String... args) {
        return new Runner().run(args);
    }
}
