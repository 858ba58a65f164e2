/**
 * The pictures' and the walkthrough page's words in each language: {@link io.github.micrograd4j.viz.text.VizText}
 * keys, with English and Chinese in one class each, as {@link io.github.micrograd4j.core.text} does for the
 * engine.
 */
package io.github.micrograd4j.viz.text;
