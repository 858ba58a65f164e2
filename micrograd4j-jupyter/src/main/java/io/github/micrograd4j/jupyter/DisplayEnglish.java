package io.github.micrograd4j.jupyter;

/** The notebook displays' words in English. */
final class DisplayEnglish {
    private DisplayEnglish() {
    }

    static String text(DisplayText key) {
        return switch (key) {
            case REFUSAL -> "error: {0}; show it as text with DotExporter.toDot(value) instead";
            case NO_STEPS -> "0 steps";
            case STEPS_SUMMARY -> "{0} steps: loss {1} -> {2}, accuracy {3} -> {4}";
            case MODEL -> "MLP({0}, {1}) on {2}: accuracy {3}";
            case NO_BOUNDARY -> "{0} (no decision boundary: the plot needs 2 features)";
            case ERROR -> "error: {0}";
            case SEPARATOR -> "; ";
        };
    }
}
