package io.github.micrograd4j.viz;

/** JSON string literals that are also safe inside an HTML {@code <script>} element. */
final class ScriptStrings {
    private ScriptStrings() {
    }

    /**
     * {@code text} as a JSON string literal, quotes included. Besides JSON's own escapes, {@code <},
     * {@code >} and {@code &} are escaped so no label can close the script element, and U+2028/U+2029
     * so older JavaScript parsers accept the literal.
     */
    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
