package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void readableMagnitudesAreFixedPoint() {
        assertThat(Numbers.readable(0.0, 4)).isEqualTo("0.0000");
        assertThat(Numbers.readable(-2.5, 6)).isEqualTo("-2.500000");
        assertThat(Numbers.readable(1e-4, 4)).isEqualTo("0.0001");
        assertThat(Numbers.readable(9_999_999_999.0, 1)).isEqualTo("9999999999.0");
    }

    @Test
    void hugeAndTinyMagnitudesAreScientificSoTheyStayShort() {
        assertThat(Numbers.readable(1e308, 6)).isEqualTo("1.000000e+308");
        assertThat(Numbers.readable(-3e-7, 4)).isEqualTo("-3.0000e-07");
        assertThat(Numbers.readable(1e10, 4)).isEqualTo("1.0000e+10");
    }

    @Test
    void nonFiniteValuesAreNamed() {
        assertThat(Numbers.readable(Double.NaN, 4)).isEqualTo("NaN");
        assertThat(Numbers.readable(Double.NEGATIVE_INFINITY, 4)).isEqualTo("-Infinity");
    }
}
