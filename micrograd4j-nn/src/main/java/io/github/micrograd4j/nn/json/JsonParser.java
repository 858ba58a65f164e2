package io.github.micrograd4j.nn.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader (RFC 8259) producing {@code Map<String, Object>} (key order kept),
 * {@code List<Object>}, {@code Double}, {@code String}, {@code Boolean} and {@code null}. Numbers are
 * parsed by {@link Double#parseDouble}, so a double written by {@link JsonLiterals#number(double)}
 * reads back bit for bit. Errors give the line and column. {@link JsonFields} reads the result's
 * parts as the types a format expects.
 */
final class JsonParser {
    private final String text;
    private int pos;
    private int depth;
    private static final int MAX_DEPTH = 512;

    private JsonParser(String text) {
        this.text = text;
    }

    /**
     * Parses a whole JSON text.
     *
     * @param text the text
     * @return the value
     * @throws JsonFormatException naming the line and column at fault
     */
    static Object parse(String text) {
        JsonParser p = new JsonParser(text);
        p.skipWhitespace();
        if (p.pos == 0 && text.startsWith("\uFEFF")) {
            p.pos = 1;
            p.skipWhitespace();
        }
        if (p.pos >= text.length()) {
            throw new JsonFormatException("the text is empty: expected a JSON value");
        }
        Object v = p.value();
        p.skipWhitespace();
        if (p.pos < text.length()) {
            throw p.error("unexpected " + p.show(p.pos) + " after the end of the JSON value");
        }
        return v;
    }

    private Object value() {
        skipWhitespace();
        if (pos >= text.length()) {
            throw truncated("a value");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected " + show(pos) + ": expected a value");
            }
        };
    }

    private Map<String, Object> object() {
        enter();
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            depth--;
            return map;
        }
        while (true) {
            skipWhitespace();
            if (pos >= text.length()) {
                throw truncated("a key");
            }
            if (text.charAt(pos) != '"') {
                throw error("expected a key in double quotes, got " + show(pos));
            }
            String key = string();
            skipWhitespace();
            expect(':');
            Object v = value();
            if (map.containsKey(key)) {
                throw error("duplicate key \"" + key + "\"");
            }
            map.put(key, v);
            skipWhitespace();
            if (pos >= text.length()) {
                throw truncated("',' or '}'");
            }
            char c = text.charAt(pos++);
            if (c == '}') {
                depth--;
                return map;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}', got " + show(pos));
            }
        }
    }

    private List<Object> array() {
        enter();
        pos++;
        List<Object> list = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            depth--;
            return list;
        }
        while (true) {
            list.add(value());
            skipWhitespace();
            if (pos >= text.length()) {
                throw truncated("',' or ']'");
            }
            char c = text.charAt(pos++);
            if (c == ']') {
                depth--;
                return list;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']', got " + show(pos));
            }
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private String string() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw truncated("the closing '\"' of a string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("control character U+" + String.format("%04X", (int) c) + " inside a string");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw truncated("an escape sequence");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case '/' -> sb.append('/');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw truncated("4 hex digits after \\u");
                    }
                    try {
                        sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw error("bad \\u escape '" + text.substring(pos, pos + 4) + "'");
                    }
                    pos += 4;
                }
                default -> {
                    pos--;
                    throw error("bad escape '\\" + e + "'");
                }
            }
        }
    }

    private Double number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            while (isDigit(peek())) {
                pos++;
            }
        } else {
            throw pos >= text.length() ? truncated("a digit") : error("expected a digit after '-'");
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw pos >= text.length() ? truncated("a digit") : error("expected a digit after '.'");
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw pos >= text.length() ? truncated("a digit") : error("expected a digit in the exponent");
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        return Double.parseDouble(text.substring(start, pos));
    }

    private Object literal(String word, Object value) {
        if (text.startsWith(word, pos)) {
            pos += word.length();
            return value;
        }
        if (word.startsWith(text.substring(pos))) {
            pos = text.length();
            throw truncated("'" + word + "'");
        }
        throw error("unexpected " + show(pos) + ": expected a value");
    }

    private void expect(char c) {
        if (pos >= text.length()) {
            throw truncated("'" + c + "'");
        }
        if (text.charAt(pos) != c) {
            throw error("expected '" + c + "', got " + show(pos));
        }
        pos++;
    }

    /**
     * The character at {@code at} for an error message: quoted if printable, else as U+XXXX, so a
     * control character, a line separator or half a surrogate pair never reaches the terminal raw.
     */
    private String show(int at) {
        int cp = text.codePointAt(at);
        String hex = String.format("U+%04X", cp);
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR:
                return hex;
            default:
                return "'" + new String(Character.toChars(cp)) + "'";
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private JsonFormatException truncated(String expected) {
        return new JsonFormatException("unexpected end of the text at line " + where(text.length())
                + ": expected " + expected + " (is the file truncated?)");
    }

    private JsonFormatException error(String message) {
        return new JsonFormatException("line " + where(pos) + ": " + message);
    }

    private String where(int at) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < at && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return line + ", column " + col;
    }
}
