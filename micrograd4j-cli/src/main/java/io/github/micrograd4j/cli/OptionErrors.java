package io.github.micrograd4j.cli;

import io.github.micrograd4j.cli.text.LanguageOption;
import io.github.micrograd4j.cli.errors.PrintableText;
import io.github.micrograd4j.cli.errors.ExitCodes;

import java.io.PrintWriter;
import io.github.micrograd4j.cli.text.CliText;
import io.github.micrograd4j.core.text.Language;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        Language language = LanguageOption.of(args);
        if (e instanceof UnmatchedArgumentException u && cl.getParent() == null && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().get(0).startsWith("-")) {
            // the first word is not a command: say so, rather than "unexpected extra argument at index 0"
            err.println(CliText.ERROR.format(language, CliText.UNKNOWN_COMMAND.format(language,
                    PrintableText.printable(u.getUnmatched().get(0)), String.join(", ", cl.getSubcommands().keySet()))));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        err.println(CliText.ERROR.format(language, PrintableText.printable(reason(e.getMessage(), language))));
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
                err.println(CliText.DID_YOU_MEAN.format(language,
                        String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size()))),
                        cl.getCommandSpec().qualifiedName()));
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
        }
        err.println(CliText.SEE_HELP.format(language, cl.getCommandSpec().qualifiedName()));
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
     * {@link #reason(String)} in a language: picocli's common messages (an unknown option, a missing or an
     * invalid value, extra arguments) said in it, with the options and values quoted as they were; any other
     * message as picocli wrote it.
     */
    static String reason(String message, Language language) {
        String text = reason(message);
        if (language == Language.EN) {
            return text;
        }
        Matcher m = UNKNOWN_OPTION.matcher(text);
        if (m.matches()) {
            return CliText.UNKNOWN_OPTION.format(language, m.group(1));
        }
        m = MISSING_PARAMETER.matcher(text);
        if (m.matches()) {
            return CliText.MISSING_PARAMETER.format(language, m.group(1), m.group(2));
        }
        m = INVALID_VALUE.matcher(text);
        if (m.matches()) {
            return CliText.INVALID_VALUE.format(language, m.group(1), m.group(2));
        }
        m = EXTRA_ARGUMENTS.matcher(text);
        if (m.matches()) {
            return CliText.EXTRA_ARGUMENTS.format(language, m.group(1), m.group(2));
        }
        return text;
    }

    private static final Pattern UNKNOWN_OPTION = Pattern.compile("Unknown options?: (.*)");
    private static final Pattern MISSING_PARAMETER =
            Pattern.compile("Missing required parameter for option '([^']*)' \\((.*)\\)");
    private static final Pattern INVALID_VALUE = Pattern.compile("Invalid value for option '([^']*)': (.*)");
    private static final Pattern EXTRA_ARGUMENTS = Pattern.compile("unexpected extra arguments? (?:at|from) index (\\d+): (.*)");

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
