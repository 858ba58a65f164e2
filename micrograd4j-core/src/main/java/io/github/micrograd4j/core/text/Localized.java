package io.github.micrograd4j.core.text;

/**
 * An exception whose message can be told in every {@link Language}: {@link Throwable#getMessage()} is the English
 * text, {@link #message()} the message to tell in another ({@link Message#of(Throwable, Language)} reads either).
 */
public interface Localized {
    /**
     * The message, to tell in any language.
     *
     * @return the message
     */
    Message message();
}
