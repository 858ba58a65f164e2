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
 *       marking the same nodes) or after the epochs are used up (about a billion traversals).</li>
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
     * marking traversal). New nodes carry mark 0, so epochs are the even numbers 2, 4, ... up to
     * 2<sup>31</sup> - 2, and then marking stops for good (each epoch also uses the odd number after
     * it, see {@link #traverseMarking}). Negative marks belong to {@link GraphRecording}.
     */
    private static int epoch;
    private static boolean epochsUsedUp;
    /**
     * The epoch again, for {@link GraphRecording} on any thread: it changes whenever a traversal may
     * have overwritten marks, which tells a recording that its positions may be gone.
     */
    private static volatile int markingTraversals;

    private final Value[] nodes;
    private final int size;

    private TopologicalOrder(Value[] nodes, int size) {
        this.nodes = nodes;
        this.size = size;
    }

    /**
     * A number that changes whenever a traversal has written marks.
     *
     * @return the number of the last marking traversal
     */
    static int markingTraversals() {
        return markingTraversals;
    }

    /**
     * Counts the caller as a running traversal, so that no traversal that starts meanwhile, on any
     * thread, writes marks (they use the identity set). Must be paired with {@link #exit()}.
     *
     * @return whether the caller is alone, that is, no other traversal was running
     */
    static boolean enter() {
        return RUNNING.incrementAndGet() == 1;
    }

    /**
     * Marks a node with its place in a {@link GraphRecording}, as {@code -(index + 1)}: traversal
     * epochs are positive, so the two never collide. This class is the only writer of the marks.
     */
    static void markRecorded(Value node, int index) {
        node.mark = -(index + 1);
    }

    /** The place {@link #markRecorded} gave a node; negative if its mark holds a traversal epoch. */
    static int recordedIndex(Value node) {
        return -node.mark - 1;
    }

    /** Ends what {@link #enter()} began. */
    static void exit() {
        RUNNING.decrementAndGet();
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
        return of(new Value[] {root});
    }

    /**
     * Everything the roots depend on, and the roots, each once, children before their users: the
     * depth-first post-orders from each root in turn, each skipping what an earlier one emitted.
     */
    static TopologicalOrder of(Value[] roots) {
        boolean alone = RUNNING.incrementAndGet() == 1;
        try {
            if (alone && !epochsUsedUp) {
                int e = epoch + 2;
                if (e < 0) {
                    epochsUsedUp = true;
                } else {
                    epoch = e;
                    markingTraversals = e;
                    Value[] order = new Value[64];
                    int size = 0;
                    for (Value root : roots) {
                        if ((root.mark & ~1) != e) {
                            TopologicalOrder part = traverseMarking(root, e, order, size);
                            order = part.nodes;
                            size = part.size;
                        }
                    }
                    return new TopologicalOrder(order, size);
                }
            }
            return withSet(roots);
        } finally {
            RUNNING.decrementAndGet();
        }
    }

    /**
     * What {@link #of(Value[])} gives, remembering visited nodes in an identity hash set instead of
     * marks (what it does while another traversal runs). Package-private for the tests.
     */
    static TopologicalOrder withSet(Value[] roots) {
        Value[] order = new Value[64];
        int size = 0;
        Map<Value, Boolean> seen = new IdentityHashMap<>();
        for (Value root : roots) {
            if (!seen.containsKey(root)) {
                TopologicalOrder part = traverseWithSet(root, seen, order, size);
                order = part.nodes;
                size = part.size;
            }
        }
        return new TopologicalOrder(order, size);
    }

    /**
     * The marking traversal. A node's mark is {@code epoch} once it is found and {@code epoch + 1}
     * once its second child has been started, so the stack needs no per-frame state: epochs are
     * even, and {@code (mark & ~1) == epoch} means "seen in this traversal".
     *
     * <p>It is written as two tight loops instead of one loop with a state per frame because the
     * traversal of a freshly built graph is the largest cost of {@link Value#backward()}: going down
     * a chain of first children (a neuron's running sum) is one loop that only pushes, coming back up
     * is another that only pops, and their branches are predictable (docs/PERFORMANCE.md has the
     * measurements).
     */
    private static TopologicalOrder traverseMarking(Value root, int epoch, Value[] order, int size) {
        root.mark = epoch;
        if (root.first == null) {
            if (size == order.length) {
                order = Arrays.copyOf(order, grow(size));
            }
            order[size++] = root;
            return new TopologicalOrder(order, size);
        }
        Value[] stack = new Value[64];
        int top = -1;
        int touched = 0;
        Value node = root;
        while (true) {
            // down: push node and each fresh first child that has children of its own
            while (true) {
                if (++top == stack.length) {
                    stack = Arrays.copyOf(stack, grow(top));
                }
                stack[top] = node;
                Value second = node.second;
                if (second != null) {
                    // read now so that its cache miss overlaps the walk down; it is needed on the way up
                    touched += second.mark;
                }
                Value child = node.first;
                if ((child.mark & ~1) == epoch) {
                    break;
                }
                child.mark = epoch;
                if (child.first == null) {
                    if (size == order.length) {
                        order = Arrays.copyOf(order, grow(size));
                    }
                    order[size++] = child;
                    break;
                }
                node = child;
            }
            // up: finish nodes whose first child is done, until one has a fresh second child to go down
            while (true) {
                node = stack[top];
                if (node.mark == epoch) {
                    node.mark = epoch + 1;
                    Value second = node.second;
                    if (second != null && (second.mark & ~1) != epoch) {
                        second.mark = epoch;
                        if (second.first != null) {
                            node = second;
                            break;
                        }
                        if (size == order.length) {
                            order = Arrays.copyOf(order, grow(size));
                        }
                        order[size++] = second;
                    }
                }
                if (size == order.length) {
                    order = Arrays.copyOf(order, grow(size));
                }
                order[size++] = node;
                if (--top < 0) {
                    touchedSink = touched;
                    return new TopologicalOrder(order, size);
                }
            }
        }
    }

    /**
     * Where the early reads of second children end up, so that the JIT cannot drop them; never read.
     */
    @SuppressWarnings("unused")
    private static int touchedSink;

    /**
     * The same depth-first post-order as {@link #traverseMarking}, remembering visited nodes in
     * {@code seen} instead of marks, appended to {@code order}.
     */
    private static TopologicalOrder traverseWithSet(Value root, Map<Value, Boolean> seen, Value[] order, int size) {
        Value[] stack = new Value[64];
        // 0: visit the first child next, 1: the second child, 2: done with the children
        byte[] phase = new byte[64];
        int top = 0;
        stack[0] = root;
        seen.put(root, Boolean.TRUE);
        while (top >= 0) {
            Value node = stack[top];
            byte state = phase[top];
            Value child = state == 0 ? node.first : state == 1 ? node.second : null;
            if (child != null) {
                phase[top] = (byte) (state + 1);
                if (seen.put(child, Boolean.TRUE) == null) {
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
    static int grow(int length) {
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
