package io.github.micrograd4j.cli;

import io.github.micrograd4j.cli.errors.ExitCodes;

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
            // the nearest by edit distance first (picocli's own, prefix-based, offers --seed for --setps)
            List<String> suggestions = new java.util.ArrayList<>(unmatched.getUnmatched().isEmpty() ? List.of()
                    : closeOptions(unmatched.getUnmatched().get(0), cl));
            for (String s : unmatched.getSuggestions()) {
                if (!suggestions.contains(s)) {
                    suggestions.add(s);
                }
            }
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

    /**
     * The options within two edits (a letter added, dropped, changed or two swapped) of a mistyped
     * one, for what picocli's prefix-based suggestions miss ({@code --sgv} for {@code --svg}).
     */
    static List<String> closeOptions(String typed, CommandLine cl) {
        if (!typed.startsWith("-")) {
            return List.of();
        }
        String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
        java.util.Map<String, Integer> close = new java.util.HashMap<>();
        for (CommandLine.Model.OptionSpec option : cl.getCommandSpec().options()) {
            for (String candidate : option.names()) {
                int d = distance(name, candidate);
                if (candidate.length() > 2 && d <= 2) {
                    close.merge(option.longestName(), d, Math::min);
                }
            }
        }
        return close.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(java.util.Map.Entry.comparingByKey())).map(java.util.Map.Entry::getKey).toList();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
