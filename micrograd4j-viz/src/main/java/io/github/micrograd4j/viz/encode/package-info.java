/**
 * What every picture in viz shares on its way to bytes: SVG text escaping and coordinate formatting
 * ({@link io.github.micrograd4j.viz.encode.SvgText}), and a headless Java2D canvas encoded as PNG
 * ({@link io.github.micrograd4j.viz.encode.PngImages}). Used by the graph renderers
 * ({@code viz.render}) and the training plots ({@code viz.plot}) so that the two never drift apart.
 * Internal: the module does not export this package.
 */
package io.github.micrograd4j.viz.encode;
