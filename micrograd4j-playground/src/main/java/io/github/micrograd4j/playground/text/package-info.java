/**
 * The playground's refusals in each language ({@link io.github.micrograd4j.playground.text.PlaygroundText}), as
 * core's text classes keep theirs: plain switches, which the web edition compiles as they are.
 */
package io.github.micrograd4j.playground.text;
