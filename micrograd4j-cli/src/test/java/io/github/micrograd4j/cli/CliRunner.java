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
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
