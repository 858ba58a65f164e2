package org.teavm.classlib.java.util;

import java.util.Objects;

/**
 * {@code java.util.StringJoiner} for TeaVM, whose class library (0.16.0) lacks it: nn's settings table and
 * choice lists join their ids with it. The same behaviour as the JDK's, checked against it by
 * {@code StringJoinerSubstituteTest}.
 */
public final class TStringJoiner {
    private final String prefix;
    private final String delimiter;
    private final String suffix;
    private StringBuilder joined;
    private String emptyValue;

    /**
     * A joiner without prefix or suffix.
     *
     * @param delimiter written between two elements
     */
    public TStringJoiner(CharSequence delimiter) {
        this(delimiter, "", "");
    }

    /**
     * A joiner with a prefix and a suffix.
     *
     * @param delimiter written between two elements
     * @param prefix written first
     * @param suffix written last
     */
    public TStringJoiner(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
        this.delimiter = Objects.requireNonNull(delimiter, "The delimiter must not be null").toString();
        this.prefix = Objects.requireNonNull(prefix, "The prefix must not be null").toString();
        this.suffix = Objects.requireNonNull(suffix, "The suffix must not be null").toString();
    }

    /**
     * What {@link #toString()} gives before any element is added.
     *
     * @param emptyValue the text
     * @return this joiner
     */
    public TStringJoiner setEmptyValue(CharSequence emptyValue) {
        this.emptyValue = Objects.requireNonNull(emptyValue, "The empty value must not be null").toString();
        return this;
    }

    /**
     * Adds an element ({@code "null"} for null).
     *
     * @param element the element
     * @return this joiner
     */
    public TStringJoiner add(CharSequence element) {
        if (joined == null) {
            joined = new StringBuilder();
        } else {
            joined.append(delimiter);
        }
        joined.append(String.valueOf(element));
        return this;
    }

    /**
     * Adds another joiner's elements, joined by its delimiter and without its prefix and suffix, as one element.
     *
     * @param other the other joiner
     * @return this joiner
     */
    public TStringJoiner merge(TStringJoiner other) {
        Objects.requireNonNull(other);
        if (other.joined != null) {
            String theirs = other.joined.toString(); // read first: other may be this joiner
            add(theirs);
        }
        return this;
    }

    /**
     * The length of {@link #toString()}.
     *
     * @return the length
     */
    public int length() {
        return joined == null && emptyValue != null ? emptyValue.length()
                : prefix.length() + (joined == null ? 0 : joined.length()) + suffix.length();
    }

    @Override
    public String toString() {
        if (joined == null && emptyValue != null) {
            return emptyValue;
        }
        return prefix + (joined == null ? "" : joined.toString()) + suffix;
    }
}
