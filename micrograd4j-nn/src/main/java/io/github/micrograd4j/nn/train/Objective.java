package io.github.micrograd4j.nn.train;

import io.github.micrograd4j.core.Gradients;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.core.text.MessageException;
import io.github.micrograd4j.nn.Feature;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import io.github.micrograd4j.nn.loss.Regularization;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What training minimises: a classifier's loss on a dataset (or the regression loss on a dataset with
 * real-valued targets) plus a weight penalty, built as
 * micrograd's demo builds it: every point's inputs wrapped as fresh leaves (then turned into the
 * {@link Feature}s, if any), every score computed, then the data loss, then the penalty (micrograd's
 * {@code alpha * sum(p*p)}), then their sum. {@link #build(int[])} takes the data loss over a
 * mini-batch.
 *
 * <pre>{@code
 * Objective objective = new Objective(model, data, ClassificationLoss.MAX_MARGIN, 1e-4);
 * LossGraph graph = objective.build();        // a new graph for the parameters' current data
 * }</pre>
 */
public final class Objective {
    private final MLP model;
    private final Dataset data;
    private final ClassificationLoss loss;
    private final double l2;
    private final Regularization regularization;
    private final double gradPenalty;
    private final List<Feature> features;
    private final int[] classes;
    private final double[] targets;

    /**
     * An objective.
     *
     * @param model the net; its inputs must match the data's features and its outputs the loss
     * @param data the training points
     * @param loss the loss
     * @param l2 the L2 strength (micrograd's demo: 1e-4), zero or more; 0 adds no term
     */
    public Objective(MLP model, Dataset data, ClassificationLoss loss, double l2) {
        this(model, data, loss, Regularization.L2, l2, null);
    }

    /**
     * An objective with any penalty and input features.
     *
     * @param model the net; its inputs must match the features (or the data's features) and its outputs the loss
     * @param data the training points
     * @param loss the loss
     * @param regularization the penalty kind
     * @param rate its strength, zero or more
     * @param features the net's inputs made from each point, or null for the point's coordinates as they are
     */
    public Objective(MLP model, Dataset data, ClassificationLoss loss, Regularization regularization, double rate,
            List<Feature> features) {
        this(model, data, loss, regularization, rate, features, 0.0);
    }

    /**
     * An objective with a gradient penalty (double backprop, as Drucker and LeCun define it):
     * {@code lambda * mean_i |d loss_i / d x_i|²}, the mean over the points of the squared norm of each
     * point's loss term's gradient with respect to its input coordinates, is added to the loss. It is
     * computed from the data loss's gradient with respect to every point, which is that divided by the
     * number of points n, as {@code lambda * n * |d dataLoss / d x|²}; so lambda means the same for 10
     * points as for 10,000, and for a mini-batch as for the full batch. The penalty's gradient with
     * respect to the weights goes through the gradient's own graph ({@link Gradients#of} with
     * {@code createGraph}), so it is trained on the graph engine only ({@link TapeEngine#supports}).
     *
     * @param model the net; its inputs must match the data's features and its outputs the loss
     * @param data the training points
     * @param loss the loss
     * @param l2 the L2 strength, zero or more; 0 adds no term
     * @param gradPenalty the gradient penalty's strength lambda, zero or more and finite; 0 adds no term
     */
    public Objective(MLP model, Dataset data, ClassificationLoss loss, double l2, double gradPenalty) {
        this(model, data, loss, Regularization.L2, l2, null, gradPenalty);
    }

    private Objective(MLP model, Dataset data, ClassificationLoss loss, Regularization regularization, double rate,
            List<Feature> features, double gradPenalty) {
        if (!(gradPenalty >= 0.0) || Double.isInfinite(gradPenalty)) {
            throw new IllegalArgumentException("the gradient penalty must be zero or more and finite, got "
                    + gradPenalty);
        }
        this.gradPenalty = gradPenalty;
        this.regularization = Objects.requireNonNull(regularization, "regularization");
        this.features = features == null ? null : List.copyOf(features);
        this.model = Objects.requireNonNull(model, "model");
        this.data = Objects.requireNonNull(data, "data");
        this.loss = Objects.requireNonNull(loss, "loss");
        if (!(rate >= 0.0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("the " + regularization.id() + " strength must be zero or more and "
                    + "finite, got " + rate);
        }
        this.l2 = rate;
        int inputs = this.features == null ? data.featureCount() : this.features.size();
        if (this.features != null && data.featureCount() != 2) {
            throw new IllegalArgumentException("input features are for points with 2 coordinates; " + data.name()
                    + " has " + data.featureCount());
        }
        if (model.inputCount() != inputs) {
            throw new IllegalArgumentException("the model takes " + model.inputCount() + " inputs but " + data.name()
                    + (this.features == null ? " has " : " gives ") + inputs + " features");
        }
        Message mismatch = loss.mismatch(data.name(), data.classCount());
        if (mismatch != null) {
            throw new MessageException(mismatch);
        }
        int outputs = loss.outputsFor(data.classCount());
        if (model.outputCount() != outputs) {
            throw new IllegalArgumentException("the " + loss.id() + " loss on " + data.classCount()
                    + " classes needs " + outputs + " outputs, the model has " + model.outputCount());
        }
        this.classes = data.isRegression() ? null : data.classes();
        this.targets = data.isRegression() ? data.targets() : null;
    }

    /**
     * Builds the loss graph for the parameters' current data.
     *
     * @return the loss and every point's outputs
     */
    public LossGraph build() {
        return build(null);
    }

    /**
     * Builds the loss graph for the parameters' current data with the data loss over some points
     * only; the outputs are still every point's.
     *
     * @param batch the points' indices, in the order the loss sums them, or null for all in order
     * @return the loss and every point's outputs
     */
    public LossGraph build(int[] batch) {
        List<List<Value>> outputs = new ArrayList<>(data.size());
        List<Value> points = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            List<Value> x = MLP.inputs(data.features(i));
            points.addAll(x);
            outputs.add(model.forward(Feature.apply(features, x)));
        }
        Value total = dataLoss(outputs, batch);
        if (gradPenalty > 0.0) {
            // the data loss is a mean over n points, each term depending on its own point only, so
            // d loss / d x_i = (1/n) d loss_i / d x_i and n * sum_i |d loss / d x_i|² = mean_i |d loss_i / d x_i|²
            List<Value> squares = new ArrayList<>(points.size());
            for (Value g : Gradients.of(total, points, true)) {
                squares.add(g.mul(g));
            }
            int n = batch == null ? data.size() : batch.length;
            total = total.add(Value.sum(squares).mul(gradPenalty * n));
        }
        Value penalty = regularization.penalty(model.parameters(), l2);
        if (penalty != null) {
            total = total.add(penalty);
        }
        return new LossGraph(total, outputs);
    }

    /**
     * The data loss (no penalty) of some points' outputs: their classes' loss, or their targets' for a
     * regression dataset.
     *
     * @param outputs every point's outputs, in dataset order
     * @param batch the points' indices, in the order the loss sums them, or null for all in order
     * @return the loss node
     */
    public Value dataLoss(List<List<Value>> outputs, int[] batch) {
        if (batch == null) {
            return targets != null ? loss.computeTargets(outputs, targets) : loss.compute(outputs, classes);
        }
        List<List<Value>> picked = new ArrayList<>(batch.length);
        for (int j : batch) {
            picked.add(outputs.get(j));
        }
        if (targets != null) {
            double[] t = new double[batch.length];
            for (int j = 0; j < batch.length; j++) {
                t[j] = targets[batch[j]];
            }
            return loss.computeTargets(picked, t);
        }
        int[] c = new int[batch.length];
        for (int j = 0; j < batch.length; j++) {
            c[j] = classes[batch[j]];
        }
        return loss.compute(picked, c);
    }

    /**
     * One point's data loss alone (the loss of a batch of that one point), as the tape engine compiles it.
     *
     * @param i the point's index
     * @param outputs its outputs
     * @return the term's node
     */
    public Value pointLoss(int i, List<Value> outputs) {
        return targets != null ? loss.computeTargets(List.of(outputs), new double[] {targets[i]})
                : loss.compute(List.of(outputs), new int[] {classes[i]});
    }

    /**
     * The net's outputs for one point: its coordinates as fresh leaves, the features, the net.
     *
     * @param point the point's coordinates
     * @return the output nodes
     */
    public List<Value> forward(double[] point) {
        return model.forward(Feature.apply(features, MLP.inputs(point)));
    }

    /**
     * The fraction of points whose predicted class ({@link ClassificationLoss#predict}) is right.
     *
     * @param outputs one row of outputs per point, in dataset order
     * @return the accuracy in [0, 1]; NaN for a regression dataset, where accuracy does not apply
     */
    public double accuracy(double[][] outputs) {
        if (outputs.length != data.size()) {
            throw new IllegalArgumentException("expected " + data.size() + " rows of outputs, got " + outputs.length);
        }
        if (targets != null) {
            return Double.NaN;
        }
        int right = 0;
        for (int i = 0; i < outputs.length; i++) {
            if (loss.predict(outputs[i]) == classes[i]) {
                right++;
            }
        }
        return (double) right / outputs.length;
    }

    /**
     * The net being trained.
     *
     * @return the model
     */
    public MLP model() {
        return model;
    }

    /**
     * The training points.
     *
     * @return the dataset
     */
    public Dataset data() {
        return data;
    }

    /**
     * The loss.
     *
     * @return the loss kind
     */
    public ClassificationLoss loss() {
        return loss;
    }

    /**
     * The penalty's strength (the L2 strength for micrograd's objective).
     *
     * @return alpha
     */
    public double l2() {
        return l2;
    }

    /**
     * The gradient penalty's strength.
     *
     * @return lambda; 0 for none
     */
    public double gradPenalty() {
        return gradPenalty;
    }

    /**
     * The penalty kind.
     *
     * @return the regularization
     */
    public Regularization regularization() {
        return regularization;
    }

    /**
     * The input features.
     *
     * @return the features, or null for the coordinates as they are
     */
    public List<Feature> features() {
        return features;
    }
}
