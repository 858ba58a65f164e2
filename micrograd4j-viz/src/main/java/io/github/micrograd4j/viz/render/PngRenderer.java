package io.github.micrograd4j.viz.render;

import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.viz.encode.PngImages;
import io.github.micrograd4j.viz.scene.Arrow;
import io.github.micrograd4j.viz.scene.Caption;
import io.github.micrograd4j.viz.scene.Cell;
import io.github.micrograd4j.viz.scene.OpEllipse;
import io.github.micrograd4j.viz.scene.Point;
import io.github.micrograd4j.viz.scene.RecordBox;
import io.github.micrograd4j.viz.scene.Scene;
import io.github.micrograd4j.viz.scene.Shape;
import io.github.micrograd4j.viz.scene.TextMetrics;
import io.github.micrograd4j.viz.text.VizText;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Paints a scene with Java2D into an RGB image and encodes it as PNG, with no display: the image comes
 * from {@link PngImages}, which sets {@code java.awt.headless=true} before AWT starts unless the
 * application chose otherwise.
 *
 * <p>Text uses DejaVu Sans Mono, the font the scene's widths assume, or the JDK's logical monospaced
 * font where it is not installed; each text is centred with the real font's metrics, so a fallback font
 * only changes the glyphs, not the layout. Characters the monospaced font lacks (Chinese) are drawn with
 * the first installed font of {@link TextMetrics#CJK_FONTS}, run by run; where none is installed they come
 * out as empty boxes, which {@link #fontWarning} tells the caller. The same scene gives the same bytes on
 * the same JDK and fonts.
 */
public final class PngRenderer {
    /** Pixels per scene unit by default: sharp on high-density screens and when zoomed. */
    public static final double DEFAULT_SCALE = 2.0;
    /** The largest image side; scenes that would be larger are drawn at a smaller scale. */
    public static final int MAX_SIDE = 16_000;
    /**
     * The most pixels in one image (100 MB of RGB while painting, about a second to encode); larger
     * scenes are scaled down. A graph that needs more is past reading as a bitmap anyway: use the SVG.
     */
    public static final long MAX_PIXELS = 25_000_000L;

    private static final String PREFERRED_FONT = "DejaVu Sans Mono";

    private PngRenderer() {
    }

    /**
     * The scene as PNG bytes at {@link #DEFAULT_SCALE}, or smaller if it would exceed
     * {@link #MAX_SIDE} or {@link #MAX_PIXELS}.
     *
     * @param scene the scene
     * @return the PNG file's bytes
     */
    public static byte[] render(Scene scene) {
        return render(scene, DEFAULT_SCALE);
    }

    /**
     * The scene as PNG bytes at up to {@code scale} pixels per scene unit.
     *
     * @param scene the scene
     * @param scale the wanted scale, positive
     * @return the PNG file's bytes
     */
    public static byte[] render(Scene scene, double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number, got " + scale);
        }
        double s = fittedScale(scene.width(), scene.height(), scale);
        int width = (int) Math.ceil(scene.width() * s);
        int height = (int) Math.ceil(scene.height() * s);
        if ((long) width * height > MAX_PIXELS || width > MAX_SIDE || height > MAX_SIDE) {
            // rounding up went past a limit the scale was fitted to: round down instead
            width = (int) Math.floor(scene.width() * s);
            height = (int) Math.floor(scene.height() * s);
        }
        width = Math.max(1, width);
        height = Math.max(1, height);
        BufferedImage image = PngImages.rgb(width, height);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(colour(scene.background()));
            g.fillRect(0, 0, width, height);
            g.scale(s, s);
            Font base = baseFont();
            for (Shape shape : scene.shapes()) {
                if (shape instanceof Arrow a) {
                    arrow(g, a);
                } else if (shape instanceof RecordBox b) {
                    box(g, b, base.deriveFont((float) scene.fontSize()), scene.fontSize());
                } else if (shape instanceof OpEllipse e) {
                    ellipse(g, e, base.deriveFont(Font.BOLD, (float) scene.fontSize()), scene.fontSize());
                } else if (shape instanceof Caption c) {
                    caption(g, c, base);
                }
            }
        } finally {
            g.dispose();
        }
        return PngImages.encode(image);
    }

    /**
     * The scale actually used for a scene of the given size.
     *
     * @param width scene width
     * @param height scene height
     * @param wanted the scale asked for
     * @return {@code wanted}, or less so the image stays within the size limits
     */
    public static double fittedScale(double width, double height, double wanted) {
        double s = Math.min(wanted, Math.min(MAX_SIDE / width, MAX_SIDE / height));
        double pixels = width * height * s * s;
        if (pixels > MAX_PIXELS) {
            s *= Math.sqrt(MAX_PIXELS / pixels);
        }
        return s;
    }

    private static void arrow(Graphics2D g, Arrow a) {
        g.setColor(colour(a.colour()));
        g.setStroke(new BasicStroke((float) a.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(path(a.line(), false));
        g.fill(path(a.head(), true));
    }

    private static void box(Graphics2D g, RecordBox b, Font font, double fontSize) {
        Rectangle2D rect = new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height());
        g.setColor(colour(b.style().fill()));
        g.fill(rect);
        g.setColor(colour(b.style().stroke()));
        g.setStroke(new BasicStroke((float) Math.min(b.style().strokeWidth(), 1.2)));
        double x = b.x();
        List<Cell> cells = b.cells();
        for (int i = 1; i < cells.size(); i++) {
            x += cells.get(i - 1).width();
            g.draw(new Line2D.Double(x, b.y(), x, b.y() + b.height()));
        }
        g.setStroke(new BasicStroke((float) b.style().strokeWidth()));
        g.draw(rect);
        double baseline = b.y() + b.height() / 2 + SvgRenderer.BASELINE_EM * fontSize;
        x = b.x();
        for (Cell cell : cells) {
            g.setColor(colour(cell.textColour()));
            g.setFont(cell.bold() ? font.deriveFont(Font.BOLD) : font);
            centred(g, cell.text(), x + cell.width() / 2, baseline);
            x += cell.width();
        }
    }

    private static void ellipse(Graphics2D g, OpEllipse e, Font font, double fontSize) {
        Ellipse2D shape = new Ellipse2D.Double(e.cx() - e.rx(), e.cy() - e.ry(), 2 * e.rx(), 2 * e.ry());
        g.setColor(colour(e.style().fill()));
        g.fill(shape);
        g.setColor(colour(e.style().stroke()));
        g.setStroke(new BasicStroke((float) e.style().strokeWidth()));
        g.draw(shape);
        g.setFont(font);
        centred(g, e.text(), e.cx(), e.cy() + SvgRenderer.BASELINE_EM * fontSize);
    }

    private static void caption(Graphics2D g, Caption c, Font base) {
        g.setColor(colour(c.colour()));
        g.setFont(base.deriveFont(c.bold() ? Font.BOLD : Font.PLAIN, (float) c.fontSize()));
        draw(g, c.text(), c.x(), c.baseline());
    }

    private static void centred(Graphics2D g, String text, double cx, double baseline) {
        if (text.isEmpty()) {
            return;
        }
        draw(g, text, cx - width(g, text) / 2, baseline);
    }

    /**
     * Draws text from {@code x}, each run of characters the current font lacks in the CJK font, if one is
     * installed: Java2D does not fall back from a physical font the way a browser does.
     */
    private static void draw(Graphics2D g, String text, double x, double baseline) {
        Font font = g.getFont();
        double at = x;
        for (Run run : runs(font, text)) {
            g.setFont(run.cjk() ? cjk(font) : font);
            g.drawString(run.text(), (float) at, (float) baseline);
            at += g.getFontMetrics().getStringBounds(run.text(), g).getWidth();
        }
        g.setFont(font);
    }

    /** The width {@link #draw} gives a text in the current font. */
    private static double width(Graphics2D g, String text) {
        Font font = g.getFont();
        double width = 0;
        for (Run run : runs(font, text)) {
            FontMetrics metrics = g.getFontMetrics(run.cjk() ? cjk(font) : font);
            width += metrics.getStringBounds(run.text(), g).getWidth();
        }
        return width;
    }

    /**
     * The width a text is drawn at by this renderer, its CJK runs included: what the layout's
     * {@link TextMetrics} estimate must not fall short of.
     */
    static double drawnWidth(String text, double fontSize, boolean bold) {
        Graphics2D g = PngImages.rgb(1, 1).createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setFont(baseFont().deriveFont(bold ? Font.BOLD : Font.PLAIN, (float) fontSize));
            return width(g, text);
        } finally {
            g.dispose();
        }
    }

    /** A piece of text drawn in one font: the current one, or the CJK font. */
    private record Run(String text, boolean cjk) {
    }

    /**
     * The text cut into runs of the font's own glyphs and runs of characters to take from the CJK font;
     * one run when the font has every glyph or no CJK font is installed.
     */
    private static List<Run> runs(Font font, String text) {
        if (font.canDisplayUpTo(text) < 0 || FontHolder.CJK == null) {
            return List.of(new Run(text, false));
        }
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean currentCjk = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean cjk = !font.canDisplay(cp) && FontHolder.CJK.canDisplay(cp);
            if (cjk != currentCjk && current.length() > 0) {
                runs.add(new Run(current.toString(), currentCjk));
                current.setLength(0);
            }
            currentCjk = cjk;
            current.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        runs.add(new Run(current.toString(), currentCjk));
        return runs;
    }

    private static Font cjk(Font like) {
        return FontHolder.CJK.deriveFont(like.getStyle(), like.getSize2D());
    }

    /**
     * A warning for a scene with characters that no installed font can draw (Chinese text on a machine
     * without a CJK font), which the PNG would show as empty boxes; empty when every character has a glyph.
     * The SVG is not affected: the browser draws it with its own fonts.
     *
     * @param scene the scene to be rendered
     * @param language the language of the warning
     * @return the warning, naming the font packages to install, or empty
     */
    public static Optional<String> fontWarning(Scene scene, Language language) {
        Font base = baseFont();
        for (Shape shape : scene.shapes()) {
            for (String text : texts(shape)) {
                for (int i = 0; i < text.length(); ) {
                    int cp = text.codePointAt(i);
                    if (!base.canDisplay(cp) && (FontHolder.CJK == null || !FontHolder.CJK.canDisplay(cp))
                            && !Character.isWhitespace(cp)) {
                        return Optional.of(VizText.NO_FONT_FOR_TEXT.format(language, TextMetrics.CJK_FONT_PACKAGES));
                    }
                    i += Character.charCount(cp);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The family of the installed font Chinese text is drawn with, the first of {@link TextMetrics#CJK_FONTS}
     * installed.
     *
     * @return the family, or empty when none is installed
     */
    public static Optional<String> cjkFontFamily() {
        return Optional.ofNullable(FontHolder.CJK).map(Font::getFamily);
    }

    private static List<String> texts(Shape shape) {
        if (shape instanceof RecordBox b) {
            List<String> texts = new ArrayList<>();
            for (Cell cell : b.cells()) {
                texts.add(cell.text());
            }
            return texts;
        } else if (shape instanceof OpEllipse e) {
            return List.of(e.text());
        } else if (shape instanceof Caption c) {
            return List.of(c.text());
        }
        return List.of();
    }

    private static Path2D path(List<Point> points, boolean close) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size(); i++) {
            path.lineTo(points.get(i).x(), points.get(i).y());
        }
        if (close) {
            path.closePath();
        }
        return path;
    }

    private static Color colour(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    private static Font baseFont() {
        return FontHolder.BASE;
    }

    /** Looks the fonts up once, on first use. */
    private static final class FontHolder {
        private static final List<String> FAMILIES =
                Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        static final Font BASE = new Font(FAMILIES.contains(PREFERRED_FONT) ? PREFERRED_FONT : Font.MONOSPACED,
                Font.PLAIN, 14);
        /** The first installed CJK font, or null. */
        static final Font CJK = TextMetrics.CJK_FONTS.stream().filter(FAMILIES::contains).findFirst()
                .map(family -> new Font(family, Font.PLAIN, 14)).orElse(null);
    }
}
