/**
 * The expression language's learner-facing words in each language ({@link io.github.micrograd4j.lang.text.LangText}):
 * the headings of a run's table and the frame of an error at a position. Each language's text lives in one class
 * of its own, a switch over all keys, as in {@code io.github.micrograd4j.core.text}.
 */
package io.github.micrograd4j.lang.text;
