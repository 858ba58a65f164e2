package io.github.micrograd4j.nn.train;

import io.github.micrograd4j.nn.Choice;
import io.github.micrograd4j.nn.Choices;
import java.util.Locale;

/**
 * The training engines by name, as the command line and configuration files give them: {@code tape}
 * ({@link TapeEngine}) and {@code graph} ({@link GraphEngine}).
 */
public enum Engines implements Choice {
    /** micrograd's way: the whole graph rebuilt every step. */
    GRAPH("graph"),
    /** Each point's loss compiled once and replayed over the batch. */
    TAPE("tape");

    private final String id;

    Engines(String id) {
        this.id = id;
    }

    /**
     * The lower-case name.
     *
     * @return {@code tape} or {@code graph}
     */
    @Override
    public String id() {
        return id;
    }

    /**
     * The engine with the given name, ignoring case and surrounding spaces.
     *
     * @param name {@code tape} or {@code graph}
     * @return the engine kind
     * @throws IllegalArgumentException naming the bad value and the choices
     */
    public static Engines fromId(String name) {
        return Choices.byId(values(), "engine", name);
    }

    /**
     * The tape where it supports the objective's loss, else the graph.
     *
     * @param objective what will be evaluated
     * @return the default engine kind for it
     */
    public static Engines defaultFor(Objective objective) {
        return TapeEngine.supports(objective) ? TAPE : GRAPH;
    }

    /**
     * A new engine of this kind.
     *
     * @param objective what to evaluate
     * @return the engine; close it when done
     * @throws IllegalArgumentException if this is {@link #TAPE} and the loss needs the graph
     */
    public TrainingEngine create(Objective objective) {
        if (this == TAPE && !TapeEngine.supports(objective)) {
            throw new IllegalArgumentException(objective.gradPenalty() > 0.0
                    ? "the tape engine does not support a gradient penalty (its graph of gradients is rebuilt every "
                        + "step); use the graph engine"
                    : "the tape engine does not support the " + objective.loss().id()
                    + " loss (its logit shift depends on the weights every step); use the graph engine");
        }
        return this == TAPE ? new TapeEngine(objective) : new GraphEngine(objective);
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
