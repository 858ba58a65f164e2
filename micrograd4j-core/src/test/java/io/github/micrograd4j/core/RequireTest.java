package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequireTest {
    @Test
    void goodArgumentsComeBack() {
        assertThat(Require.atLeast(3, 1, "n")).isEqualTo(3);
        assertThat(Require.atLeast(1, 1, "n")).isEqualTo(1);
        assertThat(Require.positive(Double.POSITIVE_INFINITY, "x")).isInfinite();
        assertThat(Require.finite(-2.5, "x")).isEqualTo(-2.5);
        assertThat(Require.positiveFinite(Double.MIN_VALUE, "x")).isEqualTo(Double.MIN_VALUE);
    }

    @Test
    void badArgumentsAreNamedWithTheirValue() {
        assertThatThrownBy(() -> Require.atLeast(0, 1, "batch size"))
                .hasMessage("batch size must be at least 1, got 0");
        assertThatThrownBy(() -> Require.positive(0.0, "font size")).hasMessage("font size must be positive, got 0.0");
        assertThatThrownBy(() -> Require.positive(Double.NaN, "w")).hasMessage("w must be positive, got NaN");
        assertThatThrownBy(() -> Require.finite(Double.NEGATIVE_INFINITY, "w"))
                .hasMessage("w must be finite, got -Infinity");
        assertThatThrownBy(() -> Require.positiveFinite(Double.POSITIVE_INFINITY, "eps"))
                .hasMessage("eps must be positive and finite, got Infinity");
        assertThatThrownBy(() -> Require.positiveFinite(-1.0, "eps"))
                .hasMessage("eps must be positive and finite, got -1.0");
    }
}
