package io.github.micrograd4j.viz.plot;

import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.viz.encode.PngImages;
import io.github.micrograd4j.viz.encode.SvgText;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A picture as a list of drawing operations, rendered to SVG or PNG from the same list so that both
 * files always show the same thing. Coordinates are pixels, origin top left.
 */
public final class Figure {
    /** Where a text's x coordinate is. */
    enum Anchor { START, MIDDLE, END }

    private sealed interface Shape permits Rect, Circle, Polyline, Text {
    }

    private record Rect(double x, double y, double w, double h, int fill, int stroke) implements Shape {
    }

    private record Circle(double cx, double cy, double r, int fill, int stroke) implements Shape {
    }

    private record Polyline(double[] xs, double[] ys, int stroke, double width) implements Shape {
    }

    private record Text(double x, double y, String text, double size, Anchor anchor, int color, boolean bold)
            implements Shape {
    }

    /** No colour: the shape is not filled, or not outlined. */
    static final int NONE = -1;

    private final int width;
    private final int height;
    private final List<Shape> shapes = new ArrayList<>();

    Figure(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /**
     * The picture's width.
     *
     * @return pixels
     */
    public int width() {
        return width;
    }

    /**
     * The picture's height.
     *
     * @return pixels
     */
    public int height() {
        return height;
    }

    void rect(double x, double y, double w, double h, int fill, int stroke) {
        shapes.add(new Rect(x, y, w, h, fill, stroke));
    }

    void circle(double cx, double cy, double r, int fill, int stroke) {
        shapes.add(new Circle(cx, cy, r, fill, stroke));
    }

    void polyline(double[] xs, double[] ys, int stroke, double lineWidth) {
        shapes.add(new Polyline(xs.clone(), ys.clone(), stroke, lineWidth));
    }

    void line(double x1, double y1, double x2, double y2, int stroke, double lineWidth) {
        polyline(new double[] {x1, x2}, new double[] {y1, y2}, stroke, lineWidth);
    }

    void text(double x, double y, String text, double size, Anchor anchor, int color, boolean bold) {
        shapes.add(new Text(x, y, text, size, anchor, color, bold));
    }

    /**
     * The picture as an SVG document.
     *
     * @return the SVG text
     */
    public String svg() {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n");
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (Shape s : shapes) {
            if (s instanceof Rect r) {
                sb.append("<rect x=\"").append(n(r.x)).append("\" y=\"").append(n(r.y)).append("\" width=\"")
                        .append(n(r.w)).append("\" height=\"").append(n(r.h)).append("\"").append(paint(r.fill, r.stroke))
                        .append("/>\n");
            } else if (s instanceof Circle c) {
                sb.append("<circle cx=\"").append(n(c.cx)).append("\" cy=\"").append(n(c.cy)).append("\" r=\"")
                        .append(n(c.r)).append("\"").append(paint(c.fill, c.stroke)).append("/>\n");
            } else if (s instanceof Polyline p) {
                sb.append("<polyline fill=\"none\" stroke=\"").append(hex(p.stroke)).append("\" stroke-width=\"")
                        .append(n(p.width)).append("\" stroke-linejoin=\"round\" points=\"");
                for (int i = 0; i < p.xs.length; i++) {
                    sb.append(i == 0 ? "" : " ").append(n(p.xs[i])).append(',').append(n(p.ys[i]));
                }
                sb.append("\"/>\n");
            } else if (s instanceof Text t) {
                sb.append("<text x=\"").append(n(t.x)).append("\" y=\"").append(n(t.y))
                        .append("\" font-family=\"sans-serif\" font-size=\"").append(n(t.size)).append("\" fill=\"")
                        .append(hex(t.color)).append('"');
                if (t.anchor != Anchor.START) {
                    sb.append(" text-anchor=\"").append(t.anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
                }
                if (t.bold) {
                    sb.append(" font-weight=\"bold\"");
                }
                sb.append('>').append(SvgText.escapeContent(t.text)).append("</text>\n");
            }
        }
        return sb.append("</svg>\n").toString();
    }

    /**
     * The picture as PNG bytes, drawn with Java2D (headless, see {@link PngImages}). On a machine
     * without any fonts the text is left out rather than failing.
     *
     * @return the PNG file's bytes
     */
    public byte[] png() {
        BufferedImage image = PngImages.rgb(width, height);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            boolean fonts = true;
            for (Shape s : shapes) {
                if (s instanceof Rect r) {
                    Rectangle2D shape = new Rectangle2D.Double(r.x, r.y, r.w, r.h);
                    if (r.fill != NONE) {
                        g.setColor(new Color(r.fill));
                        g.fill(shape);
                    }
                    if (r.stroke != NONE) {
                        g.setColor(new Color(r.stroke));
                        g.setStroke(new BasicStroke(1f));
                        g.draw(shape);
                    }
                } else if (s instanceof Circle c) {
                    Ellipse2D shape = new Ellipse2D.Double(c.cx - c.r, c.cy - c.r, 2 * c.r, 2 * c.r);
                    if (c.fill != NONE) {
                        g.setColor(new Color(c.fill));
                        g.fill(shape);
                    }
                    if (c.stroke != NONE) {
                        g.setColor(new Color(c.stroke));
                        g.setStroke(new BasicStroke(1f));
                        g.draw(shape);
                    }
                } else if (s instanceof Polyline p) {
                    g.setColor(new Color(p.stroke));
                    g.setStroke(new BasicStroke((float) p.width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
                    if (p.xs.length == 2) {
                        g.draw(new Line2D.Double(p.xs[0], p.ys[0], p.xs[1], p.ys[1]));
                    } else {
                        Path2D.Double path = new Path2D.Double();
                        path.moveTo(p.xs[0], p.ys[0]);
                        for (int i = 1; i < p.xs.length; i++) {
                            path.lineTo(p.xs[i], p.ys[i]);
                        }
                        g.draw(path);
                    }
                } else if (s instanceof Text t && fonts) {
                    fonts = drawText(g, t);
                }
            }
        } finally {
            g.dispose();
        }
        return PngImages.encode(image);
    }

    /** Draws text; returns false (and draws nothing more) if the JDK finds no usable font. */
    private static boolean drawText(Graphics2D g, Text t) {
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, t.bold ? Font.BOLD : Font.PLAIN, (int) Math.round(t.size)));
            g.setColor(new Color(t.color));
            FontMetrics fm = g.getFontMetrics();
            double w = fm.stringWidth(t.text);
            double x = t.anchor == Anchor.START ? t.x : t.anchor == Anchor.MIDDLE ? t.x - w / 2 : t.x - w;
            g.drawString(t.text, (float) x, (float) t.y);
            return true;
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            // A JDK without fonts (fontconfig finds none) fails here; the picture is still useful without text.
            return false;
        }
    }

    private static String paint(int fill, int stroke) {
        String f = " fill=\"" + (fill == NONE ? "none" : hex(fill)) + "\"";
        return stroke == NONE ? f : f + " stroke=\"" + hex(stroke) + "\"";
    }

    private static String hex(int rgb) {
        return String.format(Numbers.LOCALE, "#%06x", rgb & 0xffffff);
    }

    /**
     * A coordinate to a hundredth of a pixel (the decision regions' cells need more than the graph
     * renderers' tenth); halves to even, as the plots have always rounded them.
     */
    private static String n(double d) {
        return SvgText.number(d, 2, SvgText.Halves.TO_EVEN);
    }
}
