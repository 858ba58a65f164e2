package io.github.micrograd4j.core.check;

/**
 * One input's line of a {@link GradientCheckReport}.
 *
 * @param name the input's name
 * @param value the input's value
 * @param analytic the gradient backpropagation computed
 * @param numeric the finite-difference estimate
 * @param error {@code |analytic - numeric|}
 * @param passed whether the error is within {@code atol + rtol * |numeric|}
 */
public record InputCheck(String name, double value, double analytic, double numeric, double error, boolean passed) {
}
