package io.github.micrograd4j.lang;

import io.github.micrograd4j.core.AnomalyException;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.lang.text.LangText;

/**
 * A program that cannot be run: a syntax error (with the offending line and a caret under the
 * position) or a name error (one line naming the name). The message always says where.
 */
public final class ProgramException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int CONTEXT = 60;

    /** The 1-based line of the error, or 0 when it concerns the whole program. */
    private final int line;
    /** The 1-based column of the error, or 0 when it concerns the whole program. */
    private final int column;
    /** The offending line with a caret under the column, or {@code null} without a position. */
    private final String excerpt;
    /** The statement an anomaly appeared in, or {@code null} for other errors. */
    private final String statement;
    /** What is wrong, to tell in any language; {@code null} for a message given only in English. */
    private final transient Message message;

    ProgramException(Message message, int line, int column, String sourceLine) {
        super(positioned(Language.EN, line, column, message.in(Language.EN)));
        this.line = line;
        this.column = column;
        this.excerpt = sourceLine == null ? null : excerpt(sourceLine, column);
        this.statement = null;
        this.message = message;
    }

    /**
     * An error of the whole program or its run, told in every language: an unknown input, a check asked of a
     * program with no inputs.
     *
     * @param message what is wrong, naming the name at fault
     */
    public ProgramException(Message message) {
        this(message, 0, 0, null);
    }

    /** An anomaly in a statement: its message in English, the anomaly kept as the cause for other languages. */
    ProgramException(AnomalyException anomaly, String statement, int line, int column) {
        super("line " + line + ", column " + column + ": in statement '" + statement + "': " + anomaly.detail(),
                anomaly);
        this.line = line;
        this.column = column;
        this.excerpt = null;
        this.statement = statement;
        this.message = null;
    }

    /**
     * The statement an anomaly appeared in, when this error is one ({@link #getCause()} is then the
     * {@link AnomalyException}, whose {@link AnomalyException#detail(io.github.micrograd4j.core.text.Language)}
     * says it in other languages).
     *
     * @return the statement's name, or {@code null} when this error is not an anomaly
     */
    public String statement() {
        return statement;
    }

    /**
     * An error that concerns the whole program or its run, not one position: an unknown input, a
     * check asked of a program with no inputs, a program too large for what was asked.
     *
     * @param message what is wrong, naming the name or number at fault
     */
    public ProgramException(String message) {
        super(message);
        this.line = 0;
        this.column = 0;
        this.excerpt = null;
        this.statement = null;
        this.message = null;
    }

    /**
     * The 1-based line of the error, or 0 when it concerns the whole program.
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * The 1-based column of the error, or 0 when it concerns the whole program.
     *
     * @return the column
     */
    public int column() {
        return column;
    }

    /**
     * The message, and for a syntax error the line with a caret under the position.
     *
     * @return the text to show a user
     */
    public String describe() {
        return excerpt == null ? getMessage() : getMessage() + System.lineSeparator() + excerpt;
    }

    /**
     * What {@code micrograd grad} prints after {@code error: } in a language: {@link #message(Language)}, and for
     * a syntax error the line with the caret under the same position as in English.
     *
     * @param language the language
     * @return the text to show a user
     */
    public String describe(Language language) {
        String told = message(language);
        return excerpt == null ? told : told + System.lineSeparator() + excerpt;
    }

    /**
     * The one-line message in a language, its position first ({@code 第 1 行第 7 列：} for
     * {@code line 1, column 7: }): a syntax or name error, an anomaly with its statement, an error of the whole
     * run. The position, the names and the numbers are the same in every language; English is
     * {@link #getMessage()}.
     *
     * @param language the language
     * @return the message, without the excerpt
     */
    public String message(Language language) {
        if (statement != null && getCause() instanceof AnomalyException anomaly) {
            return LangText.AT_POSITION.format(language, line, column,
                    LangText.ANOMALY_IN_STATEMENT.format(language, statement, anomaly.detail(language)));
        }
        return message == null ? getMessage() : positioned(language, line, column, message.in(language));
    }

    /**
     * The offending line with a caret under the column, as {@link #describe()} shows it after the message.
     *
     * @return the two lines, or {@code null} for an error without a source line
     */
    public String excerpt() {
        return excerpt;
    }

    private static String positioned(Language language, int line, int column, String text) {
        return line > 0 ? LangText.AT_POSITION.format(language, line, column, text) : text;
    }

    /**
     * Whether a character can be echoed into a one-line message as it is: not a control, format,
     * separator (U+2028 breaks lines in some terminals), surrogate, private-use or unassigned one.
     */
    static boolean isPrintable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Shows at most a window of the line around the column, so a 10 MB line prints as one short line. */
    private static String excerpt(String sourceLine, int column) {
        int at = Math.max(0, Math.min(column - 1, sourceLine.length()));
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(sourceLine.length(), at + CONTEXT);
        StringBuilder shown = new StringBuilder();
        for (int i = from; i < to; i++) {
            char c = sourceLine.charAt(i);
            // one char per column keeps the caret aligned; a tab would move it, so it shows as '?' too
            shown.append(c == ' ' || isPrintable(c) ? c : '?');
        }
        String prefix = from > 0 ? "  ..." : "  ";
        String suffix = to < sourceLine.length() ? "..." : "";
        return prefix + shown + suffix + System.lineSeparator() + " ".repeat(prefix.length() + at - from) + "^";
    }
}
