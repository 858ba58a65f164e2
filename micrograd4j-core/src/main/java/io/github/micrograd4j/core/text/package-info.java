/**
 * The learner-facing text of micrograd4j in each language: the {@link io.github.micrograd4j.core.text.Language
 * languages}, the {@link io.github.micrograd4j.core.text.MessageKey} contract that every module's message keys
 * follow, the engine's own messages ({@link io.github.micrograd4j.core.text.CoreText}), and a message kept with its
 * arguments until it is shown ({@link io.github.micrograd4j.core.text.Message}; the libraries' refusals that reach a
 * learner carry one, {@link io.github.micrograd4j.core.text.Localized}), so a lab tells it in the page's language. Each language's
 * text lives in one class of its own, a switch over all keys, so a key without a text in some language does not
 * compile. Nothing here loads a resource or a class by name: the same lookup runs on the JVM and compiled to
 * JavaScript.
 */
package io.github.micrograd4j.core.text;
