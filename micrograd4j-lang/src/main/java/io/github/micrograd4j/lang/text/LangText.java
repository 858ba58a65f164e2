package io.github.micrograd4j.lang.text;

import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.MessageKey;

/**
 * The language module's own words: the headings of {@code grad}'s table, the frame of a positioned error and the
 * language's own errors (syntax, names, arity), so that the labs show them in the learner's language.
 * Every place that shows a program's run (the command line, the notebook cells) takes them from here. English in
 * {@code LangEnglish}, Chinese in {@code LangChinese}.
 */
public enum LangText implements MessageKey {
    /** The table's name column. */
    GRAD_LABEL,
    /** The table's op column. */
    GRAD_OP,
    /** The table's data column. */
    GRAD_DATA,
    /** The table's grad column. */
    GRAD_GRAD,
    /** An anomaly in a statement: {0} the statement's name, {1} the anomaly. */
    ANOMALY_IN_STATEMENT,
    /** A position in the program: {0} line, {1} column, {2} the message. */
    AT_POSITION,

    // ------------------------------------------------------------ the language's errors
    /** A character the language does not know: {0} the character and its code point. */
    UNEXPECTED_CHARACTER,
    /** A number whose exponent has no digits: {0} the number so far. */
    EXPONENT_WITHOUT_DIGITS,
    /** A letter right after a number: {0} the letter. */
    LETTER_AFTER_DIGITS,
    /** A program without statements. */
    NO_STATEMENTS,
    /** A call of a function the language lacks: {0} its name, {1} the functions. */
    UNKNOWN_FUNCTION,
    /** No statement where one should start: {0} what was found. */
    EXPECTED_STATEMENT,
    /** No '=' after a statement's name: {0} the name, {1} what was found. */
    EXPECTED_ASSIGN,
    /** No operand where one is needed: {0} what was found. */
    EXPECTED_OPERAND,
    /** A ')' without its '('. */
    UNMATCHED_CLOSE,
    /** A comma outside a call. */
    COMMA_OUTSIDE_CALL,
    /** A '(' without its ')'. */
    NEVER_CLOSED,
    /** An assignment inside an expression: {0} its operator. */
    ASSIGN_INSIDE,
    /** No operator where one is needed: {0} what was found. */
    EXPECTED_OPERATOR,
    /** A name used before its statement: {0} the name. */
    USED_BEFORE_ASSIGNED,
    /** A name never assigned: {0} the name. */
    UNKNOWN_NAME,
    /** A number beyond a double: {0} the number, shortened. */
    NUMBER_TOO_LARGE,
    /** A one-argument function called with another count: {0} the function, {1} the count given. */
    ARITY_ONE,
    /** A function of several arguments called with another count: {0} the function, {1} its arity, {2} the count given. */
    ARITY,
    /** What was found: the end of a line. */
    FOUND_LINE_END,
    /** What was found: the end of the program. */
    FOUND_PROGRAM_END,
    /** What was found: a token, {0} its text. */
    FOUND_TOKEN,
    /** An input the program does not have: {0} the name, {1} the inputs. */
    NO_SUCH_INPUT,
    /** A gradient check asked of a program without inputs. */
    CHECK_NEEDS_INPUT;

    @Override
    public String in(Language language) {
        return switch (language) {
            case EN -> LangEnglish.text(this);
            case ZH -> LangChinese.text(this);
        };
    }
}
