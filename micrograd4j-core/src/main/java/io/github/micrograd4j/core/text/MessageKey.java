package io.github.micrograd4j.core.text;

/**
 * A message of some module, with one text per {@link Language}. Every module keeps its keys in one enum
 * implementing this interface and each language's texts in one class of its own; a text's placeholders are
 * {@code {0}}, {@code {1}}, … and numbers are filled in already formatted, so they read the same in every
 * language.
 */
public interface MessageKey {
    /**
     * This message's text in a language, placeholders unfilled.
     *
     * @param language the language
     * @return the text
     */
    String in(Language language);

    /**
     * This message in a language with its placeholders filled.
     *
     * @param language the language
     * @param args the values of {@code {0}}, {@code {1}}, … in order
     * @return the text
     */
    default String format(Language language, Object... args) {
        return Templates.fill(in(language), args);
    }
}
