package io.github.micrograd4j.core;

import io.github.micrograd4j.core.host.Host;
import io.github.micrograd4j.core.text.CoreText;
import io.github.micrograd4j.core.text.Language;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;

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
        if (forwardProblem(node, Language.EN) != null) {
            throw new AnomalyException(node, AnomalyException.Phase.FORWARD, inEveryLanguage(l -> forwardProblem(node, l)),
                    site);
        }
    }

    /** A message rendered in each language while the node's numbers are still the ones at fault. */
    private static Map<Language, String> inEveryLanguage(Function<Language, String> render) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, render.apply(language));
        }
        return texts;
    }

    private static String forwardProblem(Value node, Language language) {
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
        String what = describe(node, language);
        String text = !valueBad ? CoreText.ANOMALY_FORWARD_LOCAL.format(language, what, node.data(), badLocals)
                : badLocals.length() > 0
                        ? CoreText.ANOMALY_FORWARD_VALUE_AND_LOCAL.format(language, what, node.data(), badLocals)
                        : CoreText.ANOMALY_FORWARD_VALUE.format(language, what, node.data());
        String rule = explain(node, language);
        return rule == null ? text : CoreText.WITH_REASON.format(language, text, rule);
    }

    /**
     * Why a node's result or local derivative is not finite, in English: a bad input, or its op's domain
     * edge ({@link Op#whyNotFinite}); {@code null} if the op names none.
     */
    static String explain(Value node) {
        return explain(node, Language.EN);
    }

    private static String explain(Value node, Language language) {
        for (Value child : node.children()) {
            if (!Double.isFinite(child.data())) {
                return CoreText.INPUT_NOT_FINITE.format(language, child.data());
            }
        }
        CoreText why = node.op().whyNotFinite(node.child(0).data(), node.y());
        return why == null ? null : why.in(language);
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
                CoreText which = n == 1 ? CoreText.THE_INPUT : c == 0 ? CoreText.FIRST_INPUT : CoreText.SECOND_INPUT;
                int operand = c;
                throw new AnomalyException(node, AnomalyException.Phase.BACKWARD, inEveryLanguage(
                        l -> CoreText.ANOMALY_BACKWARD.format(l, describe(node, l), which.in(l), child.grad(),
                                node.localDerivative(operand), node.grad(), before)), createdAt(node));
            }
        }
    }

    private static List<StackTraceElement> createdAt(Value node) {
        List<StackTraceElement> site = CREATED.get(node);
        return site == null ? List.of() : site;
    }

    // ---------------------------------------------------------------- text

    /** {@code node 'L' (op log, input 0.0)}, in English. */
    static String describe(Value node) {
        return describe(node, Language.EN);
    }

    private static String describe(Value node, Language language) {
        String name = node.label().isEmpty() ? CoreText.NODE_UNLABELLED.in(language)
                : CoreText.NODE_LABELLED.format(language, node.label());
        if (node.childCount() == 2) {
            return CoreText.NODE_TWO_INPUTS.format(language, name, node.opLabel(), input(node.child(0), language),
                    input(node.child(1), language));
        }
        return CoreText.NODE_ONE_INPUT.format(language, name, node.opLabel(),
                node.childCount() == 0 ? "" : input(node.child(0), language));
    }

    private static String input(Value child, Language language) {
        String data = String.valueOf(child.data());
        return child.label().isEmpty() ? data : CoreText.INPUT_FROM.format(language, data, child.label());
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
