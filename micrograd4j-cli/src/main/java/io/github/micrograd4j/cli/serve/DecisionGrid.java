package io.github.micrograd4j.cli.serve;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.tape.BatchedTape;
import io.github.micrograd4j.core.tape.Tape;
import io.github.micrograd4j.nn.Feature;
import io.github.micrograd4j.nn.Layer;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.data.Dataset;
import java.util.ArrayList;
import java.util.List;

/**
 * The training lab's maps: one point's forward pass (inputs, features, every neuron) compiled once
 * into a {@link Tape} and replayed over a square grid of points with the parameters' current data,
 * so a frame's heat map and every neuron's thumbnail cost one batched forward and no new node.
 */
final class DecisionGrid implements AutoCloseable {
    /** Cells per side of the big map. */
    static final int SIZE = 100;
    /** Cells per side of a neuron's thumbnail (every fifth cell of the big map). */
    static final int THUMB = 20;

    private final List<Value> parameters;
    private final BatchedTape batch;
    private final int neurons;
    private final int outputs;
    private final double[] bounds;

    DecisionGrid(MLP model, List<Feature> features, Dataset data) {
        this.parameters = model.parameters();
        Value x1 = new Value(0.0);
        Value x2 = new Value(0.0);
        List<Value> in = Feature.apply(features, List.of(x1, x2));
        List<Value> watched = new ArrayList<>();
        for (Layer layer : model.layers()) {
            in = layer.forward(in);
            watched.addAll(in);
        }
        this.neurons = watched.size();
        this.outputs = model.outputCount();
        Value out = in.get(0);
        for (int k = 1; k < in.size(); k++) {
            out = out.add(in.get(k));
        }
        Tape tape = Tape.compile(out, List.of(x1, x2), parameters, watched);
        this.batch = new BatchedTape(tape, SIZE * SIZE, BatchedTape.DEFAULT_MAX_TILE, 1);
        this.bounds = bounds(data);
        for (int r = 0; r < SIZE; r++) {
            for (int c = 0; c < SIZE; c++) {
                batch.setInput(0, r * SIZE + c, x(c));
                batch.setInput(1, r * SIZE + c, y(r));
            }
        }
    }

    /** A square around the points with a margin: {xmin, xmax, ymin, ymax}. */
    private static double[] bounds(Dataset data) {
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
        return bounds[0] + (column + 0.5) * (bounds[1] - bounds[0]) / SIZE;
    }

    /** The y of a row's centre (row 0 at the top). */
    double y(int row) {
        return bounds[3] - (row + 0.5) * (bounds[3] - bounds[2]) / SIZE;
    }

    /** Runs the forward pass over the grid with the parameters' current data. */
    void compute() {
        double[] data = new double[parameters.size()];
        for (int j = 0; j < data.length; j++) {
            data[j] = parameters.get(j).data();
        }
        compute(data);
    }

    /**
     * Runs the forward pass over the grid with given parameter values (a snapshot taken between two
     * steps), so that it can run on another thread while training goes on.
     *
     * @param data the parameters' values, in the model's order
     */
    void compute(double[] data) {
        for (int j = 0; j < data.length; j++) {
            batch.setParameter(j, data[j]);
        }
        batch.forward();
    }

    /**
     * The big map after {@link #compute()}: the output for one output, else the predicted class.
     *
     * @return SIZE * SIZE values, row by row from the top
     */
    double[] map() {
        double[] out = new double[SIZE * SIZE];
        int first = neurons - outputs;
        for (int e = 0; e < out.length; e++) {
            if (outputs == 1) {
                out[e] = batch.watched(first, e);
            } else {
                int best = 0;
                for (int k = 1; k < outputs; k++) {
                    if (batch.watched(first + k, e) > batch.watched(first + best, e)) {
                        best = k;
                    }
                }
                out[e] = best;
            }
        }
        return out;
    }

    /**
     * A neuron's thumbnail after {@link #compute()}.
     *
     * @param neuron the neuron's index over all layers, in order
     * @return THUMB * THUMB values
     */
    double[] thumbnail(int neuron) {
        double[] out = new double[THUMB * THUMB];
        int step = SIZE / THUMB;
        for (int r = 0; r < THUMB; r++) {
            for (int c = 0; c < THUMB; c++) {
                out[r * THUMB + c] = batch.watched(neuron, (r * step + step / 2) * SIZE + c * step + step / 2);
            }
        }
        return out;
    }

    /**
     * A neuron's full map after {@link #compute()}.
     *
     * @param neuron the neuron's index over all layers
     * @return SIZE * SIZE values
     */
    double[] neuronMap(int neuron) {
        double[] out = new double[SIZE * SIZE];
        for (int e = 0; e < out.length; e++) {
            out[e] = batch.watched(neuron, e);
        }
        return out;
    }

    int neuronCount() {
        return neurons;
    }

    @Override
    public void close() {
        batch.close();
    }
}
