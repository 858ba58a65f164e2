package io.github.micrograd4j.core.explain;

import io.github.micrograd4j.core.Op;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.text.CoreText;
import io.github.micrograd4j.core.text.Language;
import java.util.Objects;
import java.util.function.Function;

/**
 * Why a division shows as {@code **-1} and {@code *}: {@link Value#div(Value)} builds {@code a / b} as
 * {@code a * b ** -1}, as micrograd does, so a graph has no division node. This names the two nodes such a
 * division leaves, for a page or a picture to explain where they are drawn. A product written as
 * {@code a * b ** -1} is the same graph and gets the same note: it is a division.
 */
public final class DivisionNote {
    private DivisionNote() {
    }

    /**
     * The note on a node of a division, or {@code null} for any other node.
     *
     * @param v a node
     * @param name each node's name as the picture shows it
     * @param language the language of the note
     * @return the note on the reciprocal {@code b ** -1} or on the product {@code a * b ** -1}, or {@code null}
     */
    public static String of(Value v, Function<Value, String> name, Language language) {
        Objects.requireNonNull(v, "v");
        if (isReciprocal(v)) {
            return CoreText.DIVISION_RECIPROCAL.format(language, name.apply(v), name.apply(v.children().get(0)));
        }
        if (v.op() == Op.MUL && isReciprocal(v.children().get(1))) {
            Value reciprocal = v.children().get(1);
            return CoreText.DIVISION_PRODUCT.format(language, name.apply(v), name.apply(v.children().get(0)),
                    name.apply(reciprocal), name.apply(reciprocal.children().get(0)));
        }
        return null;
    }

    private static boolean isReciprocal(Value v) {
        return v.op() == Op.POW_CONST && v.constant() == -1.0;
    }
}
