/**
 * micrograd4j's engine: {@link io.github.micrograd4j.core.Value} and backward, the gradient check,
 * DOT export, the chain-rule explainer, second derivatives (Hessians), the walkthrough's example graph and the compiled tape. No
 * dependencies.
 */
module io.github.micrograd4j.core {
    exports io.github.micrograd4j.core;
    exports io.github.micrograd4j.core.check;
    exports io.github.micrograd4j.core.dot;
    exports io.github.micrograd4j.core.explain;
    exports io.github.micrograd4j.core.walkthrough;
    exports io.github.micrograd4j.core.tape;
    exports io.github.micrograd4j.core.hessian;
    exports io.github.micrograd4j.core.text;
}
