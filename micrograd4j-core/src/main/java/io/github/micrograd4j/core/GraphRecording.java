package io.github.micrograd4j.core;

import java.util.Arrays;

/**
 * Remembers the values one thread computes, in the order it computes them, so that
 * {@link #backward(Value)} can backpropagate without searching the graph first.
 *
 * <p>A value is always computed after its operands, so the order of creation is already a
 * topological order. {@link Value#backward()} has to find the graph's values by a depth-first
 * search from the output, which on a freshly built graph of tens of thousands of values is most of
 * the cost of backward: it follows one pointer after another through memory the processor has not
 * cached yet. A recording lists the values as they are made, and backward then reads that list
 * from the end: first which values the output depends on, then the chain rule over them.
 *
 * <pre>{@code
 * try (GraphRecording recording = GraphRecording.start()) {
 *     Value loss = model.loss(batch);      // every value computed on this thread is recorded
 *     recording.backward(loss);            // the same gradients as loss.backward()
 * }
 * }</pre>
 *
 * <p>The gradients are those of {@link Value#backward()}: each value's gradient is the sum of the
 * same contributions. They are added in the reverse order of creation instead of the reverse of the
 * depth-first order; where a value has several users the two orders can add their contributions in
 * a different order, which changes at most the last bits of the sum (on a neural net built layer by
 * layer, such as micrograd's MLP, the orders agree).
 *
 * <p>Values computed before the recording started may be used: backward finishes with them by the
 * usual traversal. When the recording cannot vouch for the order, {@link #backward(Value)} simply
 * runs {@link Value#backward()}: when the output was not computed while recording, when another
 * thread computed values while it was open, when another thread is traversing a graph at that
 * moment, when a
 * {@link Value#topologicalOrder() traversal} (also {@link Value#backward()} or
 * {@link Value#zeroGrad()}) has run anywhere since the recording started (it reuses the field the
 * recording keeps its positions in), or when another recording was already open (one thread
 * records at a time in the JVM; a recording started meanwhile records nothing). In anomaly mode the
 * sweep runs anomaly mode's checked backward step, as {@link Value#backward()} does.
 * While backward sweeps, traversals that other threads start keep their visits in a hash set, so
 * they neither disturb the sweep nor are disturbed by it.
 *
 * <p>Leaves (inputs, parameters, constants) are not recorded and need not be: they receive their
 * gradients wherever they were made. The recording holds every value computed while it is open until
 * it is closed, so open it around one forward and backward pass, not around a whole training run.
 */
public final class GraphRecording implements AutoCloseable {
    private static final Object LOCK = new Object();
    /**
     * The open recording, read by every new node on every thread; a plain field, because the owner
     * thread always sees its own write and any other thread, whatever it sees, records nothing.
     */
    static GraphRecording active; // written under LOCK

    private final Thread owner;
    private final boolean recording;
    /** {@link TopologicalOrder#markingTraversals()} when recording started. */
    private final int traversalsAtStart;
    private Value[] nodes;
    private int size;
    /**
     * Whether another thread computed values while this recording was open: they are not recorded,
     * and one of them might both use recorded values and be used by them, which the reverse order of
     * creation cannot place. Written only by other threads, and only once.
     */
    private volatile boolean othersComputed;
    /** Computed values made before the recording that the last backward reached, to finish with. */
    private Value[] earlier;
    private int earlierCount;
    /** Whether the last {@link #backward(Value)} went by the recording (for the tests). */
    boolean lastBackwardRecorded;
    private boolean closed;

    private GraphRecording(Thread owner, boolean recording) {
        this.owner = owner;
        this.recording = recording;
        this.nodes = new Value[recording ? 1024 : 0];
        this.traversalsAtStart = TopologicalOrder.markingTraversals();
    }

    /**
     * Starts recording the values the current thread computes.
     *
     * @return the recording, to close (best with try-with-resources); it records nothing if another
     *     recording is open, and its {@link #backward(Value)} then behaves like {@link Value#backward()}
     */
    public static GraphRecording start() {
        synchronized (LOCK) {
            if (active == null) {
                active = new GraphRecording(Thread.currentThread(), true);
                return active;
            }
            return new GraphRecording(Thread.currentThread(), false);
        }
    }

