/**
 * Training: an {@link io.github.micrograd4j.nn.train.Objective} (model + data + loss + L2) builds the
 * loss graph, a {@link io.github.micrograd4j.nn.train.TrainingEngine} turns it into a loss and
 * gradients ({@link io.github.micrograd4j.nn.train.GraphEngine} rebuilds the graph each step, as
 * micrograd does; {@link io.github.micrograd4j.nn.train.TapeEngine} compiles each point's loss once
 * and replays it over the batch, with the same numbers), and {@link io.github.micrograd4j.nn.train.Trainer} loops engine and optimizer.
 */
package io.github.micrograd4j.nn.train;
