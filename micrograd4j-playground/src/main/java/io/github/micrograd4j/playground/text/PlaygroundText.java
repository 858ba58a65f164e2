package io.github.micrograd4j.playground.text;

import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.MessageKey;

/**
 * The playground's own refusals a learner sees (a program too long or too slow, a graph too large to draw, the
 * training lab's limits, a run that is gone), in every language; the labs' other words are the page bundles
 * {@code text-en.json} and {@code text-zh.json}. A request that names its {@code lang} gets them in it; names,
 * numbers, option names and JSON keys are the same in every language. English in {@code PlaygroundEnglish},
 * Chinese in {@code PlaygroundChinese}.
 */
public enum PlaygroundText implements MessageKey {
    /** A program beyond the limit: {0} its characters, {1} the limit. */
    PROGRAM_TOO_LONG,
    /** The server stopping. */
    STOPPING,
    /** The server stopping while a run answers. */
    SERVER_STOPPING,
    /** A full queue: {0} the evaluations running, {1} waiting. */
    BUSY,
    /** A run past the time limit: {0} the limit in ms. */
    TIMEOUT,
    /** A program that nests past the stack. */
    TOO_DEEP,
    /** A graph past the heap. */
    OUT_OF_MEMORY,
    /** A bug: {0} the exception's class. */
    INTERNAL,
    /** A graph whose layout is too large: {0} its values, {1} its layer crossings, {2} the limit. */
    LAYOUT_TOO_LARGE,
    /** A graph with too many values: {0} its values, {1} the limit. */
    GRAPH_TOO_LARGE,
    /** Points past the lab's limit: {0} the limit, {1} the points. */
    POINTS_LIMIT,
    /** Hidden layers past the lab's limit: {0} the limit, {1} the layers. */
    LAYERS_LIMIT,
    /** A layer wider than the lab's limit: {0} the limit, {1} the width. */
    WIDTH_LIMIT,
    /** Steps past the lab's limit: {0} the limit, {1} the steps. */
    STEPS_LIMIT,
    /** An upload whose points are not 2-D: {0} the file, {1} its features. */
    UPLOAD_TWO_FEATURES,
    /** Several settings refused: {0} how many, {1} each one's reason. */
    SETTINGS_REFUSED,
    /** Two reasons in a list: {0} and {1}. */
    AND_THEN,
    /** A control before any run. */
    NO_RUN,
    /** A run stopped before it answered. */
    RUN_STOPPED,
    /** A run that did not answer: {0} the seconds waited. */
    RUN_SILENT,
    /** A learning rate not positive: {0} the rate. */
    LR_POSITIVE,
    /** A neuron out of range: {0} the last index, {1} the index. */
    NEURON_RANGE,
    /** A point not finite: {0} and {1} its coordinates. */
    POINT_FINITE,
    /** The page's event stream closed. */
    STREAM_CLOSED,
    /** A page without its event stream: {0} the page's id. */
    NO_STREAM,
    /** The server at its most runs: {0} the most. */
    TOO_MANY_RUNS,
    /** The drill-down program's first comment for a hidden neuron: {0} the neuron, {1} its layer, {2} and {3} the point, {4} the training point's index, {5} the training points, {6} its class or target (DRILL_CLASS, DRILL_TARGET). */
    DRILL_HIDDEN,
    /** The drill-down program's first comment for an output neuron: {0} the neuron, {1} and {2} the point, {3} the training point's index, {4} the training points, {5} its class or target (DRILL_CLASS, DRILL_TARGET). */
    DRILL_OUTPUT,
    /** The drill-down program's comment on what its numbers are (two comment lines). */
    DRILL_DATA,
    /** The drill-down program's comment on dL/dout: {0} its value, {1} the whole loss. */
    DRILL_UPSTREAM,
    /** A training point's class in the drill-down program's first comment: {0} the class. */
    DRILL_CLASS,
    /** A regression point's target in the drill-down program's first comment: {0} the target. */
    DRILL_TARGET,
    /** The edge editor's weight action without one of its fields: {0} the field. */
    WEIGHT_MISSING,
    /** A weight's layer out of range: {0} the last layer, {1} the layers of weights, {2} the layer given. */
    WEIGHT_LAYER,
    /** A weight's neuron out of range: {0} the last neuron, {1} the layer, {2} the neuron given. */
    WEIGHT_NEURON,
    /** A weight's input out of range: {0} the last input, {1} the layer, {2} the input given. */
    WEIGHT_INPUT,
    /** A weight's new value that is not a finite number: {0} what was sent. */
    VALUE_NOT_FINITE;

    @Override
    public String in(Language language) {
        return switch (language) {
            case EN -> PlaygroundEnglish.text(this);
            case ZH -> PlaygroundChinese.text(this);
        };
    }
}
