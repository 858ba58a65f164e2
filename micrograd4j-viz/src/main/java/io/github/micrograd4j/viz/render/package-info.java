/**
 * Renders a {@link io.github.micrograd4j.viz.scene.Scene} to SVG text (written by hand, no library) or
 * to PNG bytes (Java2D, headless). Both draw the same shapes at the same coordinates with the same
 * colours and font, so the two files look alike.
 */
package io.github.micrograd4j.viz.render;
