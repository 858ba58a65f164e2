package io.github.micrograd4j.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command line picocli cannot parse (an unknown option, a missing or malformed value, an
 * extra argument) in one or two lines naming the option and the value, instead of picocli's default
 * of the error followed by the whole usage (43-73 lines, which push the error itself off screen).
 */
final class OptionErrors {
    private OptionErrors() {
    }

    /**
     * Prints {@code error: ...}, picocli's suggestions if it has any, and where the usage is; exit 2.
     *
     * @param e the parse error
     * @param args the command line
     * @return {@link ExitCodes#BAD_INPUT}
     */
    static int handle(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        if (e instanceof UnmatchedArgumentException u && cl.getParent() == null && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().get(0).startsWith("-")) {
            // the first word is not a command: say so, rather than "unexpected extra argument at index 0"
            err.println("error: unknown command '" + Messages.printable(u.getUnmatched().get(0)) + "'; the commands are "
                    + String.join(", ", cl.getSubcommands().keySet()) + " (see 'micrograd --help')");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        err.println("error: " + Messages.printable(reason(e.getMessage())));
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                err.println("did you mean " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size())))
                        + "? (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
        }
        err.println("see '" + cl.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /**
     * picocli's message with its Java type names ("is not an int") said as a reader would: what kind
     * of number, and for a whole number its range, since 99999999999 is a number, just too large.
     */
    static String reason(String message) {
        String text = message == null ? "(no message)" : message.lines().findFirst().orElse("");
        return text.replace("is not an int", "is not a whole number from -2147483648 to 2147483647")
                .replace("is not a long", "is not a whole number from -9223372036854775808 to 9223372036854775807")
                .replace("is not a double", "is not a number")
                .replace("Unmatched argument at index", "unexpected extra argument at index")
                .replace("Unmatched arguments from index", "unexpected extra arguments from index");
    }
}
