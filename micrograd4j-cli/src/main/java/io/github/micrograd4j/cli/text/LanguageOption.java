package io.github.micrograd4j.cli.text;

import io.github.micrograd4j.cli.errors.UserErrorException;
import io.github.micrograd4j.cli.errors.PrintableText;
import io.github.micrograd4j.cli.text.CliText;
import io.github.micrograd4j.core.text.Language;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/**
 * {@code --lang zh|en}, mixed into every command that explains, with {@code MICROGRAD_LANG} as its default
 * and English as the last resort. Only words change with the language: numbers, option names, op
 * symbols, JSON keys and exit codes are the same in every language. The engine knows no environment:
 * the variable is read here.
 */
public final class LanguageOption {
    /** The environment variable that sets the default language. */
    public static final String ENVIRONMENT_VARIABLE = "MICROGRAD_LANG";

    /** Where the environment is read from; tests put a map in its place. */
    static UnaryOperator<String> environment = System::getenv;

    @Option(names = "--lang", paramLabel = "LANG", description = "The language of the explanations: en or zh "
            + "(default: $" + ENVIRONMENT_VARIABLE + ", else en). Numbers, option names and JSON keys stay the same.")
    private String tag;

    /**
     * The language chosen: {@code --lang}, else {@code MICROGRAD_LANG}, else English.
     *
     * @return the language
     * @throws UserErrorException naming the option or the variable, for a tag that names no language
     */
    public Language language() {
        if (tag != null) {
            return parse("--lang", tag);
        }
        String fromEnvironment = environment.apply(ENVIRONMENT_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isBlank() ? Language.EN
                : parse(ENVIRONMENT_VARIABLE, fromEnvironment);
    }

    /**
     * The language a command line asks for, before picocli has parsed it (for its parse errors): the value
     * after the last {@code --lang}, else {@code MICROGRAD_LANG}, else English; English for a tag that names
     * no language, since that error is itself being reported.
     *
     * @param args the command line, or {@code null}
     * @return the language
     */
    public static Language of(String[] args) {
        String found = null;
        for (int i = 0; args != null && i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                found = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                found = args[i].substring("--lang=".length());
            } else if (args[i].equals("--")) {
                break;
            }
        }
        if (found == null) {
            found = environment.apply(ENVIRONMENT_VARIABLE);
        }
        try {
            return found == null || found.isBlank() ? Language.EN : Language.fromTag(found);
        } catch (IllegalArgumentException e) {
            return Language.EN;
        }
    }

    private static Language parse(String where, String value) {
        try {
            return Language.fromTag(value);
        } catch (IllegalArgumentException e) {
            throw new UserErrorException(CliText.UNKNOWN_LANGUAGE.format(Language.EN, where, PrintableText.printable(value),
                    Language.choices()), e);
        }
    }
}
