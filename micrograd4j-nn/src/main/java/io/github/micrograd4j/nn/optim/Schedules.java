package io.github.micrograd4j.nn.optim;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The learning-rate schedules by name: {@code micrograd} (also {@code linear}), {@code constant}, {@code cosine}. */
public enum Schedules {
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
    public String id() {
        return id;
    }

    /**
     * The schedule with the given name, ignoring case; {@code linear} is {@link #MICROGRAD}.
     *
     * @param name the name
     * @return the schedule
     * @throws IllegalArgumentException naming the bad value and the choices
     */
    public static Schedules fromId(String name) {
        String n = name == null ? "" : name.trim();
        if (n.equalsIgnoreCase("linear")) {
            return MICROGRAD;
        }
        for (Schedules s : values()) {
            if (s.id.equalsIgnoreCase(n)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown schedule '" + name + "'; expected "
                + Arrays.stream(values()).map(Schedules::id).collect(Collectors.joining(", ")));
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
