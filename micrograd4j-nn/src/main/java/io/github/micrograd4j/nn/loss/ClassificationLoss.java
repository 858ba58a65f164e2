package io.github.micrograd4j.nn.loss;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.core.text.MessageException;
import io.github.micrograd4j.nn.Choice;
import io.github.micrograd4j.nn.Choices;
import io.github.micrograd4j.nn.text.NnText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A loss for a classifier whose points carry class indices {@code 0..k-1}: how many outputs the net
 * needs, how the classes become targets, and which class a net's outputs predict; or, the one regression
 * loss {@link #SQUARED_ERROR}, for points with real-valued targets (a dataset with 0 classes). The losses
 * share one enum because they share one setting ({@code --loss}, the lab's menu, model files); a loss
 * and a dataset of the other kind are refused together ({@link #mismatch}).
 *
 * <p>The first three need exactly 2 classes and one output (a score whose sign is the class);
 * {@link #SOFTMAX_CROSS_ENTROPY} takes any number of classes and one output per class;
 * {@link #SQUARED_ERROR} takes a regression dataset and one output, the predicted value.
 */
public enum ClassificationLoss implements Choice {
    /** micrograd's max-margin loss on a score, targets -1 (class 0) and +1 (class 1). */
    MAX_MARGIN("svm"),
    /** Mean squared error on a score, targets -1 (class 0) and +1 (class 1). */
    MSE("mse"),
    /** Binary cross-entropy from a logit, targets 0 and 1. */
    BINARY_CROSS_ENTROPY("bce"),
    /** Softmax cross-entropy over one logit per class. */
    SOFTMAX_CROSS_ENTROPY("softmax"),
    /**
     * Regression: the mean squared error {@code mean((out_i - t_i)^2)} of one output against each point's
     * real-valued target; accuracy does not apply.
     */
    SQUARED_ERROR("squared");

    private final String id;

    ClassificationLoss(String id) {
        this.id = id;
    }

    /**
     * The name used on the command line: {@code svm}, {@code mse}, {@code bce}, {@code softmax} or
     * {@code squared}.
     *
     * @return the id
     */
    @Override
    public String id() {
        return id;
    }

    /**
     * The loss with the given id, ignoring case.
     *
     * @param name the id
     * @return the loss
     * @throws IllegalArgumentException naming the bad value and the choices
     */
    public static ClassificationLoss fromId(String name) {
        return Choices.byId(values(), "loss", name);
    }

    /**
     * The usual loss for a number of classes: max-margin (micrograd's) for 2, softmax for more, squared
     * error for a regression dataset (0 classes).
     *
     * @param classes the number of classes, at least 2, or 0 for real-valued targets
     * @return the default loss
     */
    public static ClassificationLoss defaultFor(int classes) {
        return classes == 0 ? SQUARED_ERROR : classes <= 2 ? MAX_MARGIN : SOFTMAX_CROSS_ENTROPY;
    }

    /**
     * Whether this is the regression loss, for real-valued targets.
     *
     * @return true for {@link #SQUARED_ERROR}
     */
    @Override
    public boolean regression() {
        return this == SQUARED_ERROR;
    }

    /**
     * Why this loss does not go with a dataset of the other kind, naming both: a classification loss with
     * a regression dataset, or the regression loss with classes.
     *
     * @param dataset the dataset's name (or a {@link Message} for it), for the message
     * @param classes its classes, 0 for a regression dataset
     * @return the message, in English and Chinese, or null if the kinds match
     */
    public Message mismatch(Object dataset, int classes) {
        if (regression() && classes != 0) {
            return new Message(NnText.LOSS_FOR_REGRESSION, id, dataset, classes, classificationIds());
        }
        if (!regression() && classes == 0) {
            return new Message(NnText.LOSS_FOR_CLASSES, id, dataset, SQUARED_ERROR.id);
        }
        return null;
    }

    private static String classificationIds() {
        StringBuilder b = new StringBuilder();
        for (ClassificationLoss l : values()) {
            if (!l.regression()) {
                b.append(b.length() == 0 ? "" : ", ").append(l.id);
            }
        }
        return b.toString();
    }

    /**
     * How many outputs the net needs for this loss.
     *
     * @param classes the number of classes, 0 for a regression dataset
     * @return 1, or {@code classes} for softmax
     * @throws IllegalArgumentException if this loss cannot handle that many classes, or the data is of the
     *     other kind ({@link #mismatch})
     */
    public int outputsFor(int classes) {
        Message mismatch = mismatch(new Message(NnText.THE_DATASET), classes);
        if (mismatch != null) {
            throw new MessageException(mismatch);
        }
        if (regression()) {
            return 1;
        }
        if (classes < 2) {
            throw new MessageException(NnText.CLASSIFIER_CLASSES, classes);
        }
        if (this == SOFTMAX_CROSS_ENTROPY) {
            return classes;
        }
        if (classes != 2) {
            throw new MessageException(NnText.LOSS_TWO_CLASSES, id, classes);
        }
        return 1;
    }

    /**
     * Builds the loss of a net's outputs.
     *
     * @param outputs one list of outputs per point ({@link #outputsFor} long)
     * @param classes one class index per point
     * @return the loss node
     */
    public Value compute(List<List<Value>> outputs, int[] classes) {
        Objects.requireNonNull(outputs, "outputs");
        Objects.requireNonNull(classes, "classes");
        if (regression()) {
            throw new IllegalArgumentException("the " + id + " loss takes real-valued targets, not classes");
        }
        if (this == SOFTMAX_CROSS_ENTROPY) {
            return Losses.softmaxCrossEntropy(outputs, classes);
        }
        if (outputs.size() != classes.length) {
            throw new IllegalArgumentException("expected " + outputs.size() + " classes (one per point), got "
                    + classes.length);
        }
        List<Value> scores = new ArrayList<>(outputs.size());
        double[] targets = new double[classes.length];
        for (int i = 0; i < classes.length; i++) {
            List<Value> row = outputs.get(i);
            if (row.size() != 1) {
                throw new IllegalArgumentException("the " + id + " loss needs 1 output per point, point " + i
                        + " has " + row.size());
            }
            scores.add(row.get(0));
            int c = classes[i];
            if (c != 0 && c != 1) {
                throw new IllegalArgumentException("the " + id + " loss needs classes 0 and 1, got " + c
                        + " at index " + i);
            }
            targets[i] = this == BINARY_CROSS_ENTROPY ? c : (c == 1 ? 1.0 : -1.0);
        }
        return switch (this) {
            case MAX_MARGIN -> Losses.maxMargin(scores, targets);
            case MSE -> Losses.meanSquaredError(scores, targets);
            default -> Losses.binaryCrossEntropyWithLogits(scores, targets);
        };
    }

    /**
     * Builds the regression loss of a net's outputs against real-valued targets.
     *
     * @param outputs one list of one output per point
     * @param targets one target per point
     * @return the loss node, {@code mean((out_i - t_i)^2)}
     * @throws IllegalArgumentException if this is a classification loss, or the sizes do not match
     */
    public Value computeTargets(List<List<Value>> outputs, double[] targets) {
        Objects.requireNonNull(outputs, "outputs");
        Objects.requireNonNull(targets, "targets");
        if (!regression()) {
            throw new IllegalArgumentException("the " + id + " loss takes classes, not real-valued targets");
        }
        List<Value> predictions = new ArrayList<>(outputs.size());
        for (int i = 0; i < outputs.size(); i++) {
            List<Value> row = outputs.get(i);
            if (row.size() != 1) {
                throw new IllegalArgumentException("the " + id + " loss needs 1 output per point, point " + i
                        + " has " + row.size());
            }
            predictions.add(row.get(0));
        }
        return Losses.meanSquaredError(predictions, targets);
    }

    /**
     * The class a net's outputs predict: the sign of the score ({@code > 0} is class 1, as micrograd's
     * accuracy has it), or the largest logit for softmax (the first one on ties).
     *
     * @param outputs the net's outputs for one point
     * @return the class index
     * @throws IllegalStateException for the regression loss, whose output is the prediction itself
     */
    public int predict(double[] outputs) {
        if (regression()) {
            throw new IllegalStateException("the " + id + " loss predicts a value, not a class");
        }
        if (this != SOFTMAX_CROSS_ENTROPY || outputs.length == 1) {
            return outputs[0] > 0.0 ? 1 : 0;
        }
        int best = 0;
        for (int i = 1; i < outputs.length; i++) {
            if (outputs[i] > outputs[best]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return id;
    }
}
