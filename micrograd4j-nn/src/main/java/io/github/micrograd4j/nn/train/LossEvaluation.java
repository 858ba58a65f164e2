package io.github.micrograd4j.nn.train;

/**
 * The loss and accuracy of the parameters' current data, as a {@link TrainingEngine} computed them.
 *
 * @param loss the total loss
 * @param accuracy the fraction of points classified right, in [0, 1]; NaN for a regression dataset
 */
public record LossEvaluation(double loss, double accuracy) {
}
