package io.github.micrograd4j.nn;

import io.github.micrograd4j.core.text.MessageException;
import io.github.micrograd4j.nn.text.NnText;
import java.util.Optional;
import java.util.StringJoiner;

/** The lookup by name that every {@link Choice} enum shares, so that every bad name gets the same message. */
public final class Choices {
    private Choices() {
    }

    /**
     * The value a name gives, ignoring case and surrounding spaces.
     *
     * @param <E> the kind of value
     * @param choices every value, e.g. {@code Activation.values()}
     * @param name the name, or null
     * @return the value, or empty if no value has that name
     */
    public static <E extends Choice> Optional<E> find(E[] choices, String name) {
        String n = name == null ? "" : name.trim();
        for (E c : choices) {
            if (c.matches(n)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The value a name gives, ignoring case and surrounding spaces.
     *
     * @param <E> the kind of value
     * @param choices every value, e.g. {@code Activation.values()}
     * @param what what the values are, for the message, e.g. {@code activation}
     * @param name the name
     * @return the value
     * @throws IllegalArgumentException {@code unknown activation 'x'; expected one of relu, tanh, sigmoid, linear}
     */
    public static <E extends Choice> E byId(E[] choices, String what, String name) {
        return find(choices, name).orElseThrow(() -> new MessageException(NnText.UNKNOWN_CHOICE, what, name,
                ids(choices, ", ")));
    }

    /**
     * The ids of some values.
     *
     * @param choices the values
     * @param separator between two ids
     * @return e.g. {@code relu, tanh, sigmoid, linear}
     */
    public static String ids(Choice[] choices, String separator) {
        StringJoiner j = new StringJoiner(separator);
        for (Choice c : choices) {
            j.add(c.id());
        }
        return j.toString();
    }
}
