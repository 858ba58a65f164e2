package io.github.micrograd4j.web.host.jackson;

/**
 * Stands in for jackson-core's {@code io.schubfach.DoubleToDecimal} in the browser build. Jackson uses it
 * only when a generator enables {@code USE_FAST_DOUBLE_WRITER}, which micrograd4j never does: numbers are
 * written with {@link Double#toString(double)}, on the JVM and in the browser alike. The original calls a
 * {@code String} constructor TeaVM does not have.
 */
public final class DoubleToDecimal {
    private DoubleToDecimal() {
    }

    /**
     * The number as {@link Double#toString(double)} writes it.
     *
     * @param v the number
     * @return its text
     */
    public static String toString(double v) {
        return Double.toString(v);
    }
}
