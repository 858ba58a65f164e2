package io.github.micrograd4j.cli.text;

/** The command line's messages in English. */
final class CliEnglish {
    private CliEnglish() {
    }

    static String text(CliText key) {
        return switch (key) {
            case DEMO_TITLE -> "micrograd4j demo: the walkthrough's expression, built, backpropagated and checked.";
            case DEMO_FORWARD -> "Forward pass";
            case DEMO_BACKWARD ->
                    "Backward pass, node by node (reverse topological order; local derivatives as stored by each op)";
            case DEMO_SAME -> "L.backward() gives the same: {0}";
            case DEMO_CHECK_WALKTHROUGH -> "Numeric check, as in the walkthrough: (L(x + h) - L(x)) / h with h = 0.001";
            case DEMO_CHECK_CENTRAL -> "Numeric check, central difference with PyTorch gradcheck's defaults";
            case DEMO_WROTE_GRAPH -> "Wrote the graph, drawn without Graphviz:";
            case DEMO_DOT -> "{0} (Graphviz DOT, draw_dot's format)";
            case DEMO_WROTE_PAGE -> "and the walkthrough, step by step with Previous/Next and the arrow keys:";
            case DEMO_OPEN -> "{0}  (open it in a browser; it needs no network)";
            case DEMO_TRY -> "Try your own: ./micrograd grad 'x = 3; y = tanh(x * 2 - 5) ** 2' --check";
            case DEMO_TRAIN ->
                    "Train micrograd's demo net (MLP 2-16-16-1 on 100 moons, 100 SGD steps): ./micrograd train --plot demo";
            case WROTE -> "wrote {0}";
            case WROTE_STEPS -> "wrote {0} step pictures to {1} ({2})";
            case WROTE_PAGE -> "wrote {0} (open it in a browser; no network needed)";
            case OUTPUT_NOT_FINITE -> "the output {0} is {1}";
            case GRAD_NOT_FINITE -> "the gradient of {0} is {1}";
            case NOTE_DETECT_ANOMALY -> "note: {0}; rerun with --detect-anomaly to find the first statement and op that"
                    + " make a NaN or an infinity";
            case PROGRAM_TWICE -> "give the program either as an argument or with --file, not both";
            case NO_PROGRAM -> "no program: give one as an argument, e.g. 'a = 2; L = a * a', or with --file FILE";
            case UNKNOWN_FORMAT -> "--format: unknown picture format '{0}'; expected svg, png or svg,png";
            case FORMAT_WITHOUT_STEPS -> "--format chooses the formats of the --steps pictures; give --steps DIR too"
                    + " (the whole graph has --svg FILE and --png FILE)";
            case UNKNOWN_LANGUAGE -> "{0}: unknown language '{1}'; expected {2}";
            case GRAPH_TOO_LARGE -> "the graph has {0} values, more than the {1} that --svg, --png, --steps and --html"
                    + " draw (a picture that large is unreadable); write it with --dot FILE instead and render that with"
                    + " Graphviz";
            case LAYOUT_TOO_LARGE -> "the graph's layout is too large: its {0} values need {1} layer crossings of long"
                    + " edges (one value feeding ops far apart), more than the {2} that --svg, --png, --steps and --html"
                    + " lay out (larger layouts take too long); write it with --dot FILE instead and render that with"
                    + " Graphviz";
            case ERROR -> "error: {0}";
            case WARNING -> "warning: {0}";
            case UNKNOWN_COMMAND -> "unknown command '{0}'; the commands are {1} (see 'micrograd --help')";
            case DID_YOU_MEAN -> "did you mean {0}? (see '{1} --help')";
            case SEE_HELP -> "see '{0} --help'";
            case UNKNOWN_OPTION -> "Unknown option: {0}";
            case MISSING_PARAMETER -> "Missing required parameter for option '{0}' ({1})";
            case INVALID_VALUE -> "Invalid value for option '{0}': {1}";
            case EXTRA_ARGUMENTS -> "unexpected extra arguments from index {0}: {1}";
        };
    }
}
