/**
 * Gradient checking: analytic gradients from backpropagation compared with finite differences,
 * input by input.
 */
package io.github.micrograd4j.core.check;
