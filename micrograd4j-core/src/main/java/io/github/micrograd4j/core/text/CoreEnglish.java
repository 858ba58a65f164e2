package io.github.micrograd4j.core.text;

/** The engine's messages in English. */
final class CoreEnglish {
    private CoreEnglish() {
    }

    static String text(CoreText key) {
        return switch (key) {
            case STEP_OUTPUT -> "{0} = 1";
            case STEP_UNUSED -> "{0} = 0";
            case STEP_CHAIN -> "{0} = {1} = {2} = {3}";
            case LOCAL_RULE -> "{0} = {1}, so d{0}/d{2} = {3}";
            case REASON_SEPARATOR -> "; ";
            case BECAUSE -> "because {0}";
            case DIVISION_RECIPROCAL -> "{0} = {1} ** -1 = 1 / {1}, the reciprocal of {1}: micrograd computes a division"
                    + " a / b as a * b ** -1, so a division is drawn as ** -1 and *";
            case DIVISION_PRODUCT -> "{0} = {1} * {2} is the division {1} / {3}: micrograd computes a / b as"
                    + " a * b ** -1, a product with the reciprocal";

            case ANOMALY_FORWARD_VALUE -> "anomaly in forward: {0} computed {1}";
            case ANOMALY_FORWARD_VALUE_AND_LOCAL -> "anomaly in forward: {0} computed {1} with local derivative {2}";
            case ANOMALY_FORWARD_LOCAL ->
                    "anomaly in forward: {0} computed {1} but its local derivative {2} is not finite";
            case ANOMALY_BACKWARD -> "anomaly in backward: {0} made the gradient of its {1} {2} (local derivative {3}"
                    + " times the node's gradient {4}, added to {5})";
            case WITH_REASON -> "{0} ({1})";
            case WITH_SITE -> "{0}; {1}";
            case CREATED_AT -> "created at {0}";
            case CREATED_OUTSIDE -> "created outside anomaly mode, so where is not known";
            case THE_INPUT -> "input";
            case FIRST_INPUT -> "first input";
            case SECOND_INPUT -> "second input";
            case NODE_UNLABELLED -> "an unlabelled node";
            case NODE_LABELLED -> "node '{0}'";
            case NODE_ONE_INPUT -> "{0} (op {1}, input {2})";
            case NODE_TWO_INPUTS -> "{0} (op {1}, inputs {2} and {3})";
            case INPUT_FROM -> "{0} from '{1}'";
            case INPUT_NOT_FINITE -> "an input is already {0}: it is a leaf, or it was computed outside anomaly mode";

            case SUM_OVERFLOWS -> "the sum overflows a double (magnitude above 1.8e308)";
            case PRODUCT_OVERFLOWS -> "the product overflows a double (magnitude above 1.8e308)";
            case POWER_OVERFLOWS -> "the power overflows a double (magnitude above 1.8e308)";
            case DIVISION_BY_ZERO -> "division by zero: x / y is computed as x * y ** -1, and 0 ** -1 is infinite";
            case ZERO_TO_NEGATIVE -> "0 ** negative is infinite, as IEEE pow says";
            case NEGATIVE_BASE -> "a negative base with a non-integer exponent is NaN: the result would be complex";
            case ROOT_AT_ZERO -> "x ** c with 0 < c < 1 has the infinite slope c * x ** (c - 1) at x = 0";
            case EXPONENT_NEGATIVE_BASE ->
                    "the derivative with respect to the exponent, x ** y * ln(x), is NaN for a negative base";
            case EXPONENT_ZERO_BASE -> "the derivative with respect to the exponent, x ** y * ln(x), is infinite at"
                    + " x = 0 when x ** y is not 0";
            case EXP_OVERFLOWS -> "exp(x) overflows a double for x > 709.78";
            case LOG_NEGATIVE -> "log of a negative number is NaN; log is defined for x > 0";
            case LOG_ZERO -> "log(0) is -Infinity and its derivative 1/x is infinite; log is finite for x > 0";
            case LOG_NEAR_ZERO -> "log of a number this close to 0 has a derivative 1/x that overflows";

            case CHECK_INPUT -> "input";
            case CHECK_VALUE -> "value";
            case CHECK_ANALYTIC -> "analytic";
            case CHECK_NUMERIC -> "numeric";
            case CHECK_ERROR -> "error";
            case CHECK_RESULT -> "result";
            case CHECK_OK -> "ok";
            case CHECK_FAIL -> "FAIL";
            case CHECK_CENTRAL -> "central";
            case CHECK_ONE_SIDED -> "one-sided";
            case CHECK_SUMMARY -> "{0} difference, eps {1}, atol {2}, rtol {3}: {4} passed, {5} failed";

            case KINK_RELU_AT_ZERO -> "{0}: a relu inside gets exactly 0 here, its kink, where it has no derivative;"
                    + " backpropagation takes relu'(0) = 0 there, so the analytic gradient differs from the slope of the"
                    + " output, which is {1}";
            case KINK_NOT_DIFFERENTIABLE -> "{0}: the output is not differentiable at {0} = {1} ({2}, {3}), so no"
                    + " gradient is right there: the numeric estimate mixes the two sides, the analytic one is the op's"
                    + " own choice at that point (relu'(0) = 0, for one)";
            case KINK_SLOPE -> "slope {0} from the {1}";
            case KINK_NO_SLOPE -> "no slope from the {1} ({0})";
            case KINK_LEFT -> "left";
            case KINK_RIGHT -> "right";
        };
    }
}
