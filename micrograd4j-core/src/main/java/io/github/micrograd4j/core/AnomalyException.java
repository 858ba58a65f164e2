package io.github.micrograd4j.core;

import io.github.micrograd4j.core.text.CoreText;
import io.github.micrograd4j.core.text.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown in {@link AnomalyMode anomaly mode} by the first operation that produces a NaN or an
 * infinity: a forward op whose value or local derivative is not finite, or a backward step that
 * makes a gradient not finite. It names the node (label, op, input values) and, when the node was
 * created in anomaly mode, the place in the caller's code that created it.
 */
public final class AnomalyException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    /** Where the anomaly appeared. */
    public enum Phase {
        /** While computing a node's value and local derivatives. */
        FORWARD,
        /** While backpropagating a node's gradient into its children. */
        BACKWARD
    }

    private final transient Value node;
    /** Whether the anomaly appeared in the forward or the backward pass. */
    private final Phase phase;
    /** What was not finite, and why, without the creation site, in each language. */
    private final Map<Language, String> details;
    private final transient List<StackTraceElement> createdAt;

    AnomalyException(Value node, Phase phase, Map<Language, String> details, List<StackTraceElement> createdAt) {
        super(message(details.get(Language.EN), createdAt, Language.EN));
        this.node = node;
        this.phase = phase;
        this.details = new EnumMap<>(details);
        this.createdAt = List.copyOf(createdAt);
    }

    private static String message(String detail, List<StackTraceElement> createdAt, Language language) {
        String site = createdAt.isEmpty() ? CoreText.CREATED_OUTSIDE.in(language)
                : CoreText.CREATED_AT.format(language, createdAt.get(0));
        return CoreText.WITH_SITE.format(language, detail, site);
    }

    /**
     * The exception's message in a language: {@link #detail(Language)} and where the node was created.
     * {@link #getMessage()} is the English one.
     *
     * @param language the language
     * @return the message
     */
    public String message(Language language) {
        return message(detail(language), createdAt(), language);
    }

    /**
     * The node at fault: the one whose forward result is not finite, or the one whose backward step
     * made a child's gradient not finite.
     *
     * @return the node
     */
    public Value node() {
        return node;
    }

    /**
     * Whether the anomaly appeared in the forward or the backward pass.
     *
     * @return the phase
     */
    public Phase phase() {
        return phase;
    }

    /**
     * The message without the creation site: what was computed from what, and the domain rule that
     * explains it. Callers that know a better location (the CLI knows the program's line) combine
     * this with their own.
     *
     * @return the description of the anomaly
     */
    public String detail() {
        return detail(Language.EN);
    }

    /**
     * {@link #detail()} in a language; the numbers are the same in every language.
     *
     * @param language the language
     * @return the description of the anomaly
     */
    public String detail(Language language) {
        return details.get(language);
    }

    /**
     * The caller's stack frames when the node was created, innermost first, with micrograd4j's own
     * frames and the JDK's left out; empty if the node was created outside anomaly mode.
     *
     * @return the creation site, innermost first
     */
    public List<StackTraceElement> createdAt() {
        return createdAt == null ? List.of() : createdAt;
    }
}
