package io.github.micrograd4j.core;

import io.github.micrograd4j.core.host.Host;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Anomaly detection, like PyTorch's {@code detect_anomaly}: while a scope is open on a thread, the
 * first NaN or infinity that thread produces raises an {@link AnomalyException} naming the node and
 * where it was created, instead of spreading silently through the graph.
 *
 * <pre>{@code
 * try (AnomalyMode anomaly = AnomalyMode.enable()) {
 *     Value x = new Value(0.0, "x");
 *     Value y = x.log();          // throws: log produced -Infinity from input 0.0 ...
 * }
 * }</pre>
 *
 * <p>What is checked, on the thread that opened the scope:
 * <ul>
 *   <li>forward: every new node's value and local derivatives (so {@code pow(x, 0.5)} at
 *       {@code x = 0}, whose value 0 is fine but whose derivative is infinite, is caught where it
 *       is built);</li>
 *   <li>backward ({@link Value#backward()}): every gradient a backward step writes.</li>
 * </ul>
 * Each node created in the scope also records the caller's stack frames (micrograd4j's own frames
 * and the JDK's left out), so a backward anomaly can say which line of user code built the node.
 * That costs a stack walk and a map entry per node: it is a debugging mode, not for training runs.
 *
 * <p>Free when off: whether any scope is open anywhere is a constant the JIT folds (on a JVM, a
 * {@link java.lang.invoke.MutableCallSite} in {@code core.host.Host} whose target is re-linked, and compiled
 * code deoptimized, only when the first scope opens or the last one closes). With no scope open,
 * building a node costs no extra field, allocation or memory read. In the browser the switch is a
 * plain field and creation sites are not recorded.
 *
 * <p>Thread-safe: scopes are per thread and may nest; opening and closing are synchronized, and a
 * thread without a scope is not checked even while another thread has one. Threads started inside a
 * scope do not inherit it.
 */
public final class AnomalyMode implements AutoCloseable {
    private static final int FRAMES_KEPT = 8;

    private static final Object LOCK = new Object();
    private static int openScopes; // guarded by LOCK
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
    /** Creation sites of nodes built in anomaly mode; weak keys, so it never keeps a graph alive. */
    private static final Map<Value, List<StackTraceElement>> CREATED =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final Thread owner;
    private boolean closed;

    private AnomalyMode(Thread owner) {
        this.owner = owner;
    }

    /**
     * Turns anomaly detection on for the current thread until the returned scope is closed. Scopes
     * nest: detection stays on until the outermost one closes.
     *
     * @return the scope, to close (best with try-with-resources)
     */
    public static AnomalyMode enable() {
        synchronized (LOCK) {
            DEPTH.get()[0]++;
            if (openScopes++ == 0) {
                Host.setAnomalyArmed(true);
            }
        }
        return new AnomalyMode(Thread.currentThread());
    }

    /**
     * Whether anomaly detection is on for the current thread.
     *
     * @return {@code true} inside a scope opened on this thread
     */
    public static boolean isEnabled() {
        return armed() && DEPTH.get()[0] > 0;
    }

    /**
     * Ends this scope. Closing twice does nothing.
     *
     * @throws IllegalStateException if called from another thread than the one that opened it
     */
    @Override
    public void close() {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("an anomaly mode scope must be closed on the thread that opened it ("
                    + owner.getName() + "), not on " + Thread.currentThread().getName());
        }
        synchronized (LOCK) {
            if (closed) {
                return;
            }
            closed = true;
            DEPTH.get()[0]--;
            if (--openScopes == 0) {
                Host.setAnomalyArmed(false);
                CREATED.clear();
            }
        }
    }

    /**
     * Whether any thread has a scope open: a constant to compiled code, re-linked when it changes.
     * This is the only check on the hot path when anomaly mode is off.
     */
    static boolean armed() {
        return Host.anomalyArmed();
    }

    // ---------------------------------------------------------------- forward

    /** Called for each new op node while {@link #armed()}: records where it was made and checks it. */
    static void created(Value node) {
        if (DEPTH.get()[0] == 0) {
            return;
        }
        List<StackTraceElement> site = callerFrames();
        CREATED.put(node, site);
        String problem = forwardProblem(node);
        if (problem != null) {
            throw new AnomalyException(node, AnomalyException.Phase.FORWARD, problem, site);
        }
    }

    private static String forwardProblem(Value node) {
        boolean valueBad = !Double.isFinite(node.data());
        StringBuilder badLocals = new StringBuilder();
        for (int i = 0; i < node.childCount(); i++) {
            double local = node.localDerivative(i);
            if (!Double.isFinite(local)) {
                badLocals.append(badLocals.length() == 0 ? "" : ", ")
                        .append("d/d").append(operandName(node, i)).append(" = ").append(local);
            }
        }
        if (!valueBad && badLocals.length() == 0) {
            return null;
        }
        StringBuilder text = new StringBuilder("anomaly in forward: ").append(describe(node));
        if (valueBad) {
            text.append(" computed ").append(node.data());
            if (badLocals.length() > 0) {
                text.append(" with local derivative ").append(badLocals);
            }
        } else {
            text.append(" computed ").append(node.data()).append(" but its local derivative ").append(badLocals)
                    .append(" is not finite");
        }
        String rule = explain(node);
        if (rule != null) {
            text.append(" (").append(rule).append(')');
        }
        return text.toString();
    }

    /**
     * Why a node's result or local derivative is not finite: a bad input, or its op's domain edge
     * ({@link Op#whyNotFinite}); {@code null} if the op names none.
     */
    static String explain(Value node) {
        for (Value child : node.children()) {
            if (!Double.isFinite(child.data())) {
                return "an input is already " + child.data()
                        + ": it is a leaf, or it was computed outside anomaly mode";
            }
        }
        return node.op().whyNotFinite(node.child(0).data(), node.y());
    }

    // ---------------------------------------------------------------- backward

    /** The backward step with a check of what it wrote: {@link Backpropagation}'s strategy in this mode. */
    static final Backpropagation.Step CHECKED_STEP = AnomalyMode::checkedStep;

    private static void checkedStep(Value node) {
        int n = node.childCount();
        if (n == 0) {
            return;
        }
        double before0 = node.child(0).grad();
        double before1 = n == 2 ? node.child(1).grad() : 0.0;
        node.propagate();
        for (int c = 0; c < n; c++) {
            Value child = node.child(c);
            if (!Double.isFinite(child.grad())) {
                double before = c == 0 ? before0 : (child == node.child(0) ? before0 : before1);
                String which = n == 1 ? "input" : c == 0 ? "first input" : "second input";
                String detail = "anomaly in backward: " + describe(node) + " made the gradient of its "
                        + which + " " + child.grad() + " (local derivative "
                        + node.localDerivative(c) + " times the node's gradient " + node.grad()
                        + ", added to " + before + ")";
                throw new AnomalyException(node, AnomalyException.Phase.BACKWARD, detail, createdAt(node));
            }
        }
    }

    private static List<StackTraceElement> createdAt(Value node) {
        List<StackTraceElement> site = CREATED.get(node);
        return site == null ? List.of() : site;
    }

    // ---------------------------------------------------------------- text

    /** {@code node 'L' (op log, input 0.0)}. */
    static String describe(Value node) {
        StringBuilder text = new StringBuilder();
        text.append(node.label().isEmpty() ? "an unlabelled node" : "node '" + node.label() + "'");
        text.append(" (op ").append(node.opLabel());
        int n = node.childCount();
        text.append(n == 1 ? ", input " : ", inputs ");
        for (int i = 0; i < n; i++) {
            Value child = node.child(i);
            text.append(i == 0 ? "" : " and ").append(child.data());
            if (!child.label().isEmpty()) {
                text.append(" from '").append(child.label()).append('\'');
            }
        }
        return text.append(')').toString();
    }

    private static String operandName(Value node, int index) {
        if (node.childCount() == 1) {
            return "x";
        }
        return index == 0 ? "x" : "y";
    }

    /** The caller's frames: everything below micrograd4j's own frames and the JDK's. */
    private static List<StackTraceElement> callerFrames() {
        return Host.callerFrames(AnomalyMode::isLibraryFrame, FRAMES_KEPT);
    }

    private static boolean isLibraryFrame(String className) {
        return className.startsWith("io.github.micrograd4j.")
                || className.startsWith("java.")
                || className.startsWith("jdk.")
                || className.startsWith("sun.");
    }
}
