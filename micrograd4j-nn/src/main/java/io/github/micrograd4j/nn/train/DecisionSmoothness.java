package io.github.micrograd4j.nn.train;

import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.tape.Tape;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import java.util.List;
import java.util.Objects;

/**
 * How smooth a trained 2-D classifier is, measured on the grid that {@code train --plot} draws its
 * decision regions on: the points' bounding box widened by a tenth of its larger side on every side,
 * {@value #RESOLUTION} cells across and as many cells down as keep them square, each judged at its
 * centre.
 *
 * <ul>
 * <li>{@link #meanGradient()}: the mean over the cells of {@code |df/dx|}, the length of the gradient
 * of the model's output f with respect to the point (for several outputs, the Jacobian's Frobenius
 * norm), computed by backpropagation (one point's forward pass compiled to a {@link Tape} and
 * replayed for each cell). A flatter decision function has a smaller one.</li>
 * <li>{@link #boundaryLength()}: the length of the decision boundary in the data's units, counted on
 * the grid: every pair of neighbouring cells with different predicted classes adds the length of the
 * edge between them (so a diagonal line is counted by its steps, up to √2 too long, the same for every
 * model). A boundary that wiggles, or that fences off islands of one class, is longer.</li>
 * <li>{@link #flips()}: the number of such neighbouring pairs, the class changes met walking along
 * the grid's rows and columns.</li>
 * </ul>
 *
 * <pre>{@code
 * DecisionSmoothness s = DecisionSmoothness.of(model, ClassificationLoss.MAX_MARGIN, data.features(),
 *         DecisionSmoothness.RESOLUTION);
 * System.out.println(s);   // micrograd's demo: mean |df/dx| 5.5284, boundary length 7.8370 (269 class changes on 140 x 87 cells)
 * }</pre>
 *
 * @param meanGradient the mean of {@code |df/dx|} over the grid's cells
 * @param boundaryLength the decision boundary's length on the grid, in the data's units
 * @param flips the neighbouring cell pairs with different predicted classes
 * @param columns the grid's columns
 * @param rows the grid's rows
 */
public record DecisionSmoothness(double meanGradient, double boundaryLength, int flips, int columns, int rows) {
    /** The columns of {@code train --plot}'s decision-region raster. */
    public static final int RESOLUTION = 140;

    /**
     * Measures a model on the grid over some points.
     *
     * @param model the classifier, taking 2 inputs
     * @param loss how its outputs become a class ({@link ClassificationLoss#predict})
     * @param points the points whose bounding box the grid covers, 2 coordinates each, at least 1
     * @param resolution the grid's columns, at least 2
     * @return the measures
     * @throws IllegalArgumentException if the model or the points do not have 2 inputs, or there are no points
     */
    public static DecisionSmoothness of(MLP model, ClassificationLoss loss, double[][] points, int resolution) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(points, "points");
        if (model.inputCount() != 2) {
            throw new IllegalArgumentException("the grid is 2-D; the model takes " + model.inputCount() + " inputs");
        }
        if (points.length == 0) {
            throw new IllegalArgumentException("the grid covers the points' box; there are no points");
        }
        if (resolution < 2) {
            throw new IllegalArgumentException("the grid needs at least 2 columns, got " + resolution);
        }
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] p : points) {
            if (p.length != 2) {
                throw new IllegalArgumentException("the grid is 2-D; a point has " + p.length + " coordinates");
            }
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        // the box of Plots.decisionBoundary
        double margin = 0.1 * Math.max(maxX - minX, maxY - minY) + 1e-9;
        minX -= margin;
        maxX += margin;
        minY -= margin;
        maxY += margin;
        int cols = resolution;
        int rows = Math.max(2, (int) Math.round(resolution * (maxY - minY) / (maxX - minX)));
        double cw = (maxX - minX) / cols;
        double ch = (maxY - minY) / rows;
        // one point's forward pass compiled once per output, the weights as constants, replayed per cell
        List<Value> in = MLP.inputs(0.0, 0.0);
        List<Value> out = model.forward(in);
        Tape[] tapes = new Tape[out.size()];
        for (int k = 0; k < tapes.length; k++) {
            tapes[k] = Tape.compile(out.get(k), in, List.of());
        }
        int[][] cls = new int[rows][cols];
        double[] outputs = new double[tapes.length];
        double gradients = 0.0;
        for (int r = 0; r < rows; r++) {
            double y = maxY - (r + 0.5) * ch;
            for (int c = 0; c < cols; c++) {
                double x = minX + (c + 0.5) * cw;
                double squares = 0.0;
                for (int k = 0; k < tapes.length; k++) {
                    Tape t = tapes[k];
                    t.setInput(0, x);
                    t.setInput(1, y);
                    t.forward();
                    t.backward();
                    outputs[k] = t.output();
                    squares += t.inputGrad(0) * t.inputGrad(0) + t.inputGrad(1) * t.inputGrad(1);
                }
                gradients += Math.sqrt(squares);
                cls[r][c] = loss.predict(outputs);
            }
        }
        int flips = 0;
        double length = 0.0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && cls[r][c] != cls[r][c + 1]) {
                    flips++;
                    length += ch;
                }
                if (r + 1 < rows && cls[r][c] != cls[r + 1][c]) {
                    flips++;
                    length += cw;
                }
            }
        }
        return new DecisionSmoothness(gradients / ((double) rows * cols), length, flips, cols, rows);
    }

    /**
     * The measures in a line, e.g. {@code mean |df/dx| 5.5284, boundary length 7.8370 (269 class
     * changes on 140 x 87 cells)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return String.format(Numbers.LOCALE, "mean |df/dx| %.4f, boundary length %.4f (%d class changes on %d x %d cells)",
                meanGradient, boundaryLength, flips, columns, rows);
    }
}