    /**
     * Called for every computed value made while any recording is open, by whichever thread. Kept
     * small, so that the JIT inlines it into every op; the rare cases are methods of their own.
     */
    void created(Value node) {
        if (Thread.currentThread() != owner) {
            madeByAnotherThread();
            return;
        }
        // no need to ask whether it is closed: only the owner closes it, and closing clears active
        int n = size;
        if (n == nodes.length) {
            nodes = Arrays.copyOf(nodes, TopologicalOrder.grow(n));
        }
        nodes[n] = node;
        size = n + 1;
        TopologicalOrder.markRecorded(node, n);
    }

    private void madeByAnotherThread() {
        if (!othersComputed) {
            othersComputed = true;
        }
    }

    /**
     * Whether this recording records: false if another recording was open when it started.
     *
     * @return whether values are being recorded
     */
    public boolean isRecording() {
        return recording && !closed;
    }

    /**
     * How many computed values have been recorded.
     *
     * @return the count
     */
    public int size() {
        return size;
    }

    /**
     * Backpropagates from {@code output} as {@link Value#backward()} does: its gradient becomes 1 and
     * every value it depends on receives {@code local * grad} from each of its users. Gradients
     * accumulate, as with {@link Value#backward()}.
     *
     * @param output the value to differentiate, usually a loss computed while recording
     * @throws AnomalyException as {@link Value#backward()}, in anomaly mode
     */
    public void backward(Value output) {
        Require.operand(output);
        boolean swept = false;
        if (recording && !othersComputed) {
            // Counted as a running traversal for the whole sweep: a traversal another thread starts
            // meanwhile then keeps its visits in a hash set instead of overwriting the positions.
            boolean alone = TopologicalOrder.enter();
            try {
                int start = alone && TopologicalOrder.markingTraversals() == traversalsAtStart ? indexOf(output) : -1;
                if (start >= 0) {
                    sweep(output, start);
                    swept = true;
                }
            } finally {
                TopologicalOrder.exit();
            }
        }
        lastBackwardRecorded = swept;
        if (!swept) {
            output.backward();
        } else if (earlierCount > 0) {
            backwardFromEarlier(Arrays.copyOf(earlier, earlierCount));
            earlier = null;
            earlierCount = 0;
        }
    }

    /**
     * Going down from the output in the reverse order of creation, every recorded value is reached
     * after all its recorded users, so its gradient is complete when it passes it on.
     */
    private void sweep(Value output, int start) {
        Value[] recorded = nodes;
        boolean[] needed = new boolean[start + 1];
        needed[start] = true;
        earlierCount = 0;
        output.setGrad(1.0);
        Backpropagation.Step step = Backpropagation.step();
        for (int i = start; i >= 0; i--) {
            if (!needed[i]) {
                continue;
            }
            Value node = recorded[i];
            Backpropagation.run(node, step);
            need(node.first, needed);
            if (node.second != null) {
                need(node.second, needed);
            }
        }
    }

    /** Notes that a computed operand must pass its gradient on: later in this loop, or after it. */
    private void need(Value operand, boolean[] needed) {
        if (operand.first == null) {
            return;
        }
        int j = indexOf(operand);
        if (j >= 0) {
            needed[j] = true;
        } else {
            if (earlier == null) {
                earlier = new Value[8];
            } else if (earlierCount == earlier.length) {
                earlier = Arrays.copyOf(earlier, earlierCount * 2);
            }
            earlier[earlierCount++] = operand;
        }
    }

    /**
     * Finishes with the computed values made before the recording started: their users in the
     * recording have all passed on their gradients, and nothing recorded lies below them (it would
     * have been made before them), so the usual traversal from all of them at once orders the rest.
     */
    private static void backwardFromEarlier(Value[] roots) {
        TopologicalOrder order = TopologicalOrder.of(roots);
        Backpropagation.run(order.nodes(), order.size());
    }

    /** The node's place in this recording, or -1 if it is a leaf or not (or no longer) in it. */
    private int indexOf(Value node) {
        int j = TopologicalOrder.recordedIndex(node);
        return j >= 0 && j < size && nodes[j] == node ? j : -1;
    }

    /**
     * Stops recording and lets go of the recorded values. Closing twice does nothing.
     *
     * @throws IllegalStateException if called on another thread than the one that started it
     */
    @Override
    public void close() {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("a graph recording must be closed on the thread that started it ("
                    + owner.getName() + "), not on " + Thread.currentThread().getName());
        }
        synchronized (LOCK) {
            if (active == this) {
                active = null;
            }
        }
        closed = true;
        nodes = new Value[0];
        size = 0;
    }
}
