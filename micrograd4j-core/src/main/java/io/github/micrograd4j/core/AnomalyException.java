package io.github.micrograd4j.core;

import java.util.List;

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
    /** What was not finite, and why, without the creation site. */
    private final String detail;
    private final transient List<StackTraceElement> createdAt;

    AnomalyException(Value node, Phase phase, String detail, List<StackTraceElement> createdAt) {
        super(detail + "; " + location(createdAt));
        this.node = node;
        this.phase = phase;
        this.detail = detail;
        this.createdAt = List.copyOf(createdAt);
    }

    private static String location(List<StackTraceElement> createdAt) {
        return createdAt.isEmpty()
                ? "created outside anomaly mode, so where is not known"
                : "created at " + createdAt.get(0);
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
        return detail;
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
