/**
 * Text formats, without file access (the caller reads and writes the files): the model JSON
 * ({@link io.github.micrograd4j.nn.json.ModelJson}), micrograd's reference run
 * ({@link io.github.micrograd4j.nn.json.ReferenceRun}), the table of training settings
 * ({@link io.github.micrograd4j.nn.json.SettingsJson}) and the small JSON reader
 * ({@code JsonParser}, {@code JsonFields}) and writer ({@code JsonLiterals}) they share.
 */
package io.github.micrograd4j.nn.json;
