package io.github.micrograd4j.nn.text;

/** The nets module's messages in English. */
final class NnEnglish {
    private NnEnglish() {
    }

    static String text(NnText key) {
        return switch (key) {
            case KEY_REASON -> "{0}: {1}";
            case MUST_BE_KIND -> "{0} must be {1}, got '{2}'";
            case WHOLE_NUMBER -> "a whole number";
            case A_NUMBER -> "a number";
            case MUST_BE -> "{0} must be {1}, got {2}";
            case MUST_BE_FINITE -> "{0} must be a finite number, got {1}";
            case AT_LEAST_1 -> "at least 1";
            case AT_LEAST_2 -> "at least 2";
            case ZERO_OR_MORE -> "zero or more";
            case POSITIVE -> "positive";
            case IN_SPLIT_RANGE -> "in (0, 1]";
            case IN_MOMENTUM_RANGE -> "in [0, 1)";
            case MOMENTUM_FOR_SGD -> "for sgd; adam has its own moments, so 0";
            case BATCH_RANGE -> "zero (all points) or more";
            case LAYER_NEEDS_NEURON -> "layers: every layer needs at least 1 neuron, got {0}";
            case NOT_A_SETTING -> "{0} is not a setting; expected one of {1}";
            case NOT_A_LAYER_SIZE -> "'{0}' in '{1}' is not a layer size";
            case UNKNOWN_CHOICE -> "unknown {0} '{1}'; expected one of {2}";
            case FEATURE_TWICE -> "feature '{0}' is listed twice in '{1}'";
            case NO_FEATURE -> "at least one feature is needed, got '{0}'; choose from {1}";
            case FEATURES_NEED_2D -> "features {0} are for points with 2 coordinates; {1} has {2}";
            case NOT_STEP_RATE -> "'{0}' is not STEP:RATE (e.g. 120:0.02)";
            case STEPS_INCREASING -> "'{0}': steps must be 0 or more and increasing";
            case RATE_POSITIVE -> "'{0}': the rate must be positive and finite";
            case UNKNOWN_DATASET -> "unknown dataset '{0}'; expected {1} or {2}";
            case TWO_CLASSES_ONLY -> "{0} has 2 classes; {1} classes is for {2} and {3}";
            case LOSS_FOR_REGRESSION -> "the {0} loss is for regression datasets (real-valued targets) and {1} has {2} classes; use {3}";
            case LOSS_FOR_CLASSES -> "the {0} loss is a classification loss and {1} is a regression dataset (real-valued targets); use {2}";
            case THE_DATASET -> "the dataset";
            case REGRESSION_NO_CLASSES -> "{0} is a regression dataset (no classes); {1} classes is for {2} and {3}";
            case GENERATOR_CLASSES -> "{0} need at least 2 classes, got {1}";
            case TOO_FEW_POINTS -> "expected at least {0} points, got {1}";
            case NOISE_RANGE -> "noise must be zero or more and finite, got {0}";
            case CLASSIFIER_CLASSES -> "a classifier needs at least 2 classes, got {0}";
            case LOSS_TWO_CLASSES -> "the {0} loss handles 2 classes, got {1}; use softmax";
            case RUN_TOO_LARGE -> "this run needs about {0} ({1} points x {2} graph values each step, about {3} bytes a value), more than this JVM's {4} heap; {5}, or raise the heap (JAVA_OPTS=-Xmx...)";
            case FEWER_POINTS -> "with these layers about {0} points fit; use fewer --points or smaller --layers";
            case SMALLER_LAYERS -> "use smaller --layers";
            case HISTORY_TOO_LARGE -> "--steps {0}: recording every step needs about {1} MB, more than half of this JVM's {2} MB heap; the most is {3} steps";
            case CSV_FEW_COLUMNS -> "{0}: line {1}: expected at least 2 columns (features, then the label), got {2}";
            case CSV_COLUMNS_HEADER -> "{0}: line {1}: expected {2} columns (as the header on line {3}), got {4}";
            case CSV_COLUMNS_FIRST -> "{0}: line {1}: expected {2} columns (as the first row), got {3}";
            case CSV_NOT_FINITE -> "{0}: line {1}, column {2}: '{3}' is not a finite number";
            case CSV_LABEL_NOT_WHOLE -> "{0}: line {1}, column {2}: label '{3}' is not a whole number";
            case CSV_NO_ROWS -> "{0}: no data rows (expected lines like '0.5,-1.2,1': features, then the label)";
            case CSV_ONE_CLASS -> "{0}: every row has label {1}; a classifier needs at least 2 classes";
            case DEFAULT_IS -> "{0} (default: {1}).";
            case NO_DEFAULT -> "none";
            case DEFAULT_GENERATORS -> "the generator's: {0}";
            case DEFAULT_LOSS -> "{0} for 2 classes, {1} for more, {2} for {3}";
            case DEFAULT_OPTIMIZER -> "the optimizer's: {0}; on {1} {2}";
            case DEFAULT_MOMENTUM -> "0; {0} for momentum";
            case CHOICE_OR -> "{0} or {1}";
            case CHOICE_AND -> "{0} and {1}";
        };
    }
}
