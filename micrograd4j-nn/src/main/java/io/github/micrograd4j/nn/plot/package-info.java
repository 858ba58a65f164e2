/**
 * Training pictures as content, never files: {@link io.github.micrograd4j.nn.plot.Plots} draws a
 * decision boundary (regions and points) and the loss and accuracy curves into a
 * {@link io.github.micrograd4j.nn.plot.Figure}, which renders as hand-written SVG text or as PNG
 * bytes through Java2D. Kept here, beside the models it draws, because it needs nothing but the JDK;
 * it would move to a rendering module without changing its API.
 */
package io.github.micrograd4j.nn.plot;
