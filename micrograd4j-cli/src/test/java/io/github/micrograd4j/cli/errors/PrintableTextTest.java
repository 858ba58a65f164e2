package io.github.micrograd4j.cli.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTextTest {

    @Test
    void invisibleCharactersAreEscapedAndLineBreaksKept() {
        assertThat(PrintableText.printable("got 'relu\u0092'")).isEqualTo("got 'relu\\u0092'");
        assertThat(PrintableText.printable("a\u2028b\u202ec\u0000d\te")).isEqualTo("a\\u2028b\\u202Ec\\u0000d\\u0009e");
        assertThat(PrintableText.printable("line 1\n  x = $\n      ^")).isEqualTo("line 1\n  x = $\n      ^");
        assertThat(PrintableText.printable("half \ud83d pair, whole \ud83d\ude00")).isEqualTo("half \\uD83D pair, whole \ud83d\ude00");
        assertThat(PrintableText.printable("é π ∞")).isEqualTo("é π ∞");
        assertThat(PrintableText.printable(null)).isEqualTo("(no message)");
    }
}
