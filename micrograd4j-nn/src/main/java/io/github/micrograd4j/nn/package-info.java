/**
 * Neural nets built from {@link io.github.micrograd4j.core.Value}s, after micrograd's {@code nn.py}:
 * {@link io.github.micrograd4j.nn.Neuron}, {@link io.github.micrograd4j.nn.Layer} and
 * {@link io.github.micrograd4j.nn.MLP}, all {@link io.github.micrograd4j.nn.Module}s. The arithmetic
 * is done in micrograd's order so that its runs can be reproduced number for number.
 */
package io.github.micrograd4j.nn;
