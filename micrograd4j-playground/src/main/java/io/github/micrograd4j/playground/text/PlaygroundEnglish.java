package io.github.micrograd4j.playground.text;

/** The playground's refusals in English. */
final class PlaygroundEnglish {
    private PlaygroundEnglish() {
    }

    static String text(PlaygroundText key) {
        return switch (key) {
            case PROGRAM_TOO_LONG -> "the program has {0} characters, more than the {1} the playground runs";
            case STOPPING -> "the playground is stopping";
            case SERVER_STOPPING -> "the server is stopping";
            case BUSY -> "the playground is busy ({0} evaluations running, {1} waiting); try again";
            case TIMEOUT -> "the evaluation took longer than {0} ms and was stopped; make the program smaller";
            case TOO_DEEP -> "the program nests too deeply to run";
            case OUT_OF_MEMORY -> "out of memory: the graph is too large for this server's heap";
            case INTERNAL -> "internal error: {0} (a bug in micrograd4j; please report it with the program you ran)";
            case LAYOUT_TOO_LARGE -> "the graph's layout is too large: its {0} values need {1} layer crossings, more than the {2} drawn";
            case GRAPH_TOO_LARGE -> "the graph has {0} values, more than the {1} drawn; use 'micrograd grad --dot' for larger graphs";
            case POINTS_LIMIT -> "points must be at most {0} in the lab, got {1}";
            case LAYERS_LIMIT -> "layers: at most {0} hidden layers, got {1}";
            case WIDTH_LIMIT -> "layers: at most {0} neurons a layer, got {1}";
            case STEPS_LIMIT -> "steps must be at most {0} in the lab, got {1}";
            case UPLOAD_TWO_FEATURES -> "{0}: the lab draws 2 features per point, got {1}";
            case SETTINGS_REFUSED -> "{0} settings are refused: {1}";
            case AND_THEN -> "{0}; {1}";
            case NO_RUN -> "no run on this page yet";
            case RUN_STOPPED -> "the run was stopped (reset or closed) before it could answer";
            case RUN_SILENT -> "the run did not answer within {0} s";
            case LR_POSITIVE -> "lr must be a positive finite number, got {0}";
            case NEURON_RANGE -> "neuron must be 0 to {0}, got {1}";
            case POINT_FINITE -> "the point must be finite, got ({0}, {1})";
            case STREAM_CLOSED -> "the page's event stream has closed; reload the page";
            case NO_STREAM -> "the page {0} has no open event stream; reload the page";
            case TOO_MANY_RUNS -> "the server is already training {0} runs (the most at once); close another training tab and try again";
            case DRILL_HIDDEN -> "# neuron {0} of hidden layer {1} at the point ({2}, {3}), training point {4} of {5}, {6}";
            case DRILL_OUTPUT -> "# neuron {0} of the output layer at the point ({1}, {2}), training point {3} of {4}, {5}";
            case DRILL_DATA -> "# data: this point's forward pass at the current weights. L is the training loss's tangent in out\n# at this point, so each grad is dL/d node through this neuron at this point";
            case DRILL_UPSTREAM -> "# dL/dout = {0}, from the whole loss's backward; L's value is the whole loss, {1}";
            case DRILL_CLASS -> "class {0}";
            case DRILL_TARGET -> "target {0}";
            case WEIGHT_MISSING -> "the weight action needs layer, neuron, input and value; {0} is missing";
            case WEIGHT_LAYER -> "layer must be 0 to {0} (the net has {1} layers of weights), got {2}";
            case WEIGHT_NEURON -> "neuron must be 0 to {0} in layer {1}, got {2}";
            case WEIGHT_INPUT -> "input must be 0 to {0} for layer {1}'s neurons, got {2}";
            case VALUE_NOT_FINITE -> "value must be a finite number, got {0}";
        };
    }
}
