package io.github.micrograd4j.playground.training;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.core.tape.ForwardBatch;
import io.github.micrograd4j.core.tape.Tape;
import io.github.micrograd4j.nn.Feature;
import io.github.micrograd4j.nn.Layer;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.playground.http.ApiException;
import io.github.micrograd4j.playground.text.PlaygroundText;
import java.util.ArrayList;
import java.util.List;

/**
 * The training lab's maps: one point's forward pass (inputs, features, every neuron) compiled once
 * into a {@link Tape} and replayed forward only ({@link ForwardBatch}) over a square grid of points
 * with the parameters' current data. The grid's inputs are set once; a frame only sets the
 * parameters. The big map keeps only the output layer's values per cell; the thumbnails are a second,
 * 20x20 grid that keeps every neuron's; a neuron's own big map is compiled when asked for.
 */
public final class DecisionGrid implements AutoCloseable {
    /** Cells per side of the big map. */
    public static final int SIZE = 100;
    /** Cells per side of a neuron's thumbnail (every fifth cell of the big map). */
    static final int THUMB = 20;

    private final List<Value> parameters;
    private final Value x1 = new Value(0.0);
    private final Value x2 = new Value(0.0);
    private final List<Value> neuronNodes;
    private final ForwardBatch map;
    private final ForwardBatch thumbs;
    /** The net's outputs on the test points, or null without any. */
    private final ForwardBatch test;
    private final int neurons;
    private final int outputs;
    private final double[] bounds;

    /**
     * A grid over the data's bounds for a model.
     *
     * @param model the net
     * @param features the input features, or {@code null} for the plain coordinates
     * @param data the points, whose bounds the grid covers
     */
    public DecisionGrid(MLP model, List<Feature> features, Dataset data) {
        this(model, features, data, null);
    }

    /**
     * The maps, and the net's outputs on the test points.
     *
     * @param testPoints the test points (2 coordinates each), or null
     */
    DecisionGrid(MLP model, List<Feature> features, Dataset data, Dataset testPoints) {
        this.parameters = model.parameters();
        List<Value> in = Feature.apply(features, List.of(x1, x2));
        List<Value> watched = new ArrayList<>();
        for (Layer layer : model.layers()) {
            in = layer.forward(in);
            watched.addAll(in);
        }
        this.neuronNodes = List.copyOf(watched);
        this.neurons = watched.size();
        this.outputs = model.outputCount();
        Value out = in.get(0);
        for (int k = 1; k < in.size(); k++) {
            out = out.add(in.get(k));
        }
        this.bounds = bounds(data);
        List<Value> xs = List.of(x1, x2);
        map = new ForwardBatch(Tape.compile(out, xs, parameters, in), SIZE * SIZE);
        thumbs = new ForwardBatch(Tape.compile(out, xs, parameters, watched), THUMB * THUMB);
        setGrid(map, SIZE, 1);
        setGrid(thumbs, THUMB, SIZE / THUMB);
        test = testPoints == null ? null : new ForwardBatch(Tape.compile(out, xs, parameters, in), testPoints.size());
        for (int e = 0; test != null && e < testPoints.size(); e++) {
            test.setInput(0, e, testPoints.features(e)[0]);
            test.setInput(1, e, testPoints.features(e)[1]);
        }
    }

    /**
     * The net's outputs on the test points at given parameter values, as the object graph computes
     * them bit for bit; on the caller's thread, so that the run's thread need not.
     *
     * @param data the parameters' values, in the model's order
     * @return one row of outputs per test point, or null without test points
     */
    double[][] testOutputs(double[] data) {
        if (test == null) {
            return null;
        }
        for (int j = 0; j < data.length; j++) {
            test.setParameter(j, data[j]);
        }
        test.forward();
        double[][] out = new double[test.batchSize()][outputs];
        for (int e = 0; e < out.length; e++) {
            for (int k = 0; k < outputs; k++) {
                out[e][k] = test.watched(k, e);
            }
        }
        return out;
    }

