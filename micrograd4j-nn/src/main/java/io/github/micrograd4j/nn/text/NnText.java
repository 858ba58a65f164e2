package io.github.micrograd4j.nn.text;

import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.MessageKey;

/**
 * The nets module's learner-facing messages: why a training setting, a generated dataset or an uploaded CSV is
 * refused, as {@code train} and the training lab show them. Keys, names and numbers stay as they are in every
 * language. English in {@code NnEnglish}, Chinese in {@code NnChinese}; the settings' help texts in Chinese are
 * {@link SettingHelp}'s.
 */
public enum NnText implements MessageKey {
    /** A setting refused for a reason: {0} the key, {1} the reason. */
    KEY_REASON,
    /** A setting whose text is not a number of its kind: {0} the key, {1} the kind, {2} the text. */
    MUST_BE_KIND,
    /** The kind of number of a count. */
    WHOLE_NUMBER,
    /** The kind of number of a real setting. */
    A_NUMBER,
    /** A setting outside its range: {0} the key, {1} the range, {2} the value. */
    MUST_BE,
    /** A setting that is not finite: {0} the key, {1} the value. */
    MUST_BE_FINITE,
    /** The range of a count: 1 or more. */
    AT_LEAST_1,
    /** The range of a count: 2 or more. */
    AT_LEAST_2,
    /** The range of a non-negative number. */
    ZERO_OR_MORE,
    /** The range of a positive number. */
    POSITIVE,
    /** The range of the split. */
    IN_SPLIT_RANGE,
    /** The range of the momentum. */
    IN_MOMENTUM_RANGE,
    /** The momentum with adam. */
    MOMENTUM_FOR_SGD,
    /** The range of the batch size. */
    BATCH_RANGE,
    /** A hidden layer without neurons: {0} the size. */
    LAYER_NEEDS_NEURON,
    /** A key that is no setting: {0} the key, {1} the keys. */
    NOT_A_SETTING,
    /** A layer size that is not a number: {0} the part, {1} the whole text. */
    NOT_A_LAYER_SIZE,
    /** A name none of a setting's values has: {0} what the values are, {1} the name, {2} the values. */
    UNKNOWN_CHOICE,
    /** A feature listed twice: {0} the feature, {1} the list. */
    FEATURE_TWICE,
    /** An empty list of features: {0} the text, {1} the features. */
    NO_FEATURE,
    /** Features for 2-D points on other data: {0} the features, {1} the data, {2} its coordinates. */
    FEATURES_NEED_2D,
    /** A learning-rate change that is not STEP:RATE: {0} the part. */
    NOT_STEP_RATE,
    /** Learning-rate changes out of order: {0} the part. */
    STEPS_INCREASING,
    /** A learning-rate change to a rate not positive: {0} the part. */
    RATE_POSITIVE,
    /** A dataset no generator makes: {0} the name, {1} the generators but the last, {2} the last. */
    UNKNOWN_DATASET,
    /** Classes other than 2 for a two-class generator: {0} the generator, {1} the classes, {2} and {3} the generators that take any. */
    TWO_CLASSES_ONLY,
    /** Classes for a regression generator: {0} the generator, {1} the classes, {2} and {3} the generators that take any. */
    REGRESSION_NO_CLASSES,
    /** The regression loss with classes: {0} the loss, {1} the dataset, {2} its classes, {3} the classification losses. */
    LOSS_FOR_REGRESSION,
    /** A classification loss with a regression dataset: {0} the loss, {1} the dataset, {2} the regression loss. */
    LOSS_FOR_CLASSES,
    /** A dataset not named: "the dataset". */
    THE_DATASET,
    /** A generator given fewer than 2 classes: {0} the generator, {1} the classes. */
    GENERATOR_CLASSES,
    /** Too few points to generate: {0} the least, {1} the count. */
    TOO_FEW_POINTS,
    /** Generator noise not finite or negative: {0} the noise. */
    NOISE_RANGE,
    /** A classifier on fewer than 2 classes: {0} the classes. */
    CLASSIFIER_CLASSES,
    /** A two-class loss on more: {0} the loss, {1} the classes. */
    LOSS_TWO_CLASSES,
    /** A run that does not fit the heap: {0} its size, {1} the points, {2} the graph values a point, {3} bytes a value, {4} the heap, {5} what to do. */
    RUN_TOO_LARGE,
    /** What fits the heap: {0} the points that fit. */
    FEWER_POINTS,
    /** What fits the heap: smaller layers. */
    SMALLER_LAYERS,
    /** Steps whose records do not fit the heap: {0} the steps, {1} MB needed, {2} MB heap, {3} the most steps. */
    HISTORY_TOO_LARGE,
    /** A CSV with fewer than 2 columns: {0} the file, {1} the line, {2} the columns. */
    CSV_FEW_COLUMNS,
    /** A row whose columns differ from the header's: {0} the file, {1} the line, {2} the columns, {3} the header's line, {4} the row's columns. */
    CSV_COLUMNS_HEADER,
    /** A row whose columns differ from the first row's: {0} the file, {1} the line, {2} the columns, {3} the row's columns. */
    CSV_COLUMNS_FIRST,
    /** A cell that is not a finite number: {0} the file, {1} the line, {2} the column, {3} the cell. */
    CSV_NOT_FINITE,
    /** A label that is not a whole number: {0} the file, {1} the line, {2} the column, {3} the label. */
    CSV_LABEL_NOT_WHOLE,
    /** A CSV without data rows: {0} the file. */
    CSV_NO_ROWS,
    /** A CSV whose rows all have one label: {0} the file, {1} the label. */
    CSV_ONE_CLASS,
    /** A setting's help with its default: {0} the help, {1} the default. */
    DEFAULT_IS,
    /** The default of a setting without one. */
    NO_DEFAULT,
    /** A default the generator decides: {0} each generator's. */
    DEFAULT_GENERATORS,
    /** The loss's default: {0} for two classes, {1} for more. */
    DEFAULT_LOSS,
    /** A default the optimizer decides: {0} each optimizer's. */
    DEFAULT_OPTIMIZER,
    /** The momentum's default: {0} the momentum optimizer's. */
    DEFAULT_MOMENTUM,
    /** The last two values of a list of choices: {0} and {1}. */
    CHOICE_OR,
    /** The last two of a list of names: {0} and {1}. */
    CHOICE_AND;

    @Override
    public String in(Language language) {
        return switch (language) {
            case EN -> NnEnglish.text(this);
            case ZH -> NnChinese.text(this);
        };
    }
}
