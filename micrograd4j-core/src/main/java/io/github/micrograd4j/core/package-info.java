/**
 * The engine: {@link io.github.micrograd4j.core.Value}, a scalar that remembers how it was computed,
 * the primitive {@link io.github.micrograd4j.core.Op ops} with their local derivatives, and
 * reverse-mode backpropagation over an iterative topological order, or, for a graph built inside a
 * {@link io.github.micrograd4j.core.GraphRecording}, over the order the values were made in.
 *
 * <p>{@link io.github.micrograd4j.core.AnomalyMode} turns the first NaN or infinity of a forward or
 * backward pass into an {@link io.github.micrograd4j.core.AnomalyException} that names the node and
 * where it was created; {@link io.github.micrograd4j.core.Op} documents each op's domain rules.
 *
 * <p>This package and its subpackages have no runtime dependencies and touch no file system or
 * screen: they compute and return text; callers decide where it goes.
 */
package io.github.micrograd4j.core;
