package io.github.micrograd4j.core.text;

import java.util.Locale;

/**
 * A language micrograd4j explains itself in. English is the default everywhere; numbers, op symbols,
 * option names and JSON keys are the same in every language.
 */
public enum Language {
    /** English, the default. */
    EN("en"),
    /** Simplified Chinese, with the terms of a Chinese textbook (反向传播, 梯度, 链式法则, …). */
    ZH("zh");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /**
     * The language's BCP 47 primary tag, as an HTML page declares it ({@code lang="zh"}).
     *
     * @return {@code "en"} or {@code "zh"}
     */
    public String tag() {
        return tag;
    }

    /**
     * The language a tag names: its primary subtag decides, case-insensitively, so {@code zh},
     * {@code zh-CN}, {@code zh_Hans}, {@code ZH} are Chinese and {@code en}, {@code en-US} English.
     *
     * @param tag a language tag
     * @return the language
     * @throws IllegalArgumentException naming the tag and the choices, if no language has that tag
     */
    public static Language fromTag(String tag) {
        if (tag != null) {
            String primary = tag.trim().toLowerCase(Locale.ROOT);
            int cut = indexOfSeparator(primary);
            if (cut >= 0) {
                primary = primary.substring(0, cut);
            }
            for (Language language : values()) {
                if (language.tag.equals(primary)) {
                    return language;
                }
            }
        }
        throw new IllegalArgumentException("unknown language '" + tag + "'; expected " + choices());
    }

    /**
     * The tags {@link #fromTag} accepts, for messages and help texts.
     *
     * @return {@code "en or zh"}
     */
    public static String choices() {
        StringBuilder text = new StringBuilder();
        Language[] all = values();
        for (int i = 0; i < all.length; i++) {
            text.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ").append(all[i].tag);
        }
        return text.toString();
    }

    private static int indexOfSeparator(String tag) {
        int dash = tag.indexOf('-');
        int underscore = tag.indexOf('_');
        return dash < 0 ? underscore : underscore < 0 ? dash : Math.min(dash, underscore);
    }
}
