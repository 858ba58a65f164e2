package io.github.micrograd4j.nn.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomIntsTest {
    /** Bounds of every kind: 1, powers of two, small odd ones, and ones that make rejections common. */
    private static final int[] BOUNDS = {1, 2, 3, 7, 64, 100, 1 << 20, 1_000_003, (1 << 30) + 1, Integer.MAX_VALUE};

    @Test
    void drawsWhatTheJdksRandomDrawsFromTheSameSeed() {
        for (long seed = 0; seed < 50; seed++) {
            Random jdk = new Random(seed);
            Random ours = new Random(seed);
            for (int i = 0; i < 2_000; i++) {
                int bound = BOUNDS[i % BOUNDS.length];
                assertThat(RandomInts.below(ours, bound)).as("seed %d, draw %d, bound %d", seed, i, bound)
                        .isEqualTo(jdk.nextInt(bound));
            }
        }
    }

    @Test
    void anotherGeneratorKeepsItsOwnBoundedInts() {
        SplittableRandom a = new SplittableRandom(5);
        SplittableRandom b = new SplittableRandom(5);
        for (int i = 0; i < 100; i++) {
            assertThat(RandomInts.below(a, 1000)).isEqualTo(b.nextInt(1000));
        }
    }

    @Test
    void aBoundBelowOneIsRefusedByName() {
        assertThatThrownBy(() -> RandomInts.below(new Random(1), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bound");
    }
}
