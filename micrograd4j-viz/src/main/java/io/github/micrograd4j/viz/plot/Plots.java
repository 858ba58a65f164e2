package io.github.micrograd4j.viz.plot;

import io.github.micrograd4j.core.Numbers;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * The training pictures: a classifier's decision regions with the data on top, and the loss and
 * accuracy per step.
 *
 * <pre>{@code
 * Figure boundary = Plots.decisionBoundary(new Plots.Points("moons", features, classes, labelValues),
 *         x -> loss.predict(model.predict(x)), "moons");
 * String svg = boundary.svg();
 * byte[] png = boundary.png();
 * }</pre>
 */
public final class Plots {
    /** Class colours (matplotlib's tab10), points drawn in these, regions in a pale mix with white. */
    private static final int[] PALETTE = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2,
        0x7f7f7f, 0xbcbd22, 0x17becf};
    private static final int AXIS = 0x333333;
    private static final int GRID = 0xdddddd;
    private static final int TEXT = 0x222222;
    /** Grid cells per side of the decision-region raster. */
    private static final int RESOLUTION = 140;

    private Plots() {
    }

    /**
     * Labelled points to draw, as plain arrays, so that the pictures know nothing of the neural-net
     * library that trains on them.
     *
     * @param name the data's name, for messages
     * @param features one row of coordinates per point
     * @param classes each point's class index
     * @param labelValues the label of each class index, shown in the legend
     */
    public record Points(String name, double[][] features, int[] classes, double[] labelValues) {
        /**
         * Checks the arrays agree.
         *
         * @param name the data's name, for messages
         * @param features one row of coordinates per point
         * @param classes each point's class index
         * @param labelValues the label of each class index, shown in the legend
         * @throws IllegalArgumentException if there are not as many classes as points
         */
        public Points {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(features, "features");
            Objects.requireNonNull(classes, "classes");
            Objects.requireNonNull(labelValues, "labelValues");
            if (classes.length != features.length) {
                throw new IllegalArgumentException("expected " + features.length + " classes, one per point, got "
                        + classes.length);
            }
        }

        int featureCount() {
            return features.length == 0 ? 0 : features[0].length;
        }
    }

    /**
     * The decision regions of a classifier over the data's bounding box (plus a margin), with the
     * points coloured by their true class.
     *
     * @param data points with exactly 2 features
     * @param classifier the class index predicted for a point
     * @param title the title at the top
     * @return the figure
     * @throws IllegalArgumentException if the data does not have 2 features
     */
    public static Figure decisionBoundary(Points data, ToIntFunction<double[]> classifier, String title) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(classifier, "classifier");
        if (data.featureCount() != 2) {
            throw new IllegalArgumentException("a decision boundary needs 2 features, " + data.name() + " has "
                    + data.featureCount());
        }
        double[][] x = data.features();
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] p : x) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double margin = 0.1 * Math.max(maxX - minX, maxY - minY) + 1e-9;
        minX -= margin;
        maxX += margin;
        minY -= margin;
        maxY += margin;

        int left = 64;
        int top = 72;
        int size = 480;
        double aspect = (maxY - minY) / (maxX - minX);
        int plotW = aspect <= 1 ? size : (int) Math.round(size / aspect);
        int plotH = aspect <= 1 ? (int) Math.round(size * aspect) : size;
        plotW = Math.max(plotW, 160);
        plotH = Math.max(plotH, 160);
        Figure f = new Figure(left + plotW + 24, top + plotH + 56);
        Axis ax = new Axis(minX, maxX, left, left + plotW);
        Axis ay = new Axis(minY, maxY, top + plotH, top);

        int cols = RESOLUTION;
        int rows = Math.max(1, (int) Math.round(RESOLUTION * (double) plotH / plotW));
        double cw = (double) plotW / cols;
        double ch = (double) plotH / rows;
        for (int r = 0; r < rows; r++) {
            double py = maxY - (r + 0.5) * (maxY - minY) / rows;
            int runStart = 0;
            int runClass = classifier.applyAsInt(new double[] {minX + 0.5 * (maxX - minX) / cols, py});
            for (int c = 1; c <= cols; c++) {
                int cls = c < cols ? classifier.applyAsInt(new double[] {minX + (c + 0.5) * (maxX - minX) / cols, py})
                        : Integer.MIN_VALUE;
                if (cls != runClass) {
                    // one rectangle per run of equal predictions keeps the SVG small; +0.6 hides seams
                    f.rect(left + runStart * cw, top + r * ch, (c - runStart) * cw + 0.6, ch + 0.6,
                            pale(color(runClass)), Figure.NONE);
                    runStart = c;
                    runClass = cls;
                }
            }
        }
        frame(f, ax, ay, "x1", "x2");
        for (int i = 0; i < x.length; i++) {
            f.circle(ax.map(x[i][0]), ay.map(x[i][1]), 4.0, color(data.classes()[i]), 0x000000);
        }
        f.text(left, 22, title, 16, Figure.Anchor.START, TEXT, true);
        double[] labels = data.labelValues();
        double lx = left;
        for (int c = 0; c < labels.length; c++) {
            f.circle(lx + 5, 38, 5, color(c), 0x000000);
            String name = "class " + label(labels[c]);
            f.text(lx + 14, 43, name, 12, Figure.Anchor.START, TEXT, false);
            lx += 24 + 7.5 * name.length();
        }
        f.text(left + plotW, 43, "regions: the net's prediction", 12, Figure.Anchor.END, 0x666666, false);
        return f;
    }

    /**
     * Loss (left) and accuracy (right) against the step.
     *
     * @param loss the loss at each step, at least one
     * @param acc the accuracy (0-1) at each step, as many
     * @param title the title at the top
     * @return the figure
     */
    public static Figure trainingCurves(double[] loss, double[] acc, String title) {
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(acc, "accuracy");
        if (loss.length == 0) {
            throw new IllegalArgumentException("a training curve needs at least 1 step, got 0");
        }
        if (acc.length != loss.length) {
            throw new IllegalArgumentException("expected " + loss.length + " accuracies, one per step, got " + acc.length);
        }
        int n = loss.length;
        Figure f = new Figure(960, 440);
        double maxLoss = 0;
        for (double l : loss) {
            if (Double.isFinite(l)) {
                maxLoss = Math.max(maxLoss, l);
            }
        }
        if (maxLoss == 0) {
            maxLoss = 1;
        }
        double lastStep = Math.max(1, n - 1);
        panel(f, loss, new Axis(0, lastStep, 64, 444), new Axis(0, maxLoss * 1.05, 374, 84), "loss", 0xd62728);
        panel(f, acc, new Axis(0, lastStep, 544, 924), new Axis(0, 1.0, 374, 84), "accuracy", 0x1f77b4);
        f.text(64, 24, title, 16, Figure.Anchor.START, TEXT, true);
        f.text(64, 46, String.format(Numbers.LOCALE, "final loss %.4g, final accuracy %.1f%%", loss[n - 1],
                100 * acc[n - 1]), 12, Figure.Anchor.START, 0x666666, false);
        return f;
    }

    private static void panel(Figure f, double[] ys, Axis ax, Axis ay, String name, int color) {
        frame(f, ax, ay, "step", name);
        double[] px = new double[ys.length];
        double[] py = new double[ys.length];
        int m = 0;
        for (int i = 0; i < ys.length; i++) {
            if (Double.isFinite(ys[i])) {
                px[m] = ax.map(i);
                py[m] = ay.map(Math.min(ys[i], ay.hi));
                m++;
            }
        }
        if (m == 1) {
            f.circle(px[0], py[0], 2.5, color, Figure.NONE);
        } else if (m > 1) {
            f.polyline(java.util.Arrays.copyOf(px, m), java.util.Arrays.copyOf(py, m), color, 2.0);
        }
    }

    /** Grid, ticks, tick labels, box and axis names for a plot area. */
    private static void frame(Figure f, Axis ax, Axis ay, String xName, String yName) {
        for (double t : ax.ticks()) {
            double px = ax.map(t);
            f.line(px, ay.pixelLo, px, ay.pixelHi, GRID, 1);
            f.line(px, ay.pixelLo, px, ay.pixelLo + 5, AXIS, 1);
            f.text(px, ay.pixelLo + 19, tick(t, ax.step()), 11, Figure.Anchor.MIDDLE, TEXT, false);
        }
        for (double t : ay.ticks()) {
            double py = ay.map(t);
            f.line(ax.pixelLo, py, ax.pixelHi, py, GRID, 1);
            f.line(ax.pixelLo - 5, py, ax.pixelLo, py, AXIS, 1);
            f.text(ax.pixelLo - 8, py + 4, tick(t, ay.step()), 11, Figure.Anchor.END, TEXT, false);
        }
        f.rect(ax.pixelLo, ay.pixelHi, ax.pixelHi - ax.pixelLo, ay.pixelLo - ay.pixelHi, Figure.NONE, AXIS);
        f.text((ax.pixelLo + ax.pixelHi) / 2, ay.pixelLo + 40, xName, 12, Figure.Anchor.MIDDLE, TEXT, false);
        f.text(ax.pixelLo, ay.pixelHi - 7, yName, 12, Figure.Anchor.START, TEXT, true);
    }

    private static int color(int cls) {
        return PALETTE[Math.floorMod(cls, PALETTE.length)];
    }

    /** The colour mixed 75% with white. */
    private static int pale(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return (mix(r) << 16) | (mix(g) << 8) | mix(b);
    }

    private static int mix(int c) {
        return (int) Math.round(c * 0.25 + 255 * 0.75);
    }

    private static String label(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String tick(double t, double step) {
        if (Math.abs(t) < step * 1e-9) {
            return "0";
        }
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(Numbers.LOCALE, "%." + decimals + "f", t);
    }

    /** A linear map from data to pixels, with "nice" ticks (1, 2 or 5 times a power of ten). */
    private static final class Axis {
        final double lo;
        final double hi;
        final double pixelLo;
        final double pixelHi;

        Axis(double lo, double hi, double pixelLo, double pixelHi) {
            this.lo = lo;
            this.hi = hi > lo ? hi : lo + 1;
            this.pixelLo = pixelLo;
            this.pixelHi = pixelHi;
        }

        double map(double v) {
            return pixelLo + (v - lo) / (hi - lo) * (pixelHi - pixelLo);
        }

        double step() {
            double raw = (hi - lo) / 5;
            double mag = Math.pow(10, Math.floor(Math.log10(raw)));
            double r = raw / mag;
            return (r < 1.5 ? 1 : r < 3.5 ? 2 : r < 7.5 ? 5 : 10) * mag;
        }

        double[] ticks() {
            double s = step();
            double first = Math.ceil(lo / s - 1e-9) * s;
            int count = (int) Math.floor((hi - first) / s + 1e-9) + 1;
            double[] t = new double[Math.max(0, count)];
            for (int i = 0; i < t.length; i++) {
                t[i] = first + i * s;
            }
            return t;
        }
    }
}
