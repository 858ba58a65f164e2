/**
 * Backpropagation explained: the chain-rule steps, with their numbers, from the local derivatives the
 * engine stored on each node.
 */
package io.github.micrograd4j.core.explain;
