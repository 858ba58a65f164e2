package io.github.micrograd4j.viz.encode;

import io.github.micrograd4j.core.Numbers;

/**
 * Text for hand-written SVG: escaped attribute values and element content, and numbers for
 * coordinates. The graph renderers and the training plots both write through here; where they
 * historically differed (the apostrophe, how halves round) the difference is a parameter, so that
 * sharing the code changed no file either of them writes.
 */
public final class SvgText {
    /** The most decimals {@link #number} writes; more would only add noise below a pixel. */
    public static final int MAX_DECIMALS = 6;

    /** How a number exactly halfway between two roundings goes. */
    public enum Halves {
        /** Upwards, towards positive infinity, as {@link Math#round(double)} does. */
        UP,
        /** To the even neighbour, as {@link Math#rint(double)} does. */
        TO_EVEN
    }

    private SvgText() {
    }

    /**
     * Text escaped for XML attribute values (single- or double-quoted) and content: {@code & < > " '}
     * become entities; characters XML 1.0 forbids become U+FFFD.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String escape(String text) {
        return escape(text, true);
    }

    /**
     * Text escaped for XML element content only: like {@link #escape} but the apostrophe, which
     * needs no escaping outside a single-quoted attribute, is kept as it is.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String escapeContent(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean apostrophe) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append(apostrophe ? "&#39;" : "'");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    out.appendCodePoint(allowed ? c : 0xFFFD);
                }
            }
        });
        return out.toString();
    }

    /**
     * {@code d} rounded to {@code decimals} places.
     *
     * @param d the number
     * @param decimals places after the point, 0 to {@link #MAX_DECIMALS}
     * @param halves where a number exactly halfway goes
     * @return the rounded number
     */
    public static double round(double d, int decimals, Halves halves) {
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals must be 0 to " + MAX_DECIMALS + ", got " + decimals);
        }
        double scale = Math.pow(10, decimals);
        return (halves == Halves.UP ? Math.round(d * scale) : Math.rint(d * scale)) / scale;
    }

    /**
     * A coordinate as SVG wants it: rounded to {@code decimals} places ({@link #round}), whole numbers
     * without a decimal point, others without trailing zeros; never exponent notation.
     *
     * @param d the number
     * @param decimals places after the point, 0 to {@link #MAX_DECIMALS}
     * @param halves where a number exactly halfway goes
     * @return its text
     */
    public static String number(double d, int decimals, Halves halves) {
        double r = round(d, decimals, halves);
        if (r == Math.rint(r)) {
            return Long.toString((long) r);
        }
        String s = String.format(Numbers.LOCALE, "%." + decimals + "f", r);
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        return s.substring(0, end);
    }
}
