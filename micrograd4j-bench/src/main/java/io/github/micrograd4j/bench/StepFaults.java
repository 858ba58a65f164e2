package io.github.micrograd4j.bench;

import io.github.micrograd4j.nn.train.GraphEngine;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The evidence for the object graph's two speeds: runs the demo step ({@link GraphEngine#evaluate()},
 * 65,481 values) in blocks and prints, per block, the time per step and the page faults per step the
 * process took meanwhile (Linux's minor faults, from {@code /proc/self/stat}). A step that allocates
 * its 4.7 MB in heap pages the JVM has not touched yet takes about one fault per 4 KB page; a step
 * that reuses mapped pages takes none. Run it with the collector options to compare:
 *
 * <pre>{@code
 * java -cp micrograd4j-bench/target/micrograd4j-benchmarks.jar io.github.micrograd4j.bench.StepFaults 40
 * java -XX:+UseParallelGC -Xmn64m -cp ... io.github.micrograd4j.bench.StepFaults 40
 * }</pre>
 */
public final class StepFaults {
    private static final int STEPS_PER_BLOCK = 20;

    private StepFaults() {
    }

    /**
     * Prints one line per block: the JVM's uptime, ms per step, faults per step.
     *
     * @param args the number of blocks of 20 steps (default 40)
     * @throws IOException if {@code /proc/self/stat} cannot be read (not Linux)
     */
    public static void main(String[] args) throws IOException {
        int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        GraphEngine engine = new GraphEngine(new Demo().objective());
        System.out.println("collectors: " + String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList()) + "; max heap " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MB");
        int slow = 0;
        for (int b = 0; b < blocks; b++) {
            long faults = minorFaults();
            long t0 = System.nanoTime();
            for (int i = 0; i < STEPS_PER_BLOCK; i++) {
                engine.evaluate();
            }
            double ms = (System.nanoTime() - t0) / 1e6 / STEPS_PER_BLOCK;
            double perStep = (minorFaults() - faults) / (double) STEPS_PER_BLOCK;
            slow += perStep > 100 ? 1 : 0;
            System.out.printf(Locale.ROOT, "%6.2f s  block %2d: %6.2f ms/step  %6.0f page faults/step%n",
                    ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, b, ms, perStep);
        }
        System.out.printf(Locale.ROOT, "%d of %d blocks took more than 100 page faults a step%n", slow, blocks);
    }

    /** The process's minor page faults so far: field 10 of {@code /proc/self/stat}. */
    static long minorFaults() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        // the command name (field 2) may hold spaces: count fields after its closing parenthesis
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[7]);
    }
}
