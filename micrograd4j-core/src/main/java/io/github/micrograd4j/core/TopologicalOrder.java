package io.github.micrograd4j.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one graph traversal: an iterative depth-first post-order, so children come before the values
 * computed from them. An explicit stack instead of recursion, because graphs millions of nodes deep
 * (long chains, long sums) must not overflow the thread stack.
 *
 * <p>Which nodes were already visited is kept in one of two ways, with the same result:
 * <ul>
 *   <li><b>marks</b>, when no other traversal is running anywhere in the JVM: the traversal takes a
 *       fresh epoch number and writes it into each node's {@link Value#mark} field. That is a plain
 *       field write per node instead of an identity hash lookup (several times faster, and the field
 *       costs nothing: it fills the padding of a 64-byte node).</li>
 *   <li><b>an identity hash set</b>, when another traversal is running (another thread might be
 *       marking the same nodes) or after the epochs are used up.</li>
 * </ul>
 * Exclusivity comes from one atomic counter of running traversals: only a traversal that raised it
 * from 0 to 1 marks, and while it runs nobody else can. The counter's atomic update also publishes
 * the marks and the epoch to the next marking traversal, whatever its thread.
 */
final class TopologicalOrder {
    /** Traversals running now, in any thread. */
    private static final AtomicInteger RUNNING = new AtomicInteger();
    /**
     * The last epoch handed out; guarded by {@link #RUNNING} (read and written only by the single
     * marking traversal). New nodes carry mark 0, so epochs run 1, 2, ... through the negative ints
     * up to -1, and then marking stops for good.
     */
    private static int epoch;
    private static boolean epochsUsedUp;

    private final Value[] nodes;
    private final int size;

    private TopologicalOrder(Value[] nodes, int size) {
        this.nodes = nodes;
        this.size = size;
    }

    /** The nodes in topological order; only the first {@link #size()} entries are used. */
    Value[] nodes() {
        return nodes;
    }

    int size() {
        return size;
    }

    List<Value> asList() {
        return Collections.unmodifiableList(Arrays.asList(nodes).subList(0, size));
    }

    static TopologicalOrder of(Value root) {
        boolean alone = RUNNING.incrementAndGet() == 1;
        try {
            if (alone && !epochsUsedUp) {
                int e = epoch + 1;
                if (e == 0) {
                    epochsUsedUp = true;
                } else {
                    epoch = e;
                    return traverse(root, e, null);
                }
            }
            return traverse(root, 0, new IdentityHashMap<>());
        } finally {
            RUNNING.decrementAndGet();
        }
    }

    /**
     * Depth-first post-order from {@code root}; a node counts as seen when its mark equals
     * {@code epoch}, or, when {@code seen} is not null, when it is in {@code seen}.
     */
    private static TopologicalOrder traverse(Value root, int epoch, Map<Value, Boolean> seen) {
        Value[] order = new Value[64];
        int size = 0;
        Value[] stack = new Value[64];
        // 0: visit the first child next, 1: the second child, 2: done with the children
        byte[] phase = new byte[64];
        int top = 0;
        stack[0] = root;
        if (seen == null) {
            root.mark = epoch;
        } else {
            seen.put(root, Boolean.TRUE);
        }
        while (top >= 0) {
            Value node = stack[top];
            byte state = phase[top];
            Value child = state == 0 ? node.first : state == 1 ? node.second : null;
            if (child != null) {
                phase[top] = (byte) (state + 1);
                boolean fresh;
                if (seen == null) {
                    fresh = child.mark != epoch;
                    if (fresh) {
                        child.mark = epoch;
                    }
                } else {
                    fresh = seen.put(child, Boolean.TRUE) == null;
                }
                if (fresh) {
                    if (child.first == null) {
                        // a leaf is finished as soon as it is found: emit it without a trip through the stack
                        if (size == order.length) {
                            order = Arrays.copyOf(order, grow(size));
                        }
                        order[size++] = child;
                    } else {
                        top++;
                        if (top == stack.length) {
                            stack = Arrays.copyOf(stack, grow(top));
                            phase = Arrays.copyOf(phase, stack.length);
                        }
                        stack[top] = child;
                        phase[top] = 0;
                    }
                }
            } else {
                if (size == order.length) {
                    order = Arrays.copyOf(order, grow(size));
                }
                order[size++] = node;
                top--;
            }
        }
        return new TopologicalOrder(order, size);
    }

    /** Doubles while small, then grows by half so that huge graphs do not need twice their size. */
    private static int grow(int length) {
        int more = length < (1 << 20) ? length : length >> 1;
        long next = (long) length + more;
        if (next > Integer.MAX_VALUE - 8) {
            if (length >= Integer.MAX_VALUE - 8) {
                throw new OutOfMemoryError("graph too large for one array: more than " + length + " values");
            }
            return Integer.MAX_VALUE - 8;
        }
        return (int) next;
    }
}
