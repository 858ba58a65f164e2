/**
 * Training pictures as content, never files: {@link io.github.micrograd4j.viz.plot.Plots} draws a
 * classifier's decision boundary (regions and points) and the loss and accuracy curves of an nn
 * training run into a {@link io.github.micrograd4j.viz.plot.Figure}, which renders as hand-written
 * SVG text or as PNG bytes through Java2D. A figure is a plain list of rectangles, circles, lines
 * and texts in pixels, not a graph {@link io.github.micrograd4j.viz.scene.Scene}; its SVG escaping,
 * number formatting and PNG encoding are the graph renderers'.
 */
package io.github.micrograd4j.viz.plot;
