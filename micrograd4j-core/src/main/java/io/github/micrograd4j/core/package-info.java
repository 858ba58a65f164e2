/**
 * The engine: {@link io.github.micrograd4j.core.Value}, a scalar that remembers how it was computed,
 * the primitive {@link io.github.micrograd4j.core.Op ops} with their local derivatives, and
 * reverse-mode backpropagation over an iterative topological order.
 *
 * <p>This package and its subpackages have no runtime dependencies and touch no file system or
 * screen: they compute and return text; callers decide where it goes.
 */
package io.github.micrograd4j.core;
