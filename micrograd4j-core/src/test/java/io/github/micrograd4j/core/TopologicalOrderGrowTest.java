package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How the traversal's arrays grow: doubling while small, by half from 2^20, capped below the array limit. */
class TopologicalOrderGrowTest {
    private static final int LIMIT = Integer.MAX_VALUE - 8;

    @Test
    void smallArraysDouble() {
        assertThat(TopologicalOrder.grow(64)).isEqualTo(128);
        assertThat(TopologicalOrder.grow((1 << 20) - 1)).isEqualTo((1 << 21) - 2);
    }

    @Test
    void largeArraysGrowByHalf() {
        assertThat(TopologicalOrder.grow(1 << 20)).isEqualTo((1 << 20) + (1 << 19));
        assertThat(TopologicalOrder.grow(1 << 30)).isEqualTo((1 << 30) + (1 << 29));
    }

    @Test
    void growthStopsAtTheArrayLimit() {
        assertThat(TopologicalOrder.grow(1_500_000_000)).isEqualTo(LIMIT);
        assertThat(TopologicalOrder.grow(LIMIT - 1)).isEqualTo(LIMIT);
        // exactly at the limit once more would still fit: LIMIT - 2 + (LIMIT - 2) / 2 is over it, so the cap
        assertThat(TopologicalOrder.grow(LIMIT - 2)).isEqualTo(LIMIT);
    }

    @Test
    void anArrayAtTheLimitCannotGrow() {
        assertThatThrownBy(() -> TopologicalOrder.grow(LIMIT)).isInstanceOf(OutOfMemoryError.class)
                .hasMessageContaining("graph too large for one array: more than " + LIMIT + " values");
    }
}
