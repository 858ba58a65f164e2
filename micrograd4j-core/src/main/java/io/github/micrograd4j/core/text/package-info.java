/**
 * The learner-facing text of micrograd4j in each language: the {@link io.github.micrograd4j.core.text.Language
 * languages}, the {@link io.github.micrograd4j.core.text.MessageKey} contract that every module's message keys
 * follow, and the engine's own messages ({@link io.github.micrograd4j.core.text.CoreText}). Each language's
 * text lives in one class of its own, a switch over all keys, so a key without a text in some language does not
 * compile. Nothing here loads a resource or a class by name: the same lookup runs on the JVM and compiled to
 * JavaScript.
 */
package io.github.micrograd4j.core.text;
