package io.github.micrograd4j.web.host.jackson;

/** Stands in for jackson-core's {@code io.schubfach.FloatToDecimal}, as {@link DoubleToDecimal} does for doubles. */
public final class FloatToDecimal {
    private FloatToDecimal() {
    }

    /**
     * The number as {@link Float#toString(float)} writes it.
     *
     * @param v the number
     * @return its text
     */
    public static String toString(float v) {
        return Float.toString(v);
    }
}
