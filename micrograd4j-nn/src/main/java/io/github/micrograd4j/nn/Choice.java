package io.github.micrograd4j.nn;

/**
 * One value of a closed set named on the command line, in the training lab's URL and in model files:
 * an activation, a loss, an optimizer... Each enum of such values implements this, and
 * {@link Choices#byId} looks them up by name for all of them, with one message for a bad name.
 */
public interface Choice {
    /**
     * The lower-case name used on the command line, in URLs and in files.
     *
     * @return e.g. {@code relu}
     */
    String id();

    /**
     * The name a page shows for this value; the id unless the value has a better one.
     *
     * @return e.g. {@code x1²} for the feature {@code x1sq}
     */
    default String label() {
        return id();
    }

    /**
     * Whether this value is for regression (real-valued targets) rather than classes: a regression dataset or
     * the regression loss. The training lab reads it from the settings table to keep a loss and a dataset of
     * the same kind.
     *
     * @return false unless the value says otherwise
     */
    default boolean regression() {
        return false;
    }

    /**
     * Whether a name given by a user means this value: the id, ignoring case. A value with an older
     * name too overrides this.
     *
     * @param name the name, already trimmed
     * @return whether it names this value
     */
    default boolean matches(String name) {
        return id().equalsIgnoreCase(name);
    }
}
