/**
 * micrograd4j in Jupyter, independent of any kernel: what a value, a backprop walkthrough, a gradient
 * check and a training run look like as Jupyter display data ({@link io.github.micrograd4j.jupyter.MimeBundle}s
 * made by {@link io.github.micrograd4j.jupyter.Displays}), a training loop that reports a snapshot every few
 * steps ({@link io.github.micrograd4j.jupyter.TrainingLoop}), one-line errors for a notebook cell
 * ({@link io.github.micrograd4j.jupyter.OneLineErrors}), the expression language in a cell
 * ({@link io.github.micrograd4j.jupyter.GradCell}, {@code grad("""a = 2; L = a*a""")}) and the kernel spec that
 * starts a Java kernel with micrograd4j on its class path, its start-up script and logging set-up
 * ({@link io.github.micrograd4j.jupyter.KernelSpec}, {@link io.github.micrograd4j.jupyter.KernelLogging}). The kernel glue is in
 * {@link io.github.micrograd4j.jupyter.rapaio}.
 */
package io.github.micrograd4j.jupyter;
