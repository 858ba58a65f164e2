package io.github.micrograd4j.viz.render;

import io.github.micrograd4j.viz.encode.SvgText;
import io.github.micrograd4j.viz.scene.Arrow;
import io.github.micrograd4j.viz.scene.Caption;
import io.github.micrograd4j.viz.scene.Cell;
import io.github.micrograd4j.viz.scene.OpEllipse;
import io.github.micrograd4j.viz.scene.Point;
import io.github.micrograd4j.viz.scene.RecordBox;
import io.github.micrograd4j.viz.scene.Scene;
import io.github.micrograd4j.viz.scene.Shape;
import io.github.micrograd4j.viz.scene.TextMetrics;
import java.util.List;

/**
 * Writes a scene as SVG 1.1 text. Every box, ellipse and text has an id ({@code v3}, {@code v3-op},
 * {@code v3-grad}) and boxes carry their kinds as classes ({@code value leaf output current}), so a
 * page script or a test can find them. The output depends only on the scene: same scene, same bytes.
 */
public final class SvgRenderer {
    /** Where text sits: the baseline this far below the middle of its box, in ems (digits look centred). */
    static final double BASELINE_EM = 0.36;

    private SvgRenderer() {
    }

    /**
     * A standalone SVG file's content: XML declaration, then the {@code <svg>} element.
     *
     * @param scene the scene
     * @return the SVG document, ending with a newline
     */
    public static String document(Scene scene) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n" + element(scene);
    }

    /**
     * The {@code <svg>} element alone, for inlining into HTML.
     *
     * @param scene the scene
     * @return the element, ending with a newline
     */
    public static String element(Scene scene) {
        StringBuilder out = new StringBuilder(4096 + scene.shapes().size() * 400);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(scene.width()))
                .append("\" height=\"").append(n(scene.height())).append("\" viewBox=\"0 0 ").append(n(scene.width()))
                .append(' ').append(n(scene.height())).append("\" font-family=\"")
                .append(escape(TextMetrics.FONT_FAMILIES)).append("\" font-size=\"").append(n(scene.fontSize()))
                .append("\">\n");
        out.append("<rect width=\"").append(n(scene.width())).append("\" height=\"").append(n(scene.height()))
                .append("\" fill=\"").append(scene.background()).append("\"/>\n");
        for (Shape shape : scene.shapes()) {
            if (shape instanceof Arrow a) {
                arrow(out, a);
            } else if (shape instanceof RecordBox b) {
                box(out, b, scene.fontSize());
            } else if (shape instanceof OpEllipse e) {
                ellipse(out, e, scene.fontSize());
            } else if (shape instanceof Caption c) {
                caption(out, c);
            }
        }
        return out.append("</svg>\n").toString();
    }

    private static void arrow(StringBuilder out, Arrow a) {
        out.append("<g class=\"edge\"><polyline points=\"").append(points(a.line()))
                .append("\" fill=\"none\" stroke=\"").append(a.colour()).append("\" stroke-width=\"")
                .append(n(a.width())).append("\" stroke-linejoin=\"round\"/><polygon points=\"")
                .append(points(a.head())).append("\" fill=\"").append(a.colour()).append("\"/></g>\n");
    }

    private static void box(StringBuilder out, RecordBox b, double fontSize) {
        out.append("<g id=\"").append(escape(b.id())).append("\" class=\"").append(escape(b.kinds())).append("\">");
        out.append("<rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"")
                .append(n(b.width())).append("\" height=\"").append(n(b.height())).append("\" fill=\"")
                .append(b.style().fill()).append("\" stroke=\"").append(b.style().stroke())
                .append("\" stroke-width=\"").append(n(b.style().strokeWidth())).append("\"/>");
        double x = b.x();
        double baseline = b.y() + b.height() / 2 + BASELINE_EM * fontSize;
        List<Cell> cells = b.cells();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (i > 0) {
                out.append("<line class=\"sep\" x1=\"").append(n(x)).append("\" y1=\"").append(n(b.y()))
                        .append("\" x2=\"").append(n(x)).append("\" y2=\"").append(n(b.y() + b.height()))
                        .append("\" stroke=\"").append(b.style().stroke()).append("\" stroke-width=\"")
                        .append(n(Math.min(b.style().strokeWidth(), 1.2))).append("\"/>");
            }
            out.append("<text id=\"").append(escape(b.id())).append('-').append(escape(cell.role()))
                    .append("\" x=\"").append(n(round(x + cell.width() / 2))).append("\" y=\"").append(n(round(baseline)))
                    .append("\" text-anchor=\"middle\" fill=\"").append(cell.textColour()).append('"')
                    .append(cell.bold() ? " font-weight=\"bold\"" : "").append(" xml:space=\"preserve\">")
                    .append(escape(cell.text())).append("</text>");
            x += cell.width();
        }
        out.append("</g>\n");
    }

    private static void ellipse(StringBuilder out, OpEllipse e, double fontSize) {
        out.append("<g id=\"").append(escape(e.id())).append("\" class=\"op\"><ellipse cx=\"").append(n(e.cx()))
                .append("\" cy=\"").append(n(e.cy())).append("\" rx=\"").append(n(e.rx())).append("\" ry=\"")
                .append(n(e.ry())).append("\" fill=\"").append(e.style().fill()).append("\" stroke=\"")
                .append(e.style().stroke()).append("\" stroke-width=\"").append(n(e.style().strokeWidth()))
                .append("\"/><text x=\"").append(n(e.cx())).append("\" y=\"")
                .append(n(round(e.cy() + BASELINE_EM * fontSize))).append("\" text-anchor=\"middle\" fill=\"")
                .append(e.style().stroke()).append("\" font-weight=\"bold\">").append(escape(e.text()))
                .append("</text></g>\n");
    }

    private static void caption(StringBuilder out, Caption c) {
        out.append("<text id=\"").append(escape(c.id())).append("\" class=\"caption\" x=\"").append(n(c.x()))
                .append("\" y=\"").append(n(c.baseline())).append("\" font-size=\"").append(n(c.fontSize()))
                .append("\" fill=\"").append(c.colour()).append('"')
                .append(c.bold() ? " font-weight=\"bold\"" : "").append(" xml:space=\"preserve\">")
                .append(escape(c.text())).append("</text>\n");
    }

    private static String points(List<Point> points) {
        StringBuilder s = new StringBuilder();
        for (Point p : points) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(n(p.x())).append(',').append(n(p.y()));
        }
        return s.toString();
    }

    private static double round(double d) {
        return SvgText.round(d, 1, SvgText.Halves.UP);
    }

    /** A coordinate: whole numbers without a decimal point, others to a tenth; never exponent notation. */
    static String n(double d) {
        return SvgText.number(d, 1, SvgText.Halves.UP);
    }

    /**
     * Text escaped for XML content and attribute values; characters XML 1.0 forbids become U+FFFD.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String escape(String text) {
        return SvgText.escape(text);
    }
}
