package io.github.micrograd4j.core.text;

/**
 * A refused argument whose message can be told in every {@link Language}: {@link #getMessage()} is the English
 * text, {@link #message()} the message to tell in another. The libraries' validation errors that reach a learner
 * (a bad training setting, a malformed upload) are of this kind, so the labs show them in the page's language.
 */
public class MessageException extends IllegalArgumentException implements Localized {
    private static final long serialVersionUID = 1L;

    /** The message; not serialized (an exception is only ever shown in the process that threw it). */
    private final transient Message message;

    /**
     * A refusal.
     *
     * @param message what is wrong, naming the bad value
     */
    public MessageException(Message message) {
        super(message.in(Language.EN));
        this.message = message;
    }

    /**
     * A refusal with its message's key and arguments.
     *
     * @param key the message's key
     * @param args its placeholders' values; a {@link Message} among them is told in the same language
     */
    public MessageException(MessageKey key, Object... args) {
        this(new Message(key, args));
    }

    @Override
    public Message message() {
        return message;
    }

    /**
     * The message in a language.
     *
     * @param language the language
     * @return the text
     */
    public String getMessage(Language language) {
        return message.in(language);
    }
}
