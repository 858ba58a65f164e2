package io.github.micrograd4j.viz.text;

/** The pictures' and the page's words in English. */
final class VizEnglish {
    private VizEnglish() {
    }

    static String text(VizText key) {
        return switch (key) {
            case CELL_DATA -> "data {0}";
            case CELL_GRAD -> "grad {0}";
            case CAPTION_STEP -> "step {0} of {1}:  {2}";
            case PAGE_TITLE -> "Backpropagation of {0}, step by step";
            case PAGE_INTRO -> "Backpropagation fills in the gradients from the output back to the inputs, one value"
                    + " at a time in reverse topological order. Each value's gradient is the sum, over the ops that use"
                    + " it, of the op's gradient times the op's local derivative (the chain rule). Step with the"
                    + " buttons or the \u2190 \u2192 keys.";
            case PREVIOUS -> "\u2190 Previous";
            case NEXT -> "Next \u2192";
            case LEGEND_INPUT -> "input (a leaf: it gets a grad)";
            case LEGEND_CONSTANT -> "constant (a number in the formula)";
            case LEGEND_VALUE -> "value an op computed";
            case LEGEND_OP -> "op";
            case LEGEND_OUTPUT -> "output";
            case LEGEND_CURRENT -> "this step's value";
            case COUNTER -> "step {0} of {1}";
            case FINAL_GRADIENTS -> "Final gradients";
            case COLUMN_VALUE -> "value";
            case COLUMN_OP -> "op";
            case COLUMN_DATA -> "data";
            case COLUMN_GRAD -> "grad d{0}/d(value)";
            case FRAME_TITLE -> "backpropagation step by step";
            case NO_FONT_FOR_TEXT -> "no installed font has some characters of this picture, so the PNG shows them"
                    + " as empty boxes; install a font with Chinese glyphs ({0}) or use the SVG, which the browser"
                    + " draws with its own fonts";
            case TOO_MANY_VALUES -> "the graph has {0} values; pictures are drawn for at most {1}";
            case TOO_MANY_CROSSINGS -> "the graph's {0} values need a layout with {1} layer crossings of long edges"
                    + " (one value feeding ops far apart); pictures are drawn for at most {2}";
        };
    }
}
