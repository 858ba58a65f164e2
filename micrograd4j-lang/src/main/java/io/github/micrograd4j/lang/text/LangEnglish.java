package io.github.micrograd4j.lang.text;

/** The language module's words in English. */
final class LangEnglish {
    private LangEnglish() {
    }

    static String text(LangText key) {
        return switch (key) {
            case GRAD_LABEL -> "label";
            case GRAD_OP -> "op";
            case GRAD_DATA -> "data";
            case GRAD_GRAD -> "grad";
            case ANOMALY_IN_STATEMENT -> "in statement '{0}': {1}";
            case AT_POSITION -> "line {0}, column {1}: {2}";
            case UNEXPECTED_CHARACTER -> "unexpected character {0}";
            case EXPONENT_WITHOUT_DIGITS -> "malformed number '{0}': an exponent needs digits";
            case LETTER_AFTER_DIGITS -> "malformed number: '{0}' cannot follow the digits";
            case NO_STATEMENTS -> "the program has no statements: write at least one 'name = expression', for example 'L = 2 * 3'";
            case UNKNOWN_FUNCTION -> "unknown function '{0}'; the functions are {1}";
            case EXPECTED_STATEMENT -> "expected a statement 'name = expression' but found {0}";
            case EXPECTED_ASSIGN -> "expected '=' after '{0}' but found {1}";
            case EXPECTED_OPERAND -> "expected a number, a name or '(' but found {0}";
            case UNMATCHED_CLOSE -> "unmatched ')'";
            case COMMA_OUTSIDE_CALL -> "',' outside a function's arguments";
            case NEVER_CLOSED -> "'(' is never closed";
            case ASSIGN_INSIDE -> "unexpected '{0}': an assignment must start a statement";
            case EXPECTED_OPERATOR -> "expected an operator or the end of the statement but found {0}";
            case USED_BEFORE_ASSIGNED -> "name '{0}' is used before it is assigned";
            case UNKNOWN_NAME -> "unknown name '{0}'";
            case NUMBER_TOO_LARGE -> "number '{0}' is too large for a double";
            case ARITY_ONE -> "{0} expects 1 argument, got {1}";
            case ARITY -> "{0} expects {1} arguments, got {2}";
            case FOUND_LINE_END -> "the end of the line";
            case FOUND_PROGRAM_END -> "the end of the program";
            case FOUND_TOKEN -> "'{0}'";
            case NO_SUCH_INPUT -> "no input named '{0}'; the inputs are {1}";
            case CHECK_NEEDS_INPUT -> "--check needs at least one input: assign a number to a name, as in 'a = 2'";
        };
    }
}
