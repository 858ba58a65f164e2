package io.github.micrograd4j.core.host;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MutableCallSite;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What core needs from the JVM and a browser build cannot compile: anomaly mode's switch (a
 * {@link MutableCallSite} the JIT folds to a constant), the creation site of a node (a
 * {@link StackWalker}), and whether worker threads may be started.
 *
 * <p>This is the JVM's implementation, used wherever core runs on a JVM. The web edition's build
 * substitutes a class of the same simple name and the same static methods (a plain field, no frames,
 * one thread); its test checks that the two declare the same methods. Static methods rather than an
 * interface so that the switch stays one static call to a constant method handle on the hot path,
 * exactly as before the seam.
 */
public final class Host {
    private static final MutableCallSite ARMED_SITE = new MutableCallSite(MethodHandles.constant(boolean.class, false));
    private static final MethodHandle ARMED = ARMED_SITE.dynamicInvoker();

    private Host() {
    }

    /**
     * Whether anomaly mode is switched on anywhere: a constant to compiled code, re-linked (and the
     * code that folded it deoptimized) only when {@link #setAnomalyArmed} changes it.
     *
     * @return the switch's state
     */
    public static boolean anomalyArmed() {
        try {
            return (boolean) ARMED.invokeExact();
        } catch (Throwable e) {
            throw new AssertionError("a constant method handle cannot fail", e);
        }
    }

    /**
     * Sets anomaly mode's switch. Rare (the first scope opens, the last closes) and slow: every
     * thread's compiled code that folded the old value is thrown away. Callers serialize the calls.
     *
     * @param armed the new state
     */
    public static void setAnomalyArmed(boolean armed) {
        ARMED_SITE.setTarget(MethodHandles.constant(boolean.class, armed));
        MutableCallSite.syncAll(new MutableCallSite[] {ARMED_SITE});
    }

    /**
     * The caller's stack frames, innermost first, leaving out those whose class the filter calls
     * library frames.
     *
     * @param libraryClass whether a class name is the library's (or the JDK's) rather than the caller's
     * @param limit how many frames to keep at most
     * @return the frames; empty where the platform cannot say
     */
    public static List<StackTraceElement> callerFrames(Predicate<String> libraryClass, int limit) {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !libraryClass.test(f.getClassName()))
                .limit(limit)
                .map(StackWalker.StackFrame::toStackTraceElement)
                .collect(Collectors.toList()));
    }

    /**
     * How many threads a batch may run on, of those asked for: all of them on a JVM.
     *
     * @param requested the threads the caller asked for, itself included
     * @return the threads to use, at least 1 when {@code requested} is
     */
    public static int threads(int requested) {
        return requested;
    }
}
