/**
 * Loss functions built from {@link io.github.micrograd4j.core.Value} ops, so that
 * {@code backward()} differentiates them: {@link io.github.micrograd4j.nn.loss.Losses} has the
 * functions, {@link io.github.micrograd4j.nn.loss.ClassificationLoss} picks one for a classifier.
 */
package io.github.micrograd4j.nn.loss;
