/**
 * Training: an {@link io.github.micrograd4j.nn.train.Objective} (model + data + loss + L2) builds the
 * loss graph, a {@link io.github.micrograd4j.nn.train.TrainingEngine} turns it into a loss and
 * gradients ({@link io.github.micrograd4j.nn.train.GraphEngine} rebuilds the graph each step, as
 * micrograd does), and {@link io.github.micrograd4j.nn.train.Trainer} loops engine and optimizer.
 */
package io.github.micrograd4j.nn.train;
