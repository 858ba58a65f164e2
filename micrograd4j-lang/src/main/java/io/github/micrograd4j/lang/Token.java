package io.github.micrograd4j.lang;

/** A token with its position: 1-based line and column, and the offset where its line starts. */
record Token(Kind kind, String text, int line, int column, int lineStart) {

    enum Kind {
        NUMBER, NAME, PLUS, MINUS, STAR, SLASH, POWER, LPAREN, RPAREN, COMMA, ASSIGN, NEWLINE, SEMICOLON, END
    }

    boolean isSeparator() {
        return kind == Kind.NEWLINE || kind == Kind.SEMICOLON || kind == Kind.END;
    }

    /** How the token is named in error messages. */
    String describe() {
        return switch (kind) {
            case NEWLINE -> "the end of the line";
            case END -> "the end of the program";
            default -> "'" + text + "'";
        };
    }
}
