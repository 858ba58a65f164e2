package io.github.micrograd4j.lang;

import java.util.List;

/**
 * {@code name = expression}, compiled. A statement whose expression is a numeric literal (possibly
 * negated) is an <em>input</em>: its value is a leaf the gradient check can nudge.
 */
record Statement(String name, List<Instruction> code, int maxStack, int line, int column, boolean isInput,
        double inputValue) {
}
