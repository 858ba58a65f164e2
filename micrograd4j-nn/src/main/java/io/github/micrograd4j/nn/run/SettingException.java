package io.github.micrograd4j.nn.run;

import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.core.text.MessageException;

/**
 * A bad run setting; the message starts with the setting's key and names the bad value, in every language
 * ({@link #message()}), the key and the value the same in each.
 */
public final class SettingException extends MessageException {
    private static final long serialVersionUID = 1L;

    /** The setting's key. */
    private final String key;

    /**
     * A bad setting.
     *
     * @param key the key, e.g. {@code points}
     * @param message the message, starting with the key
     */
    public SettingException(String key, Message message) {
        super(message);
        this.key = key;
    }

    /**
     * The setting's key.
     *
     * @return e.g. {@code points}
     */
    public String key() {
        return key;
    }
}
