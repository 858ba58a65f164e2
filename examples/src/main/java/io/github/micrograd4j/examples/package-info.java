/**
 * The walkthrough as small runnable programs, in its order: {@link
 * io.github.micrograd4j.examples.Step1ValueWithLabels}, {@link
 * io.github.micrograd4j.examples.Step2ManualBackprop}, {@link
 * io.github.micrograd4j.examples.Step3NumericCheck}, {@link
 * io.github.micrograd4j.examples.Step4Backward}, {@link io.github.micrograd4j.examples.Step5Neuron},
 * {@link io.github.micrograd4j.examples.Step6MoonsMlp}, then the lecture's training loop, {@link
 * io.github.micrograd4j.examples.Step7LectureMlp}.
 * {@link io.github.micrograd4j.examples.Examples} lists them for {@code micrograd example}.
 */
package io.github.micrograd4j.examples;
