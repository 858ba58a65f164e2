package io.github.micrograd4j.jupyter;

import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.MessageKey;

/**
 * The notebook displays' own words (the graph, step and check words come from the engine's and the
 * pictures' bundles). English in {@code DisplayEnglish}, Chinese in {@code DisplayChinese}.
 */
public enum DisplayText implements MessageKey {
    /** A graph too large to draw: {0} the refusal. */
    REFUSAL,
    /** A run of no steps. */
    NO_STEPS,
    /** A run: {0} steps, {1} first loss, {2} last loss, {3} first accuracy, {4} last accuracy. */
    STEPS_SUMMARY,
    /** A model: {0} inputs, {1} layer sizes, {2} the data's name, {3} accuracy. */
    MODEL,
    /** A model without a boundary plot: {0} the model's text. */
    NO_BOUNDARY,
    /** A cell's one-line error: {0} the message. */
    ERROR,
    /** Between the model's text and the run's summary. */
    SEPARATOR;

    @Override
    public String in(Language language) {
        return switch (language) {
            case EN -> DisplayEnglish.text(this);
            case ZH -> DisplayChinese.text(this);
        };
    }
}
