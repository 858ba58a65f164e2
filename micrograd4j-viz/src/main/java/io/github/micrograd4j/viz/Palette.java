package io.github.micrograd4j.viz;

import io.github.micrograd4j.viz.scene.Style;

/**
 * The colours of the pictures, in one place. Inputs are blue, constants grey, the output green and the node
 * whose gradient the current step fills in amber; the walkthrough page's legend draws its swatches from here.
 * Gradients are set in bold red, because they are what the pictures are about.
 */
final class Palette {
    static final String BACKGROUND = "#ffffff";
    static final String TEXT = "#202124";
    static final String MUTED_TEXT = "#80868b";
    static final String GRAD_TEXT = "#b3261e";
    static final String EDGE = "#5f6368";

    static final Style VALUE = new Style("#ffffff", "#4a4a4a", 1.2);
    static final Style LEAF = new Style("#e8f0fe", "#3367d6", 1.4);
    /** A number written into an expression: grey, as the ops, for it is part of the formula, not an input. */
    static final Style CONSTANT = new Style("#f1f3f4", "#9aa0a6", 1.0);
    static final Style OUTPUT = new Style("#e6f4ea", "#188038", 2.4);
    static final Style CURRENT = new Style("#fff4c2", "#e37400", 3.0);
    static final Style OP = new Style("#f1f3f4", "#5f6368", 1.2);

    private Palette() {
    }
}
