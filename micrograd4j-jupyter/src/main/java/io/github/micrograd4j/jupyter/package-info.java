/**
 * micrograd4j in Jupyter, independent of any kernel: what a value, a backprop walkthrough, a gradient
 * check and a training run look like as Jupyter display data ({@link io.github.micrograd4j.jupyter.MimeBundle}s
 * made by {@link io.github.micrograd4j.jupyter.Displays}), a training loop that reports a snapshot every few
 * steps ({@link io.github.micrograd4j.jupyter.TrainingLoop}), one-line errors for a notebook cell
 * ({@link io.github.micrograd4j.jupyter.OneLineErrors}) and the kernel spec that starts a Java kernel with
 * micrograd4j on its class path ({@link io.github.micrograd4j.jupyter.KernelSpec}). The kernel glue is in
 * {@link io.github.micrograd4j.jupyter.rapaio}.
 */
package io.github.micrograd4j.jupyter;
