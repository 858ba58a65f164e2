package io.github.micrograd4j.nn.train;

/**
 * One training step as micrograd's demo prints it: the loss and accuracy computed before the update,
 * and the learning rate the update then used.
 *
 * @param step the 0-based index of the step (micrograd's {@code k}); the command line prints steps
 *     counted from 1, {@code step + 1}
 * @param loss the loss before the update
 * @param accuracy the accuracy before the update; NaN for a regression dataset, where it does not apply
 * @param learningRate the rate of this step's update
 */
public record StepRecord(int step, double loss, double accuracy, double learningRate) {
}
