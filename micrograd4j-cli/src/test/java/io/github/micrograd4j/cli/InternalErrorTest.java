package io.github.micrograd4j.cli;

import io.github.micrograd4j.cli.errors.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Exit code 70: a bug (an exception no command expects) is one line asking for a report, with no stack
 * trace, through the same handler {@link Main#commandLine()} installs for every command.
 */
class InternalErrorTest {

    /** A command with a planted bug. */
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("planted bug\nsecond line");
        }
    }

    @Test
    void anUnexpectedExceptionIsOneLineAskingForAReportAndExitCode70() {
        Assumptions.assumeTrue(System.getenv("MICROGRAD_DEBUG") == null, "MICROGRAD_DEBUG prints the stack trace");
        CommandLine cl = Main.commandLine();
        cl.addSubcommand("boom", new Boom());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("boom");
        assertThat(code).isEqualTo(70).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(out.toString()).isEmpty();
        String text = err.toString();
        assertThat(text).endsWith("\n");
        assertThat(text.strip()).doesNotContain("\n").doesNotContain("\tat ").doesNotContain("Boom.call")
                .startsWith("internal error: java.lang.IllegalStateException: planted bug")
                .endsWith("(a bug in micrograd4j; please report it with the command you ran)");
    }
}
