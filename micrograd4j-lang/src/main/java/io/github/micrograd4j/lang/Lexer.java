package io.github.micrograd4j.lang;

import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.lang.text.LangText;
import java.util.ArrayList;
import java.util.List;

/** Splits a program into tokens; {@code #} starts a comment that runs to the end of the line. */
final class Lexer {
    private final String source;
    private int pos;
    private int line = 1;
    private int lineStart;

    Lexer(String source) {
        this.source = source;
    }

    List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipBlanksAndComments();
            if (pos >= source.length()) {
                tokens.add(token(Token.Kind.END, "", pos));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private void skipBlanksAndComments() {
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (pos < source.length() && source.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private Token next() {
        int start = pos;
        char c = source.charAt(pos);
        if (c == '\n') {
            Token t = token(Token.Kind.NEWLINE, "\\n", start);
            pos++;
            line++;
            lineStart = pos;
            return t;
        }
        if (isDigit(c) || (c == '.' && pos + 1 < source.length() && isDigit(source.charAt(pos + 1)))) {
            return number();
        }
        if (isNameStart(c)) {
            while (pos < source.length() && isNamePart(source.charAt(pos))) {
                pos++;
            }
            return token(Token.Kind.NAME, source.substring(start, pos), start);
        }
        pos++;
        switch (c) {
            case ';':
                return token(Token.Kind.SEMICOLON, ";", start);
            case '(':
                return token(Token.Kind.LPAREN, "(", start);
            case ')':
                return token(Token.Kind.RPAREN, ")", start);
            case ',':
                return token(Token.Kind.COMMA, ",", start);
            case '^':
                return token(Token.Kind.POWER, "^", start);
            case '=':
                return token(Token.Kind.ASSIGN, "=", start);
            case '*':
                if (peek('*')) {
                    pos++;
                    return token(Token.Kind.POWER, "**", start);
                }
                return compound(Token.Kind.STAR, "*", start);
            case '+':
                return compound(Token.Kind.PLUS, "+", start);
            case '-':
                return compound(Token.Kind.MINUS, "-", start);
            case '/':
                return compound(Token.Kind.SLASH, "/", start);
            default:
                throw error(new Message(LangText.UNEXPECTED_CHARACTER, describeChar(start)), start);
        }
    }

    /** {@code +=} and its kin become one ASSIGN token whose text names the operator. */
    private Token compound(Token.Kind kind, String text, int start) {
        if (peek('=')) {
            pos++;
            return token(Token.Kind.ASSIGN, text + "=", start);
        }
        return token(kind, text, start);
    }

    private Token number() {
        int start = pos;
        while (pos < source.length() && isDigit(source.charAt(pos))) {
            pos++;
        }
        if (pos < source.length() && source.charAt(pos) == '.') {
            pos++;
            while (pos < source.length() && isDigit(source.charAt(pos))) {
                pos++;
            }
        }
        if (pos < source.length() && (source.charAt(pos) == 'e' || source.charAt(pos) == 'E')) {
            int mark = pos;
            pos++;
            if (pos < source.length() && (source.charAt(pos) == '+' || source.charAt(pos) == '-')) {
                pos++;
            }
            if (pos >= source.length() || !isDigit(source.charAt(pos))) {
                throw error(new Message(LangText.EXPONENT_WITHOUT_DIGITS,
                        source.substring(start, Math.min(pos, source.length()))), mark);
            }
            while (pos < source.length() && isDigit(source.charAt(pos))) {
                pos++;
            }
        }
        if (pos < source.length() && isNameStart(source.charAt(pos))) {
            throw error(new Message(LangText.LETTER_AFTER_DIGITS, source.charAt(pos)), pos);
        }
        return token(Token.Kind.NUMBER, source.substring(start, pos), start);
    }

    private boolean peek(char c) {
        return pos < source.length() && source.charAt(pos) == c;
    }

    private Token token(Token.Kind kind, String text, int start) {
        return new Token(kind, text, line, start - lineStart + 1, lineStart);
    }

    private ProgramException error(Message message, int at) {
        return new ProgramException(message, line, at - lineStart + 1, lineOf(source, lineStart));
    }

    static String lineOf(String source, int lineStart) {
        int end = source.indexOf('\n', lineStart);
        return source.substring(lineStart, end < 0 ? source.length() : end);
    }

    private String describeChar(int at) {
        int cp = source.codePointAt(at);
        String hex = String.format("U+%04X", cp);
        return ProgramException.isPrintable(cp) ? "'" + new String(Character.toChars(cp)) + "' (" + hex + ")" : hex;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c);
    }
}
