package io.github.micrograd4j.web.host;

import java.util.List;
import java.util.function.Predicate;

/**
 * Core's {@code io.github.micrograd4j.core.host.Host} as the browser has it: the same static methods
 * (a test holds the two to that), without what TeaVM cannot compile. Anomaly mode's switch is a plain
 * field: the browser's JIT reads it on every node built, which costs little next to the node itself.
 * JavaScript runs the engine on one thread, so batches run on the caller's thread, and no creation
 * sites are recorded (programs in the browser are the expression language's, not Java, so a Java
 * frame would name nothing the learner wrote).
 */
public final class Host {
    private static boolean armed;

    private Host() {
    }

    /**
     * Whether anomaly mode is switched on.
     *
     * @return the switch's state
     */
    public static boolean anomalyArmed() {
        return armed;
    }

    /**
     * Sets anomaly mode's switch.
     *
     * @param on the new state
     */
    public static void setAnomalyArmed(boolean on) {
        armed = on;
    }

    /**
     * No frames: the browser has no Java caller to name.
     *
     * @param libraryClass unused
     * @param limit unused
     * @return an empty list
     */
    public static List<StackTraceElement> callerFrames(Predicate<String> libraryClass, int limit) {
        return List.of();
    }

    /**
     * One thread: the caller's.
     *
     * @param requested the threads asked for
     * @return 1
     */
    public static int threads(int requested) {
        return 1;
    }
}
