package io.github.micrograd4j.core.text;

/**
 * The engine's learner-facing messages: the chain-rule sentences of the explainer, the anomaly reports
 * and the domain rules behind them, and the gradient check's table. The English texts are in
 * {@code CoreEnglish}, the Chinese ones in {@code CoreChinese}; placeholders are described per key.
 */
public enum CoreText implements MessageKey {
    // ------------------------------------------------------------ the explainer
    /** The output's own gradient: {0} {@code dL/dL}, {1} the output's name. */
    STEP_OUTPUT,
    /** A value no op uses: {0} {@code dL/dx}, {1} its name, {2} the output's name. */
    STEP_UNUSED,
    /**
     * The chain rule for one value: {0} {@code dL/dc}, {1} the symbolic terms, {2} the numeric terms, {3} the
     * gradient, {4} the value's name.
     */
    STEP_CHAIN,
    /** A local derivative's reason: {0} the parent, {1} its formula, {2} the child, {3} the local rule. */
    LOCAL_RULE,
    /** Between two local-derivative reasons. */
    REASON_SEPARATOR,
    /** A step's reasons introduced: {0} the reasons. */
    BECAUSE,
    /** A {@code ** -1} node of a division: {0} the node, {1} the divisor. */
    DIVISION_RECIPROCAL,
    /** The {@code *} node of a division: {0} the node, {1} the dividend, {2} the reciprocal, {3} the divisor. */
    DIVISION_PRODUCT,

    // ------------------------------------------------------------ anomaly mode
    /** A forward result that is not finite: {0} the node, {1} its value. */
    ANOMALY_FORWARD_VALUE,
    /** A forward result and a local derivative not finite: {0} the node, {1} its value, {2} the derivatives. */
    ANOMALY_FORWARD_VALUE_AND_LOCAL,
    /** A finite result whose local derivative is not: {0} the node, {1} its value, {2} the derivatives. */
    ANOMALY_FORWARD_LOCAL,
    /** A backward step that made a gradient not finite: {0} node, {1} which input, {2} its gradient, {3}
     * the local derivative, {4} the node's gradient, {5} the gradient before. */
    ANOMALY_BACKWARD,
    /** A message with its reason appended: {0} the message, {1} the reason. */
    WITH_REASON,
    /** A message with the node's creation site appended: {0} the message, {1} the site. */
    WITH_SITE,
    /** The creation site: {0} the stack frame. */
    CREATED_AT,
    /** The creation site of a node made outside anomaly mode. */
    CREATED_OUTSIDE,
    /** The only input of a unary op. */
    THE_INPUT,
    /** The first input of a binary op. */
    FIRST_INPUT,
    /** The second input of a binary op. */
    SECOND_INPUT,
    /** A node without a label. */
    NODE_UNLABELLED,
    /** A labelled node: {0} its label. */
    NODE_LABELLED,
    /** A node of a unary op: {0} the node, {1} the op, {2} the input. */
    NODE_ONE_INPUT,
    /** A node of a binary op: {0} the node, {1} the op, {2} and {3} the inputs. */
    NODE_TWO_INPUTS,
    /** An input with a label: {0} its value, {1} its label. */
    INPUT_FROM,
    /** An input that was not finite before the op: {0} its value. */
    INPUT_NOT_FINITE,

    // ------------------------------------------------------------ domain rules (Op)
    /** Why a sum is infinite. */
    SUM_OVERFLOWS,
    /** Why a product is infinite. */
    PRODUCT_OVERFLOWS,
    /** Why a power is infinite. */
    POWER_OVERFLOWS,
    /** x / 0. */
    DIVISION_BY_ZERO,
    /** 0 ** negative. */
    ZERO_TO_NEGATIVE,
    /** A negative base, a non-integer exponent. */
    NEGATIVE_BASE,
    /** x ** c at 0 with 0 &lt; c &lt; 1. */
    ROOT_AT_ZERO,
    /** d/dy of x ** y for a negative x. */
    EXPONENT_NEGATIVE_BASE,
    /** d/dy of x ** y at x = 0. */
    EXPONENT_ZERO_BASE,
    /** exp of a large number. */
    EXP_OVERFLOWS,
    /** log of a negative number. */
    LOG_NEGATIVE,
    /** log(0). */
    LOG_ZERO,
    /** log near 0, whose derivative overflows. */
    LOG_NEAR_ZERO,

    // ------------------------------------------------------------ the gradient check
    /** The heading of the input column. */
    CHECK_INPUT,
    /** The heading of the value column. */
    CHECK_VALUE,
    /** The heading of the analytic (backpropagated) gradient column. */
    CHECK_ANALYTIC,
    /** The heading of the numeric gradient column. */
    CHECK_NUMERIC,
    /** The heading of the error column. */
    CHECK_ERROR,
    /** The heading of the result column. */
    CHECK_RESULT,
    /** A line that passed. */
    CHECK_OK,
    /** A line that failed. */
    CHECK_FAIL,
    /** The central difference. */
    CHECK_CENTRAL,
    /** The one-sided difference. */
    CHECK_ONE_SIDED,
    /** The summary: {0} the difference, {1} eps, {2} atol, {3} rtol, {4} passed, {5} failed. */
    CHECK_SUMMARY,

    // ------------------------------------------------------------ kinks (a failed check explained)
    /** A relu at its kink inside: {0} the input, {1} the output's slope. */
    KINK_RELU_AT_ZERO,
    /** The output is not differentiable: {0} the input, {1} its value, {2} and {3} the two sides. */
    KINK_NOT_DIFFERENTIABLE,
    /** A one-sided slope: {0} the slope, {1} the side. */
    KINK_SLOPE,
    /** No slope on one side: {0} the non-finite difference, {1} the side. */
    KINK_NO_SLOPE,
    /** The left side. */
    KINK_LEFT,
    /** The right side. */
    KINK_RIGHT;

    @Override
    public String in(Language language) {
        return switch (language) {
            case EN -> CoreEnglish.text(this);
            case ZH -> CoreChinese.text(this);
        };
    }
}
