/**
 * What {@code micrograd grad} computes on a program, shared by the command line, the playground and the
 * notebooks so that all three give the same numbers: one forward and backward run with its gradient check
 * ({@link io.github.micrograd4j.lang.grad.GradRun}), its JSON ({@link io.github.micrograd4j.lang.grad.GradJson}),
 * why a check failed at a kink ({@link io.github.micrograd4j.lang.grad.KinkExplanation}) and the Hessian and
 * gradient graphs ({@link io.github.micrograd4j.lang.grad.SecondOrder}).
 */
package io.github.micrograd4j.lang.grad;
