package io.github.micrograd4j.lang;

import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.lang.text.LangText;

/** A token with its position: 1-based line and column, and the offset where its line starts. */
record Token(Kind kind, String text, int line, int column, int lineStart) {

    enum Kind {
        NUMBER, NAME, PLUS, MINUS, STAR, SLASH, POWER, LPAREN, RPAREN, COMMA, ASSIGN, NEWLINE, SEMICOLON, END
    }

    boolean isSeparator() {
        return kind == Kind.NEWLINE || kind == Kind.SEMICOLON || kind == Kind.END;
    }

    /** How the token is named in error messages, in every language. */
    Message describe() {
        return switch (kind) {
            case NEWLINE -> new Message(LangText.FOUND_LINE_END);
            case END -> new Message(LangText.FOUND_PROGRAM_END);
            default -> new Message(LangText.FOUND_TOKEN, text);
        };
    }
}
