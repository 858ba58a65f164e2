/**
 * The scene: what a picture of a value graph contains (record boxes, op ellipses, arrows, captions),
 * with every coordinate and colour decided, so that the SVG and the PNG renderers only translate it
 * and cannot disagree about what is drawn where.
 */
package io.github.micrograd4j.viz.scene;
