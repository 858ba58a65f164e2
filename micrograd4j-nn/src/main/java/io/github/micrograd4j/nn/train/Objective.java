package io.github.micrograd4j.nn.train;

import io.github.micrograd4j.core.Gradients;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import io.github.micrograd4j.nn.loss.Losses;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What training minimises: a classifier's loss on a dataset plus L2 regularisation (and, if asked,
 * a gradient penalty on the inputs), built as
 * micrograd's demo builds it: every point's inputs wrapped as fresh leaves, every score computed,
 * then the data loss, then {@code alpha * sum(p*p)}, then their sum.
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
    private final double gradPenalty;
    private final int[] classes;

    /**
     * An objective.
     *
     * @param model the net; its inputs must match the data's features and its outputs the loss
     * @param data the training points
     * @param loss the loss
     * @param l2 the L2 strength (micrograd's demo: 1e-4), zero or more; 0 adds no term
     */
    public Objective(MLP model, Dataset data, ClassificationLoss loss, double l2) {
        this(model, data, loss, l2, 0.0);
    }

    /**
     * An objective with a gradient penalty (double backprop): {@code lambda * |d dataLoss / d x|²}, the
     * squared norm of the data loss's gradient with respect to every input feature of every point, is
     * added to the loss. The penalty's gradient with respect to the weights goes through the gradient's
     * own graph ({@link Gradients#of} with {@code createGraph}), so it is trained on the graph engine
     * only ({@link TapeEngine#supports}).
     *
     * @param model the net; its inputs must match the data's features and its outputs the loss
     * @param data the training points
     * @param loss the loss
     * @param l2 the L2 strength, zero or more; 0 adds no term
     * @param gradPenalty the gradient penalty's strength lambda, zero or more and finite; 0 adds no term
     */
    public Objective(MLP model, Dataset data, ClassificationLoss loss, double l2, double gradPenalty) {
        if (!(gradPenalty >= 0.0) || Double.isInfinite(gradPenalty)) {
            throw new IllegalArgumentException("the gradient penalty must be zero or more and finite, got "
                    + gradPenalty);
        }
        this.gradPenalty = gradPenalty;
        this.model = Objects.requireNonNull(model, "model");
        this.data = Objects.requireNonNull(data, "data");
        this.loss = Objects.requireNonNull(loss, "loss");
        if (!(l2 >= 0.0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("the L2 strength must be zero or more and finite, got " + l2);
        }
        this.l2 = l2;
        if (model.inputCount() != data.featureCount()) {
            throw new IllegalArgumentException("the model takes " + model.inputCount() + " inputs but " + data.name()
                    + " has " + data.featureCount() + " features");
        }
        int outputs = loss.outputsFor(data.classCount());
        if (model.outputCount() != outputs) {
            throw new IllegalArgumentException("the " + loss.id() + " loss on " + data.classCount()
                    + " classes needs " + outputs + " outputs, the model has " + model.outputCount());
        }
        this.classes = data.classes();
    }

    /**
     * Builds the loss graph for the parameters' current data.
     *
     * @return the loss and every point's outputs
     */
    public LossGraph build() {
        List<List<Value>> outputs = new ArrayList<>(data.size());
        List<Value> features = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            List<Value> x = MLP.inputs(data.features(i));
            features.addAll(x);
            outputs.add(model.forward(x));
        }
        Value total = loss.compute(outputs, classes);
        if (gradPenalty > 0.0) {
            List<Value> squares = new ArrayList<>(features.size());
            for (Value g : Gradients.of(total, features, true)) {
                squares.add(g.mul(g));
            }
            total = total.add(Value.sum(squares).mul(gradPenalty));
        }
        if (l2 > 0.0) {
            total = total.add(Losses.l2(model.parameters(), l2));
        }
        return new LossGraph(total, outputs);
    }

    /**
     * The fraction of points whose predicted class ({@link ClassificationLoss#predict}) is right.
     *
     * @param outputs one row of outputs per point, in dataset order
     * @return the accuracy in [0, 1]
     */
    public double accuracy(double[][] outputs) {
        if (outputs.length != classes.length) {
            throw new IllegalArgumentException("expected " + classes.length + " rows of outputs, got " + outputs.length);
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
     * The L2 strength.
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
}
