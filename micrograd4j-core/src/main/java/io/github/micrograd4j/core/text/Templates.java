package io.github.micrograd4j.core.text;

import java.util.Set;
import java.util.TreeSet;

/**
 * Filling message templates, and the terminal width of text that mixes Latin and Chinese characters. Plain
 * string work, without {@code java.text.MessageFormat}, which would reformat numbers by locale and treat
 * apostrophes as quotes: a template's numbers are given as finished text.
 */
public final class Templates {
    private Templates() {
    }

    /**
     * A template with {@code {0}}…{@code {9}} replaced by the arguments' {@link String#valueOf text};
     * any other brace is kept as it is.
     *
     * @param template the template
     * @param args the arguments
     * @return the filled text
     * @throws IllegalArgumentException if the template names an argument that was not given
     */
    public static String fill(String template, Object... args) {
        StringBuilder out = new StringBuilder(template.length() + 16 * args.length);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{' && i + 2 < template.length() && isDigit(template.charAt(i + 1))
                    && template.charAt(i + 2) == '}') {
                int index = template.charAt(i + 1) - '0';
                if (index >= args.length) {
                    throw new IllegalArgumentException("template '" + template + "' uses {" + index + "} but "
                            + args.length + " argument(s) were given");
                }
                out.append(args[index]);
                i += 3;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * The placeholders a template uses, {@code {0}} … {@code {9}}, as their indexes.
     *
     * @param template the template
     * @return the indexes, sorted
     */
    public static Set<Integer> placeholders(String template) {
        Set<Integer> found = new TreeSet<>();
        for (int i = 0; i + 2 < template.length(); i++) {
            if (template.charAt(i) == '{' && isDigit(template.charAt(i + 1)) && template.charAt(i + 2) == '}') {
                found.add(template.charAt(i + 1) - '0');
            }
        }
        return found;
    }

    /**
     * Whether a code point is shown two columns wide by terminals and set one em wide by CJK fonts: the East
     * Asian Wide and Fullwidth blocks (Hangul Jamo, CJK punctuation and ideographs, Hangul syllables,
     * compatibility ideographs, vertical and fullwidth forms, the supplementary ideograph planes).
     *
     * @param codePoint a code point
     * @return {@code true} if it is wide
     */
    public static boolean isWide(int codePoint) {
        return (codePoint >= 0x1100 && codePoint <= 0x115F)
                || (codePoint >= 0x2E80 && codePoint <= 0xA4CF && codePoint != 0x303F)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
                || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
                || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
    }

    /**
     * How many terminal columns a text takes: two for each {@link #isWide wide} code point, one for any
     * other.
     *
     * @param text the text
     * @return its width in columns
     */
    public static int columns(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            columns += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return columns;
    }

    /**
     * A text padded with spaces on the right to {@code width} {@link #columns columns}, as
     * {@code %-Ns} pads Latin text; longer text is left as it is.
     *
     * @param text the text
     * @param width the columns wanted
     * @return the padded text
     */
    public static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - columns(text)));
    }

    /**
     * A text padded with spaces on the left to {@code width} {@link #columns columns}, as {@code %Ns} pads
     * Latin text; longer text is left as it is.
     *
     * @param text the text
     * @param width the columns wanted
     * @return the padded text
     */
    public static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - columns(text))) + text;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
