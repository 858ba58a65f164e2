package io.github.micrograd4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void invisibleCharactersAreEscapedAndLineBreaksKept() {
        assertThat(Messages.printable("got 'relu\u0092'")).isEqualTo("got 'relu\\u0092'");
        assertThat(Messages.printable("a\u2028b\u202ec\u0000d\te")).isEqualTo("a\\u2028b\\u202Ec\\u0000d\\u0009e");
        assertThat(Messages.printable("line 1\n  x = $\n      ^")).isEqualTo("line 1\n  x = $\n      ^");
        assertThat(Messages.printable("half \ud83d pair, whole \ud83d\ude00")).isEqualTo("half \\uD83D pair, whole \ud83d\ude00");
        assertThat(Messages.printable("é π ∞")).isEqualTo("é π ∞");
        assertThat(Messages.printable(null)).isEqualTo("(no message)");
    }
}
