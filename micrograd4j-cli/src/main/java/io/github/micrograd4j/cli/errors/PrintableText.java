package io.github.micrograd4j.cli.errors;

/**
 * Error messages echo what the user gave (names, file content, program text). Before they reach a
 * terminal, characters that would not show as themselves are escaped, so an invisible character in
 * a model file cannot make {@code got "relu"} look like {@code "relu"}, and a line separator or a
 * control character cannot break the one-line error apart or move the cursor.
 */
public final class PrintableText {
    private PrintableText() {
    }

    /**
     * The message with every control, format, separator, private-use, unassigned or unpaired
     * surrogate character written as {@code \\uXXXX}; the line breaks between a message's own lines
     * ({@code \n}, and the platform's line separator) are kept.
     *
     * @param message the message; {@code null} gives "(no message)"
     * @return the message, safe to print
     */
    public static String printable(String message) {
        if (message == null) {
            return "(no message)";
        }
        StringBuilder text = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && i + 1 < message.length() && message.charAt(i + 1) == '\n');
            if (lineBreak || isVisible(message, i)) {
                text.append(c);
            } else {
                text.append(String.format("\\u%04X", (int) c));
            }
        }
        return text.toString();
    }

    private static boolean isVisible(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
