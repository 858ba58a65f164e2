/**
 * Optimizers that update parameters from their gradients through {@link io.github.micrograd4j.core.Value#setData}:
 * {@link io.github.micrograd4j.nn.optim.Sgd} (with momentum) and {@link io.github.micrograd4j.nn.optim.Adam},
 * driven by a {@link io.github.micrograd4j.nn.optim.LearningRate} schedule.
 */
package io.github.micrograd4j.nn.optim;
