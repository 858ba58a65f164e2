/**
 * The command line's own words in each language ({@link io.github.micrograd4j.cli.text.CliText}): the demo's
 * narration, grad's headings and notes, and the common errors. The engine's sentences (chain rule, gradient
 * check, anomalies, kinks) come from {@link io.github.micrograd4j.core.text.CoreText}.
 */
package io.github.micrograd4j.cli.text;
