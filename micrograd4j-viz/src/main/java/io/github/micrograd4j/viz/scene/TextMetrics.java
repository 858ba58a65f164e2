package io.github.micrograd4j.viz.scene;

/**
 * Text widths in the scene's monospaced font. Every glyph of DejaVu Sans Mono (the font both renderers
 * ask for first) advances 0.602 em; asking no font system keeps layouts identical across machines.
 */
public final class TextMetrics {
    /** A glyph's advance as a fraction of the font size. */
    public static final double ADVANCE_EM = 0.602;

    /** The font families both renderers ask for, best first; the last is the generic fallback. */
    public static final String FONT_FAMILIES = "'DejaVu Sans Mono', 'Liberation Mono', Menlo, Consolas, monospace";

    private TextMetrics() {
    }

    /**
     * The width of {@code text} set at {@code fontSize}.
     *
     * @param text the text
     * @param fontSize the font size in pixels
     * @return its width in pixels
     */
    public static double width(String text, double fontSize) {
        return text.codePointCount(0, text.length()) * ADVANCE_EM * fontSize;
    }
}
