package io.github.micrograd4j.cli.text;

import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.MessageKey;

/**
 * The command line's messages. English in {@code CliEnglish}, Chinese in {@code CliChinese}; placeholders are
 * described per key. Option names, op symbols and commands inside a message are the same in every language.
 */
public enum CliText implements MessageKey {
    /** The demo's first line. */
    DEMO_TITLE,
    /** The heading of the forward pass. */
    DEMO_FORWARD,
    /** The heading of the backward pass. */
    DEMO_BACKWARD,
    /** The grads backward() gives: {0} each value's label and grad. */
    DEMO_SAME,
    /** The heading of the walkthrough's one-sided check. */
    DEMO_CHECK_WALKTHROUGH,
    /** The heading of the central-difference check. */
    DEMO_CHECK_CENTRAL,
    /** Before the picture files. */
    DEMO_WROTE_GRAPH,
    /** The DOT file: {0} its path. */
    DEMO_DOT,
    /** Before the page's address. */
    DEMO_WROTE_PAGE,
    /** The page's address: {0} the address. */
    DEMO_OPEN,
    /** A program to try. */
    DEMO_TRY,
    /** The training demo to try. */
    DEMO_TRAIN,
    /** A file written: {0} its path. */
    WROTE,
    /** Step pictures written: {0} how many, {1} the folder, {2} their names. */
    WROTE_STEPS,
    /** The page written: {0} its path. */
    WROTE_PAGE,
    /** A non-finite output: {0} its name, {1} its value. */
    OUTPUT_NOT_FINITE,
    /** A non-finite gradient: {0} the name, {1} the gradient. */
    GRAD_NOT_FINITE,
    /** The note pointing to --detect-anomaly: {0} what is not finite. */
    NOTE_DETECT_ANOMALY,
    /** The program given twice. */
    PROGRAM_TWICE,
    /** No program. */
    NO_PROGRAM,
    /** An unknown --format: {0} the format. */
    UNKNOWN_FORMAT,
    /** --format without --steps. */
    FORMAT_WITHOUT_STEPS,
    /** An unknown language: {0} where it was given (--lang, MICROGRAD_LANG), {1} the tag, {2} the choices. */
    UNKNOWN_LANGUAGE,
    /** A graph with too many values to draw: {0} its values, {1} the most drawn. */
    GRAPH_TOO_LARGE,
    /** A layout with too many layer crossings: {0} values, {1} crossings, {2} the most laid out. */
    LAYOUT_TOO_LARGE,
    /** An error line: {0} the message. */
    ERROR,
    /** A warning line: {0} the message. */
    WARNING,
    /** An unknown command: {0} the word, {1} the commands. */
    UNKNOWN_COMMAND,
    /** Suggestions: {0} the options, {1} the command. */
    DID_YOU_MEAN,
    /** Where the usage is: {0} the command. */
    SEE_HELP,
    /** picocli's unknown option: {0} the option(s) as picocli quotes them. */
    UNKNOWN_OPTION,
    /** picocli's missing value: {0} the option, {1} its parameter label. */
    MISSING_PARAMETER,
    /** picocli's invalid value: {0} the option, {1} why. */
    INVALID_VALUE,
    /** picocli's extra arguments: {0} the index, {1} the arguments. */
    EXTRA_ARGUMENTS;

    @Override
    public String in(Language language) {
        return switch (language) {
            case EN -> CliEnglish.text(this);
            case ZH -> CliChinese.text(this);
        };
    }
}
