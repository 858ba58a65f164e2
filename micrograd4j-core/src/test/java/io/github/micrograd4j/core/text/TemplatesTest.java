package io.github.micrograd4j.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Templates: placeholders at the edges of a template and of the digits, and the width of the wide blocks at
 * each of their first and last code points and just outside them (Unicode's East Asian Width: W and F).
 */
class TemplatesTest {
    /** The wide blocks as {first, last}; 0x303F (the half-fill space) inside the second is narrow. */
    private static final int[][] WIDE = {
        {0x1100, 0x115F}, {0x2E80, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F},
        {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x20000, 0x3FFFD},
    };

    @Test
    void aPlaceholderIsABraceADigitAndABraceAnywhereInTheTemplate() {
        assertThat(Templates.fill("{0}", "x")).isEqualTo("x");
        assertThat(Templates.fill("a{0}", "x")).isEqualTo("ax");
        assertThat(Templates.fill("{0}b", "x")).isEqualTo("xb");
        assertThat(Templates.fill("{1}{0}", "x", "y")).isEqualTo("yx");
        assertThat(Templates.fill("{9}", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)).isEqualTo("9");
        // not placeholders: a brace that the template ends in, and the characters just outside '0'..'9'
        assertThat(Templates.fill("ab{0")).isEqualTo("ab{0");
        assertThat(Templates.fill("a{")).isEqualTo("a{");
        assertThat(Templates.fill("{/}{:}{a}", "x")).isEqualTo("{/}{:}{a}");
        assertThat(Templates.placeholders("{/}{0}{9}{:}")).containsExactly(0, 9);
        assertThat(Templates.placeholders("{3}")).containsExactly(3);
        assertThat(Templates.placeholders("x{2")).isEmpty();
        assertThatThrownBy(() -> Templates.fill("{1}", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{1}").hasMessageContaining("1 argument(s)");
    }

    @Test
    void theWideBlocksAreWideFromTheirFirstToTheirLastCodePoint() {
        for (int[] block : WIDE) {
            assertThat(Templates.isWide(block[0])).as("U+%X", block[0]).isTrue();
            assertThat(Templates.isWide(block[1])).as("U+%X", block[1]).isTrue();
            assertThat(Templates.isWide(block[0] - 1)).as("U+%X", block[0] - 1).isFalse();
            assertThat(Templates.isWide(block[1] + 1)).as("U+%X", block[1] + 1).isFalse();
            assertThat(Templates.isWide((block[0] + block[1]) >>> 1)).as("the middle of U+%X", block[0]).isTrue();
        }
        assertThat(Templates.isWide(0x303F)).isFalse();
        assertThat(Templates.isWide(0x303E)).isTrue();
        assertThat(Templates.isWide(0x3040)).isTrue();
        assertThat(Templates.isWide('a')).isFalse();
    }

    @Test
    void columnsCountWideCodePointsTwiceAndPaddingFillsTheRest() {
        assertThat(Templates.columns("梯度 a")).isEqualTo(6);
        assertThat(Templates.columns("\uD840\uDC00")).as("a supplementary ideograph, one code point").isEqualTo(2);
        assertThat(Templates.padRight("梯度", 6)).isEqualTo("梯度  ");
        assertThat(Templates.padLeft("梯度", 5)).isEqualTo(" 梯度");
        assertThat(Templates.padRight("梯度", 3)).isEqualTo("梯度");
    }
}
