package io.github.micrograd4j.lang.text;

import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.MessageKey;

/**
 * The language module's own words: the headings of {@code grad}'s table and the frame of a positioned error.
 * Every place that shows a program's run (the command line, the notebook cells) takes them from here. English in
 * {@code LangEnglish}, Chinese in {@code LangChinese}.
 */
public enum LangText implements MessageKey {
    /** The table's name column. */
    GRAD_LABEL,
    /** The table's op column. */
    GRAD_OP,
    /** The table's data column. */
    GRAD_DATA,
    /** The table's grad column. */
    GRAD_GRAD,
    /** An anomaly in a statement: {0} the statement's name, {1} the anomaly. */
    ANOMALY_IN_STATEMENT,
    /** A position in the program: {0} line, {1} column, {2} the message. */
    AT_POSITION;

    @Override
    public String in(Language language) {
        return switch (language) {
            case EN -> LangEnglish.text(this);
            case ZH -> LangChinese.text(this);
        };
    }
}
