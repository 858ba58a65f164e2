package io.github.micrograd4j.nn.optim;

import io.github.micrograd4j.nn.Choice;
import io.github.micrograd4j.nn.Choices;

/** The learning-rate schedules by name: {@code micrograd} (also {@code linear}), {@code constant}, {@code cosine}. */
public enum Schedules implements Choice {
    /** micrograd's {@code lr * (1 - 0.9 * k / steps)}, k counted from 0 ({@link LearningRate#microgradLinear}). */
    MICROGRAD("micrograd"),
    /** The same rate every step ({@link LearningRate#constant}). */
    CONSTANT("constant"),
    /** Cosine annealing towards 0 ({@link LearningRate#cosine}). */
    COSINE("cosine");

    private final String id;

    Schedules(String id) {
        this.id = id;
    }

    /**
     * The lower-case name.
     *
     * @return the name
     */
    @Override
    public String id() {
        return id;
    }

    /** {@code linear} is an older name of {@link #MICROGRAD}. */
    @Override
    public boolean matches(String name) {
        return Choice.super.matches(name) || this == MICROGRAD && name.equalsIgnoreCase("linear");
    }

    /**
     * The schedule with the given name, ignoring case; {@code linear} is {@link #MICROGRAD}.
     *
     * @param name the name
     * @return the schedule
     * @throws IllegalArgumentException naming the bad value and the choices
     */
    public static Schedules fromId(String name) {
        return Choices.byId(values(), "schedule", name);
    }

    /**
     * The schedule for a run.
     *
     * @param initial the first step's rate, positive and finite
     * @param steps the run's steps, at least 1
     * @return the learning rate
     */
    public LearningRate create(double initial, int steps) {
        return switch (this) {
            case MICROGRAD -> LearningRate.microgradLinear(initial, steps);
            case CONSTANT -> LearningRate.constant(initial);
            case COSINE -> LearningRate.cosine(initial, steps);
        };
    }
}
