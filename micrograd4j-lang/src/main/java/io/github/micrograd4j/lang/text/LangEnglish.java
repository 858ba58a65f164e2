package io.github.micrograd4j.lang.text;

/** The language module's words in English. */
final class LangEnglish {
    private LangEnglish() {
    }

    static String text(LangText key) {
        return switch (key) {
            case GRAD_LABEL -> "label";
            case GRAD_OP -> "op";
            case GRAD_DATA -> "data";
            case GRAD_GRAD -> "grad";
            case ANOMALY_IN_STATEMENT -> "in statement '{0}': {1}";
            case AT_POSITION -> "line {0}, column {1}: {2}";
        };
    }
}
