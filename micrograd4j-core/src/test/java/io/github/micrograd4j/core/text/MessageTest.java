package io.github.micrograd4j.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Messages: a key and its arguments put into words only in the language shown, nested messages in the same
 * language, an exception's message in a language, and a message's identity by its key and arguments.
 */
class MessageTest {
    /** Two keys with their words in each language, for the tests. */
    private enum Said implements MessageKey {
        REFUSED, WHOLE;

        @Override
        public String in(Language language) {
            return switch (this) {
                case REFUSED -> language == Language.ZH ? "{0} 被拒绝：{1}" : "{0} refused: {1}";
                case WHOLE -> language == Language.ZH ? "整数" : "a whole number";
            };
        }
    }

    @Test
    void aMessageIsToldInTheLanguageAskedNestedMessagesToo() {
        Message m = new Message(Said.REFUSED, "lr", new Message(Said.WHOLE));
        assertThat(m.key()).isEqualTo(Said.REFUSED);
        assertThat(m.in(Language.EN)).isEqualTo("lr refused: a whole number");
        assertThat(m.in(Language.ZH)).isEqualTo("lr 被拒绝：整数");
        assertThat(m).hasToString("lr refused: a whole number");
    }

    @Test
    void theArgumentsAreCopiedWhenTheMessageIsMade() {
        Object[] args = {"lr", "x"};
        Message m = new Message(Said.REFUSED, args);
        args[1] = "changed";
        assertThat(m.in(Language.EN)).isEqualTo("lr refused: x");
    }

    @Test
    void aPlainTextIsTheSameInEveryLanguage() {
        Message plain = Message.plain("dataset: iris");
        assertThat(plain.in(Language.EN)).isEqualTo("dataset: iris");
        assertThat(plain.in(Language.ZH)).isEqualTo("dataset: iris");
    }

    @Test
    void anExceptionsMessageIsItsMessageInTheLanguageOrItsOwnText() {
        MessageException localized = new MessageException(Said.REFUSED, "lr", new Message(Said.WHOLE));
        assertThat(localized).hasMessage("lr refused: a whole number");
        assertThat(localized.getMessage(Language.ZH)).isEqualTo("lr 被拒绝：整数");
        assertThat(localized.message()).isEqualTo(new Message(Said.REFUSED, "lr", new Message(Said.WHOLE)));
        assertThat(Message.of(localized, Language.ZH)).isEqualTo("lr 被拒绝：整数");
        assertThat(Message.reason(localized)).isSameAs(localized.message());
        IllegalStateException plain = new IllegalStateException("out of memory");
        assertThat(Message.of(plain, Language.ZH)).isEqualTo("out of memory");
        assertThat(Message.reason(plain).in(Language.ZH)).isEqualTo("out of memory");
        assertThat(Message.of(new IllegalStateException(), Language.EN)).isEqualTo("null");
    }

    @Test
    void messagesAreEqualByKeyAndArguments() {
        Message a = new Message(Said.REFUSED, "lr", 1);
        assertThat(a).isEqualTo(new Message(Said.REFUSED, "lr", 1)).hasSameHashCodeAs(new Message(Said.REFUSED, "lr", 1));
        assertThat(a).isNotEqualTo(new Message(Said.REFUSED, "lr", 2)).isNotEqualTo(new Message(Said.WHOLE))
                .isNotEqualTo("lr refused: 1");
        assertThat(a.hashCode()).isNotEqualTo(new Message(Said.WHOLE, "lr", 1).hashCode());
    }
}
