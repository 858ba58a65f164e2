package io.github.micrograd4j.viz.text;

import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.MessageKey;

/**
 * The words of the step pictures and the walkthrough page. The English texts are in {@code VizEnglish}, the
 * Chinese ones in {@code VizChinese}; placeholders are described per key.
 */
public enum VizText implements MessageKey {
    /** A box's data cell: {0} the number. */
    CELL_DATA,
    /** A box's grad cell: {0} the number, empty while not known. */
    CELL_GRAD,
    /** A step picture's first caption: {0} the step, {1} the step count, {2} the chain-rule sentence. */
    CAPTION_STEP,
    /** The page's title: {0} the output's name. */
    PAGE_TITLE,
    /** The page's introduction to backpropagation. */
    PAGE_INTRO,
    /** The button back. */
    PREVIOUS,
    /** The button forward. */
    NEXT,
    /** The legend's swatch of inputs. */
    LEGEND_INPUT,
    /** The legend's swatch of constants, numbers written into a formula (grey). */
    LEGEND_CONSTANT,
    /** The legend's swatch of values an op computed (white). */
    LEGEND_VALUE,
    /** The legend's swatch of the ops (grey ellipses). */
    LEGEND_OP,
    /** The legend's swatch of the output. */
    LEGEND_OUTPUT,
    /** The legend's swatch of the step's value. */
    LEGEND_CURRENT,
    /** The step counter: {0} the step, {1} the step count. */
    COUNTER,
    /** The heading of the final gradients' table. */
    FINAL_GRADIENTS,
    /** The table's value column. */
    COLUMN_VALUE,
    /** The table's op column. */
    COLUMN_OP,
    /** The table's data column. */
    COLUMN_DATA,
    /** The table's gradient column: {0} the output's name. */
    COLUMN_GRAD,
    /** The accessible title of the page when embedded in a frame (a notebook). */
    FRAME_TITLE,
    /** A PNG with characters no installed font has: {0} the font packages to install. */
    NO_FONT_FOR_TEXT,
    /** A graph with too many values to draw: {0} its values, {1} the most drawn. */
    TOO_MANY_VALUES,
    /** A graph whose layout crosses too many layers: {0} its values, {1} its crossings, {2} the most laid out. */
    TOO_MANY_CROSSINGS;

    @Override
    public String in(Language language) {
        return switch (language) {
            case EN -> VizEnglish.text(this);
            case ZH -> VizChinese.text(this);
        };
    }
}
