package io.github.micrograd4j.core.tape;

import static org.assertj.core.api.Assertions.assertThat;

/** Bit-for-bit comparison of doubles, where NaN equals NaN and 0.0 differs from -0.0. */
final class Bits {
    private Bits() {
    }

    static void assertSameDouble(double actual, double expected, String what) {
        assertThat(Double.doubleToLongBits(actual)).as("%s: %s, expected %s", what, actual, expected)
                .isEqualTo(Double.doubleToLongBits(expected));
    }
}
