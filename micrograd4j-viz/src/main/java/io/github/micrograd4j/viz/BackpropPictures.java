package io.github.micrograd4j.viz;

import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.explain.BackpropExplainer;
import io.github.micrograd4j.core.explain.BackpropStep;
import io.github.micrograd4j.core.text.CoreText;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.viz.layout.Box;
import io.github.micrograd4j.viz.layout.GraphLayout;
import io.github.micrograd4j.viz.layout.LayerCrossings;
import io.github.micrograd4j.viz.layout.LayeredLayout;
import io.github.micrograd4j.viz.layout.Layouter;
import io.github.micrograd4j.viz.layout.NodeSize;
import io.github.micrograd4j.viz.layout.Route;
import io.github.micrograd4j.viz.scene.Arrow;
import io.github.micrograd4j.viz.scene.Caption;
import io.github.micrograd4j.viz.scene.Cell;
import io.github.micrograd4j.viz.scene.OpEllipse;
import io.github.micrograd4j.viz.scene.Point;
import io.github.micrograd4j.viz.scene.RecordBox;
import io.github.micrograd4j.viz.scene.Scene;
import io.github.micrograd4j.viz.scene.Shape;
import io.github.micrograd4j.viz.scene.Style;
import io.github.micrograd4j.viz.scene.TextMetrics;
import io.github.micrograd4j.viz.text.VizText;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Pictures of one value graph and of its backpropagation, step by step. The graph is laid out once
 * (ELK Layered, left to right); every picture is a {@link Scene} of that same layout, so a step
 * sequence does not jump about.
 *
 * <p>Each value is a record box {@code label | data 2.0000 | grad 6.0000} (an unlabelled value is
 * named {@code v<id>}, as in the chain-rule text); each op an ellipse between its operands and its
 * result. Inputs, the output and the step's node are coloured apart (see {@link Palette}).
 *
 * <p>The steps are {@link BackpropExplainer#steps(Value)}'s: their grads are computed from the stored
 * local derivatives with the output's grad 1, independently of the grads the nodes hold. {@link #graph()}
 * shows the grads the nodes hold, as {@code draw_dot} does.
 *
 * <p>Pictures are drawn for graphs whose layout stays fast: at most {@link #MAX_VALUES} values and at most
 * {@link #MAX_LAYER_CROSSINGS} layer crossings of long edges. Larger graphs are refused with a
 * {@link GraphTooLargeException} before any layout work; DOT serves them better.
 */
public final class BackpropPictures {
    /**
     * The most values a picture is drawn for. Above a few hundred values boxes are too small to read on
     * any screen, and ELK's layering and crossing minimisation grow faster than linearly; at 2,000 values
     * a layout still takes seconds, not minutes. Larger graphs are better served by DOT.
     */
    public static final int MAX_VALUES = 2000;

    /**
     * The most layer crossings (the dummy nodes ELK Layered adds in every layer a long edge crosses,
     * counted before the layout) a picture is laid out for. The value count alone does not bound the layout's
     * work: when one input feeds every op of a chain ({@code a*a*a*...}) the crossings grow with the
     * square of the chain, and 1,000 such values take minutes and gigabytes. Measured on a 2-core machine
     * with {@code ./micrograd grad -f FILE --svg x.svg}, JVM start included: that chain at 140 values
     * (19,182 crossings) takes 4-5 s and 0.4 GB, at 160 values (25,122) 4-6 s, at 1,000 values (997,002)
     * 180 s and 5.9 GB. The 1,000-value MLP program of the CLI tests has 2,136 crossings (4-5 s).
     */
    public static final long MAX_LAYER_CROSSINGS = 20_000;

    /** Font size of the text in boxes and ellipses. */
    static final double FONT_SIZE = 14;
    private static final double CELL_PADDING = 8;
    private static final double BOX_HEIGHT = 30;
    private static final double OP_MIN_RADIUS = 17;
    private static final double OP_RY = 15;
    private static final double CAPTION_SIZE = 15;
    private static final double CAPTION_LINE = 22;
    private static final double ARROW_LENGTH = 9;
    private static final double ARROW_HALF_WIDTH = 4;

    private final List<Value> order;
    private final Map<Value, Integer> ids;
    private final List<BackpropStep> steps;
    /** For each topological id, the step that fills in its gradient. */
    private final BackpropStep[] stepOf;
    private final GraphLayout layout;
    private final int output;
    private final Language language;
    /** Which leaves are constants (numbers in a formula), drawn apart from the inputs. */
    private final Predicate<Value> constant;

    private BackpropPictures(Value root, Language language, Predicate<Value> constant, Layouter layouter) {
        this.language = Objects.requireNonNull(language, "language");
        this.constant = Objects.requireNonNull(constant, "constant");
        Objects.requireNonNull(layouter, "layouter");
        this.order = root.topologicalOrder();
        if (order.size() > MAX_VALUES) {
            throw new GraphTooLargeException(order.size());
        }
        long crossings = LayerCrossings.count(order);
        if (crossings > MAX_LAYER_CROSSINGS) {
            throw new GraphTooLargeException(order.size(), crossings);
        }
        this.ids = new IdentityHashMap<>();
        for (Value v : order) {
            ids.put(v, ids.size());
        }
        this.output = order.size() - 1;
        this.steps = BackpropExplainer.steps(root, language);
        this.stepOf = new BackpropStep[order.size()];
        for (BackpropStep step : steps) {
            stepOf[ids.get(step.node())] = step;
        }
        this.layout = layouter.layout(order, this::boxSize, this::opSize);
    }

    /**
     * Lays out the graph ending at {@code output} and works out its backprop steps.
     *
     * @param output the value whose graph is drawn
     * @return the pictures
     * @throws GraphTooLargeException if the graph has more than {@link #MAX_VALUES} values, or its layout
     *     more than {@link #MAX_LAYER_CROSSINGS} layer crossings; either is found before any layout work
     */
    public static BackpropPictures of(Value output) {
        return of(output, Language.EN);
    }

    /**
     * Lays out the graph ending at {@code output} and works out its backprop steps, with the words of the
     * pictures and of the chain-rule sentences in a language. Boxes are as wide as that language's words
     * need; the numbers are the same in every language.
     *
     * @param output the value whose graph is drawn
     * @param language the language of the words
     * @return the pictures
     * @throws GraphTooLargeException as {@link #of(Value)}
     */
    public static BackpropPictures of(Value output, Language language) {
        return of(output, language, v -> false, LayeredLayout::layout);
    }

    /**
     * As {@link #of(Value, Language)}, with the leaves that are constants told apart: a number written into a
     * formula (the {@code 2} of {@code cos(x) / 2}) is a leaf like an input, but nothing sets it; it is drawn in
     * grey with the kind {@code constant} instead of {@code leaf}. Only the caller knows which leaves those are
     * (an expression program does: {@code io.github.micrograd4j.lang.Evaluation#constants()}).
     *
     * @param output the value whose graph is drawn
     * @param language the language of the words
     * @param constant which leaves are constants; asked of leaves only
     * @return the pictures
     * @throws GraphTooLargeException as {@link #of(Value)}
     */
    public static BackpropPictures of(Value output, Language language, Predicate<Value> constant) {
        return of(output, language, constant, LayeredLayout::layout);
    }

    /**
     * As {@link #of(Value, Language, Predicate)}, laid out by {@code layouter} (the web edition's, which hands
     * the graph to elkjs; the other factories use ELK on the JVM).
     *
     * @param output the value whose graph is drawn
     * @param language the language of the words
     * @param constant which leaves are constants; asked of leaves only
     * @param layouter places the boxes, ellipses and edges
     * @return the pictures
     * @throws GraphTooLargeException as {@link #of(Value)}
     */
    public static BackpropPictures of(Value output, Language language, Predicate<Value> constant, Layouter layouter) {
        return new BackpropPictures(Objects.requireNonNull(output, "output"), language, constant, layouter);
    }

    /**
     * The language of the pictures' words and the steps' sentences.
     *
     * @return the language
     */
    public Language language() {
        return language;
    }

    /**
     * The steps of backpropagation, output first, as {@link BackpropExplainer} gives them.
     *
     * @return the steps, one per value
     */
    public List<BackpropStep> steps() {
        return steps;
    }

    /**
     * How many values the graph has.
     *
     * @return the value count
     */
    public int valueCount() {
        return order.size();
    }

    /**
     * The topological id of a value of this graph, its id in the pictures ({@code v<id>}).
     *
     * @param v a value of this graph
     * @return its position in the topological order
     * @throws IllegalArgumentException if {@code v} is not in this graph
     */
    public int idOf(Value v) {
        Integer id = ids.get(v);
        if (id == null) {
            throw new IllegalArgumentException("value " + v + " is not in this graph");
        }
        return id;
    }

    /**
     * The name a value has in the pictures and the chain-rule text: its label, or {@code v<id>}.
     *
     * @param id a topological id
     * @return the name
     */
    public String name(int id) {
        return stepOf[id].name();
    }

    /**
     * The whole graph with the data and grads the nodes hold now, the output outlined in green and the
     * inputs in blue, nothing highlighted: {@code draw_dot}'s picture.
     *
     * @return the scene
     */
    public Scene graph() {
        return scene(List.of(), -1, id -> number(order.get(id).grad()));
    }

    /**
     * The picture after step {@code index} of backpropagation: that step's node highlighted, the grads
     * of it and of the steps before it filled in, every later grad blank, and the chain-rule sentence
     * (and its reason) written above the graph.
     *
     * @param index the step, 0 for the output
     * @return the scene
     * @throws IndexOutOfBoundsException if there is no such step
     */
    public Scene step(int index) {
        BackpropStep step = steps.get(Objects.checkIndex(index, steps.size()));
        List<String> captions = new ArrayList<>();
        captions.add(VizText.CAPTION_STEP.format(language, index + 1, steps.size(), step.text()));
        if (!step.reason().isEmpty()) {
            captions.add(CoreText.BECAUSE.format(language, step.reason()));
        }
        return scene(captions, idOf(step.node()), id -> stepOf[id].index() <= index ? number(stepOf[id].grad()) : "");
    }

    /**
     * The graph as the walkthrough page shows it before its script fills in a step: no caption, no
     * highlight, every grad blank. The page's script then sets grads and the highlight per step.
     *
     * @return the scene
     */
    public Scene blank() {
        return scene(List.of(), -1, id -> "");
    }

    /**
     * A gradient as the boxes show it.
     *
     * @param grad the gradient
     * @return {@code %.4f} of it
     */
    static String number(double grad) {
        return Numbers.fixed(grad, 4);
    }

    private Scene scene(List<String> captions, int current, IntFunction<String> grads) {
        double top = captions.isEmpty() ? 0 : LayeredLayout.PADDING + captions.size() * CAPTION_LINE;
        double width = layout.width();
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < captions.size(); i++) {
            String text = captions.get(i);
            width = Math.max(width, 2 * LayeredLayout.PADDING + TextMetrics.width(text, CAPTION_SIZE));
            shapes.add(new Caption("caption-" + i, LayeredLayout.PADDING,
                    LayeredLayout.PADDING + i * CAPTION_LINE + CAPTION_SIZE, text, CAPTION_SIZE,
                    i == 0 ? Palette.TEXT : Palette.MUTED_TEXT, i == 0));
        }
        for (Route route : layout.routes()) {
            shapes.add(arrow(route.points(), top));
        }
        for (int id = 0; id < order.size(); id++) {
            Value v = order.get(id);
            Box op = layout.ops().get(id);
            if (op != null) {
                shapes.add(new OpEllipse("v" + id + "-op", op.centerX(), op.centerY() + top, op.width() / 2,
                        op.height() / 2, Palette.OP, v.opLabel()));
            }
            shapes.add(box(id, layout.values().get(id), top, current, grads.apply(id)));
        }
        return new Scene(width, layout.height() + top, Palette.BACKGROUND, FONT_SIZE, shapes);
    }

    /**
     * Whether the graph has a leaf drawn as a constant, so that a legend names the grey box only where there is one.
     *
     * @return true if some leaf is a constant
     */
    boolean drawsConstants() {
        return order.stream().anyMatch(v -> v.isLeaf() && constant.test(v));
    }

    private RecordBox box(int id, Box at, double top, int current, String grad) {
        Value v = order.get(id);
        boolean isConstant = v.isLeaf() && constant.test(v);
        String kinds = "value" + (isConstant ? " constant" : v.isLeaf() ? " leaf" : "") + (id == output ? " output" : "")
                + (id == current ? " current" : "");
        Style style = id == current ? Palette.CURRENT : id == output ? Palette.OUTPUT
                : isConstant ? Palette.CONSTANT : v.isLeaf() ? Palette.LEAF : Palette.VALUE;
        double[] widths = cellWidths(id);
        List<Cell> cells = List.of(
                new Cell("label", name(id), widths[0], v.label().isEmpty() ? Palette.MUTED_TEXT : Palette.TEXT, true),
                new Cell("data", VizText.CELL_DATA.format(language, number(v.data())), widths[1], Palette.TEXT,
                        false),
                new Cell("grad", VizText.CELL_GRAD.format(language, grad), widths[2], Palette.GRAD_TEXT, true));
        return new RecordBox("v" + id, kinds, at.x(), at.y() + top, at.width(), at.height(), style, cells);
    }

    /** Cell widths fit the longest text a cell shows in any picture: the held grad or the step's. */
    private double[] cellWidths(int id) {
        Value v = order.get(id);
        double label = Math.max(TextMetrics.width(name(id), FONT_SIZE), TextMetrics.width("L", FONT_SIZE));
        double data = TextMetrics.width(VizText.CELL_DATA.format(language, number(v.data())), FONT_SIZE);
        String held = number(v.grad());
        String explained = number(stepOf[id].grad());
        String grad = VizText.CELL_GRAD.format(language, held.length() > explained.length() ? held : explained);
        return new double[] {cell(label), cell(data), cell(TextMetrics.width(grad, FONT_SIZE))};
    }

    private static double cell(double textWidth) {
        return LayeredLayout.round(textWidth + 2 * CELL_PADDING);
    }

    private NodeSize boxSize(Value v) {
        double[] widths = cellWidths(ids.get(v));
        return new NodeSize(widths[0] + widths[1] + widths[2], BOX_HEIGHT);
    }

    private NodeSize opSize(Value v) {
        double rx = Math.max(OP_MIN_RADIUS, TextMetrics.width(v.opLabel(), FONT_SIZE) / 2 + 9);
        return new NodeSize(LayeredLayout.round(2 * rx), 2 * OP_RY);
    }

    /** The route shortened by the head's length, and a head whose tip is the route's end. */
    private static Arrow arrow(List<Point> route, double top) {
        List<Point> line = new ArrayList<>(route.size());
        for (Point p : route) {
            line.add(new Point(p.x(), p.y() + top));
        }
        Point tip = line.get(line.size() - 1);
        Point from = line.get(line.size() - 2);
        double dx = tip.x() - from.x();
        double dy = tip.y() - from.y();
        double length = Math.hypot(dx, dy);
        double ux = length == 0 ? 1 : dx / length;
        double uy = length == 0 ? 0 : dy / length;
        double headLength = Math.min(ARROW_LENGTH, Math.max(length, 1));
        Point base = new Point(r(tip.x() - ux * headLength), r(tip.y() - uy * headLength));
        line.set(line.size() - 1, base);
        List<Point> head = List.of(tip,
                new Point(r(base.x() - uy * ARROW_HALF_WIDTH), r(base.y() + ux * ARROW_HALF_WIDTH)),
                new Point(r(base.x() + uy * ARROW_HALF_WIDTH), r(base.y() - ux * ARROW_HALF_WIDTH)));
        return new Arrow(line, head, Palette.EDGE, 1.3);
    }

    private static double r(double d) {
        return LayeredLayout.round(d);
    }
}
