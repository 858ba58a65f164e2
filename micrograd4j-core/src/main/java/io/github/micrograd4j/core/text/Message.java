package io.github.micrograd4j.core.text;

import java.util.Arrays;

/**
 * A message not yet put into words: its key and its arguments, told in any {@link Language} when shown. An
 * error thrown deep inside a library keeps one, so that the page or the command line that shows it can tell it
 * in the learner's language while {@link Throwable#getMessage()} stays English. An argument that is itself a
 * {@code Message} is told in the same language (a setting's key before the reason it is refused); any other
 * argument (a name, a number already formatted, a position) is shown as it is in every language.
 */
public final class Message {
    private final MessageKey key;
    private final Object[] args;

    /**
     * A message.
     *
     * @param key the key
     * @param args the values of its placeholders, in order
     */
    public Message(MessageKey key, Object... args) {
        this.key = key;
        this.args = args.clone();
    }

    /**
     * The message's key.
     *
     * @return the key
     */
    public MessageKey key() {
        return key;
    }

    /**
     * The message in a language, nested messages in the same language.
     *
     * @param language the language
     * @return the text
     */
    public String in(Language language) {
        Object[] told = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            told[i] = args[i] instanceof Message m ? m.in(language) : args[i];
        }
        return key.format(language, told);
    }

    /**
     * The text of an exception in a language: its {@link Localized#message() message} when it has one,
     * else its own (English) text.
     *
     * @param error the exception
     * @param language the language
     * @return the text
     */
    public static String of(Throwable error, Language language) {
        return error instanceof Localized m ? m.message().in(language) : String.valueOf(error.getMessage());
    }

    /**
     * What an exception says, kept for a message that quotes it: its message when it has one, else its own
     * (English) text, the same in every language.
     *
     * @param error the exception
     * @return the message
     */
    public static Message reason(Throwable error) {
        return error instanceof Localized m ? m.message() : plain(String.valueOf(error.getMessage()));
    }

    /**
     * A text the same in every language: a message from elsewhere that has no other words.
     *
     * @param text the text
     * @return the message
     */
    public static Message plain(String text) {
        return new Message(Plain.TEXT, text);
    }

    /** The one key of a text the same in every language. */
    private enum Plain implements MessageKey {
        TEXT;

        @Override
        public String in(Language language) {
            return "{0}";
        }
    }

    /**
     * The message in English, the default.
     *
     * @return the English text
     */
    @Override
    public String toString() {
        return in(Language.EN);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && m.key == key && Arrays.equals(m.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }
}
