package io.github.micrograd4j.core;

/**
 * The backward loop, shared by {@link Value#backward()}, {@link GraphRecording} and anomaly mode:
 * every node, from the output down, runs the one backward step, {@link Value#propagate()}. Anomaly
 * mode plugs in as a {@link Step} that checks what each step wrote.
 */
final class Backpropagation {
    private Backpropagation() {
    }

    /** How one node passes its gradient to its children. */
    interface Step {
        /**
         * Runs the backward step of {@code node}.
         *
         * @param node a node whose gradient is final
         */
        void run(Value node);
    }

    /**
     * The step for the current thread: {@code null} for the plain step, or anomaly mode's checked one
     * while this thread has a scope open.
     */
    static Step step() {
        return AnomalyMode.armed() && AnomalyMode.isEnabled() ? AnomalyMode.CHECKED_STEP : null;
    }

    /**
     * Runs the backward step of {@code nodes[size - 1]} down to {@code nodes[0]}, a topological order
     * whose last node's gradient is already seeded.
     */
    static void run(Value[] nodes, int size) {
        Step step = step();
        if (step == null) {
            for (int i = size - 1; i >= 0; i--) {
                nodes[i].propagate();
            }
        } else {
            for (int i = size - 1; i >= 0; i--) {
                step.run(nodes[i]);
            }
        }
    }

    /** One node's step with the thread's strategy: {@code step} as {@link #step()} returned it. */
    static void run(Value node, Step step) {
        if (step == null) {
            node.propagate();
        } else {
            step.run(node);
        }
    }
}