    /** The inputs of a side x side grid: every step-th cell of the big map, from cell step/2 on. */
    private void setGrid(ForwardBatch batch, int side, int step) {
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                batch.setInput(0, r * side + c, x(c * step + step / 2));
                batch.setInput(1, r * side + c, y(r * step + step / 2));
            }
        }
    }

    /**
     * A square around the points with a margin, the maps' bounds: {xmin, xmax, ymin, ymax}.
     *
     * @param data the points
     * @return the bounds
     */
    static double[] bounds(Dataset data) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] p : data.features()) {
            lo = Math.min(lo, Math.min(p[0], p[1]));
            hi = Math.max(hi, Math.max(p[0], p[1]));
        }
        double pad = Math.max(0.25, (hi - lo) * 0.1);
        return new double[] {lo - pad, hi + pad, lo - pad, hi + pad};
    }

    double[] bounds() {
        return bounds.clone();
    }

    /** The x of a column's centre. */
    double x(int column) {
        return x(bounds, column);
    }

    /** The y of a row's centre (row 0 at the top). */
    double y(int row) {
        return y(bounds, row);
    }

    private static double x(double[] bounds, int column) {
        return bounds[0] + (column + 0.5) * (bounds[1] - bounds[0]) / SIZE;
    }

    private static double y(double[] bounds, int row) {
        return bounds[3] - (row + 0.5) * (bounds[3] - bounds[2]) / SIZE;
    }

    /**
     * Each input feature's values over the thumbnails' grid (the cells of {@link #thumbnail}, over the bounds the
     * maps of these points have), as nn's {@link Feature} computes them: the diagram's input nodes show them, as
     * TensorFlow Playground's do. They do not change while a run trains.
     *
     * @param features the features, in the net's input order
     * @param data the points (2 coordinates each), whose bounds the maps cover
     * @return one THUMB * THUMB map per feature, row by row from the top
     */
    static double[][] featureMaps(List<Feature> features, Dataset data) {
        double[] b = bounds(data);
        int step = SIZE / THUMB;
        double[][] out = new double[features.size()][THUMB * THUMB];
        for (int f = 0; f < out.length; f++) {
            for (int r = 0; r < THUMB; r++) {
                for (int c = 0; c < THUMB; c++) {
                    out[f][r * THUMB + c] = features.get(f).of(x(b, c * step + step / 2), y(b, r * step + step / 2));
                }
            }
        }
        return out;
    }

    /** Runs the forward passes over the grids with the parameters' current data. */
    public void compute() {
        double[] data = new double[parameters.size()];
        for (int j = 0; j < data.length; j++) {
            data[j] = parameters.get(j).data();
        }
        compute(data);
    }

    /**
     * Runs the forward pass over the grid and the thumbnails' grid with given parameter values (a
     * snapshot taken between two steps), so that it can run on another thread while training goes on.
     *
     * @param data the parameters' values, in the model's order
     */
    void compute(double[] data) {
        for (int j = 0; j < data.length; j++) {
            map.setParameter(j, data[j]);
            thumbs.setParameter(j, data[j]);
        }
        map.forward();
        thumbs.forward();
    }

    /**
     * The big map after {@link #compute}: the output for one output, else the predicted class.
     *
     * @return SIZE * SIZE values, row by row from the top
     */
    public double[] map() {
        double[] out = new double[SIZE * SIZE];
        for (int e = 0; e < out.length; e++) {
            if (outputs == 1) {
                out[e] = map.watched(0, e);
            } else {
                int best = 0;
                for (int k = 1; k < outputs; k++) {
                    if (map.watched(k, e) > map.watched(best, e)) {
                        best = k;
                    }
                }
                out[e] = best;
            }
        }
        return out;
    }

    /**
     * A neuron's thumbnail after {@link #compute}.
     *
     * @param neuron the neuron's index over all layers, in order
     * @return THUMB * THUMB values
     */
    double[] thumbnail(int neuron) {
        double[] out = new double[THUMB * THUMB];
        for (int e = 0; e < out.length; e++) {
            out[e] = thumbs.watched(neuron, e);
        }
        return out;
    }

    /**
     * A neuron's full map: its sub-graph compiled and replayed over the big grid.
     *
     * @param neuron the neuron's index over all layers
     * @param data the parameters' values, in the model's order
     * @return SIZE * SIZE values
     * @throws ApiException (400) if there is no such neuron, naming the range
     */
    double[] neuronMap(int neuron, double[] data) {
        if (neuron < 0 || neuron >= neurons) {
            throw new ApiException(400, new Message(PlaygroundText.NEURON_RANGE, neurons - 1, neuron));
        }
        Value node = neuronNodes.get(neuron);
        try (ForwardBatch one = new ForwardBatch(Tape.compile(node, List.of(x1, x2), parameters), SIZE * SIZE)) {
            setGrid(one, SIZE, 1);
            for (int j = 0; j < data.length; j++) {
                one.setParameter(j, data[j]);
            }
            one.forward();
            double[] out = new double[SIZE * SIZE];
            for (int e = 0; e < out.length; e++) {
                out[e] = one.output(e);
            }
            return out;
        }
    }

    int neuronCount() {
        return neurons;
    }

    @Override
    public void close() {
        map.close();
        thumbs.close();
        if (test != null) {
            test.close();
        }
    }
}
