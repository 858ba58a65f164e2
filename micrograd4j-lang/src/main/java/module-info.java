/**
 * micrograd4j's expression language: {@link io.github.micrograd4j.lang.Program} parses
 * {@code a = 2; b = -3; L = a*b} into a program that builds the engine's graph, and
 * {@link io.github.micrograd4j.lang.grad} runs it as {@code micrograd grad} does (the JSON answer, the
 * kink explanations, second order). It knows the engine and nothing of nets, pictures or the command line.
 */
module io.github.micrograd4j.lang {
    requires transitive io.github.micrograd4j.core;
    requires com.fasterxml.jackson.core;

    exports io.github.micrograd4j.lang;
    exports io.github.micrograd4j.lang.grad;
    exports io.github.micrograd4j.lang.text;
}
