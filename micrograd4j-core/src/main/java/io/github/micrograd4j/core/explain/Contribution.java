package io.github.micrograd4j.core.explain;

import io.github.micrograd4j.core.Value;

/**
 * One term of the chain rule: what one parent passes back to one of its children,
 * {@code dL/dparent * dparent/dchild}.
 *
 * @param parent the value computed from the child
 * @param childIndex which operand of the parent the child is (0 or 1)
 * @param parentGrad dL/dparent, as this backward pass computed it
 * @param local dparent/dchild, the derivative the parent stored when it was computed
 * @param product {@code parentGrad * local}, this term's share of the child's gradient
 */
public record Contribution(Value parent, int childIndex, double parentGrad, double local, double product) {
}
