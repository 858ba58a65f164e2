/**
 * micrograd4j's engine: {@link io.github.micrograd4j.core.Value} and backward, the gradient check,
 * DOT export, the chain-rule explainer and the walkthrough's example graph. No dependencies.
 */
module io.github.micrograd4j.core {
    exports io.github.micrograd4j.core;
    exports io.github.micrograd4j.core.check;
    exports io.github.micrograd4j.core.dot;
    exports io.github.micrograd4j.core.explain;
    exports io.github.micrograd4j.core.examples;
}
