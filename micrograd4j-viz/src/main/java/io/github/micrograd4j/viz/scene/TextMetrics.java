package io.github.micrograd4j.viz.scene;

import io.github.micrograd4j.core.text.Templates;
import java.util.List;

/**
 * Text widths in the scene's monospaced fonts, without asking any font system, so layouts are identical
 * across machines. Every glyph of DejaVu Sans Mono (the font both renderers ask for first) advances
 * 0.602 em; a wide character (Chinese, fullwidth punctuation) comes from a CJK font, whose glyphs all
 * advance exactly 1 em (Noto Sans CJK and WenQuanYi Micro Hei alike), so boxes with Chinese text fit it.
 */
public final class TextMetrics {
    /** A glyph's advance as a fraction of the font size. */
    public static final double ADVANCE_EM = 0.602;

    /** A wide (CJK) glyph's advance as a fraction of the font size. */
    public static final double WIDE_ADVANCE_EM = 1.0;

    /**
     * The fonts with Chinese glyphs the renderers ask for, best first: Debian's fonts-noto-cjk, then
     * fonts-wqy-microhei and fonts-wqy-zenhei.
     */
    public static final List<String> CJK_FONTS = List.of("Noto Sans Mono CJK SC", "Noto Sans CJK SC",
            "WenQuanYi Micro Hei Mono", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei Mono", "WenQuanYi Zen Hei");

    /** The packages that install {@link #CJK_FONTS}, for messages. */
    public static final String CJK_FONT_PACKAGES = "Debian and Ubuntu: fonts-noto-cjk or fonts-wqy-microhei";

    /**
     * The font families both renderers ask for, best first; the last is the generic fallback. Latin text
     * comes from the first; a browser, which looks for each glyph along the list, takes Chinese glyphs from
     * the first of {@link #CJK_FONTS} it has.
     */
    public static final String FONT_FAMILIES = "'DejaVu Sans Mono', 'Liberation Mono', Menlo, Consolas, "
            + quoted(CJK_FONTS) + ", monospace";

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
        double ems = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            ems += Templates.isWide(cp) ? WIDE_ADVANCE_EM : ADVANCE_EM;
            i += Character.charCount(cp);
        }
        return ems * fontSize;
    }

    private static String quoted(List<String> families) {
        StringBuilder text = new StringBuilder();
        for (String family : families) {
            text.append(text.length() == 0 ? "" : ", ").append('\'').append(family).append('\'');
        }
        return text.toString();
    }
}
