import io.github.micrograd4j.bench.Demo;
import io.github.micrograd4j.bench.Workloads;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.tape.ForwardBatch;
import io.github.micrograd4j.core.tape.Tape;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.MicrogradDemo;
import io.github.micrograd4j.nn.train.Objective;
import io.github.micrograd4j.nn.train.TapeEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The one-thread tape figures of the JMH run, timed in the thread's CPU time instead of wall time,
 * so that other processes on a loaded machine take less out of them (they still share its caches).
 * Run against a benchmark jar: {@code java -cp micrograd4j-benchmarks.jar CpuTime.java [seconds]}.
 * Prints, per workload, the median and the fastest of the samples, each sample being the CPU time
 * of as many operations as fill about a second of CPU, divided by their number.
 */
public class CpuTime {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        Demo demo = new Demo();
        Objective objective = demo.objective();
        double[] initial = objective.model().parameterData();
        TapeEngine engine = new TapeEngine(objective, 1);
        Runnable demoTape = () -> {
            objective.model().setParameterData(initial);
            Demo.train(objective, engine);
        };
        double[] point = new SplittableRandom(42).doubles(1000, -1, 1).toArray();
        Value[] x = new Value[point.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = new Value(point[i]);
        }
        Tape ring = Tape.compile(Workloads.ring(x), Arrays.asList(x), List.of());
        Runnable ringTape = () -> {
            for (int i = 0; i < point.length; i++) {
                ring.setInput(i, point[i]);
            }
            ring.forward();
            ring.backward();
        };
        MLP model = MicrogradDemo.model(new Random(MicrogradDemo.SEED + 1));
        Value x1 = new Value(0.0);
        Value x2 = new Value(0.0);
        List<Value> out = model.forward(List.of(x1, x2));
        Tape net = Tape.compile(out.get(0), List.of(x1, x2), model.parameters(), out);
        ForwardBatch grid = new ForwardBatch(net, 10_000, 256, 1);
        for (int e = 0; e < 10_000; e++) {
            grid.setInput(0, e, -1.5 + (e % 100 + 0.5) * 0.04);
            grid.setInput(1, e, 2.5 - (e / 100 + 0.5) * 0.04);
        }
        Runnable heatMap = grid::forward;
        time("tape, 100 demo steps, 1 thread (ms)", demoTape, seconds);
        time("tape, gradient of f: R^1000 -> R (us)", ringTape, seconds);
        time("forward only, heat map 100x100, tile 256, 1 thread (ms)", heatMap, seconds);
        engine.close();
    }

    private static void time(String name, Runnable op, double seconds) {
        long budget = (long) (seconds * 1e9);
        for (int w = 0; w < 5; w++) {
            sample(op, budget);
        }
        List<Double> samples = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            samples.add(sample(op, budget));
        }
        samples.sort(null);
        double scale = name.endsWith("(us)") ? 1e3 : 1e6;
        System.out.printf("%-58s median %9.3f  fastest %9.3f  (10 samples of ~%.1f s CPU)%n", name,
                (samples.get(4) + samples.get(5)) / 2 / scale, samples.get(0) / scale, seconds);
    }

    /** CPU nanoseconds per operation, over as many operations as take {@code budget} CPU nanoseconds. */
    private static double sample(Runnable op, long budget) {
        long start = CPU.getCurrentThreadCpuTime();
        long used;
        int count = 0;
        do {
            op.run();
            count++;
            used = CPU.getCurrentThreadCpuTime() - start;
        } while (used < budget);
        return (double) used / count;
    }
}
