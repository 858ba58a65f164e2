/**
 * The training lab, {@code /train}: an MLP trained on 2-D points while the page watches its decision map,
 * neurons and loss. Each page's run is a {@link io.github.micrograd4j.playground.training.LabRun} on its own
 * thread, streamed to the page as frames.
 */
package io.github.micrograd4j.playground.training;
