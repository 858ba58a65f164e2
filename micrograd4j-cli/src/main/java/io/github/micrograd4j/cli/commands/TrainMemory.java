package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.cli.UserErrorException;
import io.github.micrograd4j.core.Numbers;
import java.util.List;

/**
 * What a training run will need in memory, estimated from its settings before anything is allocated,
 * so that a run that cannot fit is refused at once with the estimate and the heap size instead of
 * running for a minute and then running out of memory.
 *
 * <p>Both engines build the loss graph of every point each step (the tape engine once, to compile
 * it): per point, a multiply and an add per weight, a bias add and an activation per neuron, the
 * inputs and a few loss nodes; plus the L2 term's two nodes per parameter. A value costs about 110
 * bytes while it backpropagates (README, "Heap"); the tape's per-op arrays add up to about 32 more,
 * so 128 a node is used as the estimate. The data adds its points.
 */
public final class TrainMemory {
    /** Bytes per graph value, the tape's arrays included (see the class comment). */
    static final long BYTES_PER_NODE = 128;
    /** Bytes per data point beyond its features: the row array, the label and the references to them. */
    static final long BYTES_PER_POINT = 48;
    /**
     * What one step costs to remember (its record, the history's list slots and the copies made for
     * plots and JSON), an upper estimate in bytes, to refuse a step count the heap cannot hold.
     */
    static final long BYTES_PER_STEP_RECORD = 64;

    private TrainMemory() {
    }

    /**
     * The graph values one point's loss needs: 2 per weight, 2 per neuron, its inputs and the loss.
     *
     * @param inputs the features
     * @param sizes the layer sizes, output layer included
     * @return the count
     */
    static long valuesPerPoint(int inputs, List<Integer> sizes) {
        long values = inputs;
        long in = inputs;
        for (int size : sizes) {
            values += (2 * in + 2) * size;
            in = size;
        }
        return values + 4 * in + 4;
    }

    /**
     * The estimated bytes of a run.
     *
     * @param points the data points
     * @param inputs the features
     * @param sizes the layer sizes, output layer included
     * @return bytes, saturated at {@link Long#MAX_VALUE}
     */
    static long estimate(long points, int inputs, List<Integer> sizes) {
        long parameters = TrainCommand.parameterCount(inputs, sizes);
        double bytes = (double) points * valuesPerPoint(inputs, sizes) * BYTES_PER_NODE
                + 3.0 * parameters * BYTES_PER_NODE + (double) points * (inputs * 8L + BYTES_PER_POINT);
        return bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes;
    }

    /**
     * Refuses a run whose estimate exceeds the heap.
     *
     * @param points the data points
     * @param inputs the features
     * @param sizes the layer sizes, output layer included
     * @param heap the JVM's maximum heap in bytes
     * @throws UserErrorException with the estimate, what it is made of and the heap size
     */
    public static void check(long points, int inputs, List<Integer> sizes, long heap) {
        long needed = estimate(points, inputs, sizes);
        if (needed > heap) {
            long fixed = estimate(0, inputs, sizes);
            long perPoint = Math.max(1, estimate(1, inputs, sizes) - fixed);
            long fits = Math.max(0, (heap - fixed) / perPoint);
            throw new UserErrorException(String.format(Numbers.LOCALE, "this run needs about %s (%,d points x %,d graph "
                    + "values each step, about %d bytes a value), more than this JVM's %s heap; %s, or raise the heap "
                    + "(JAVA_OPTS=-Xmx...)", size(needed), points, valuesPerPoint(inputs, sizes), BYTES_PER_NODE,
                    size(heap), fits >= 2 ? String.format(Numbers.LOCALE, "with these layers about %,d points fit; use "
                    + "fewer --points or smaller --layers", fits) : "use smaller --layers"));
        }
    }

    /** Every step is recorded (for the summary, --json and --plot): refuse a count the heap cannot hold. */
    static void checkHistoryFits(int stepCount, long heap) {
        long needed = stepCount * BYTES_PER_STEP_RECORD;
        long available = heap / 2;
        if (needed > available) {
            throw new UserErrorException("--steps " + stepCount + ": recording every step needs about "
                    + (needed >> 20) + " MB, more than half of this JVM's " + ((available * 2) >> 20)
                    + " MB heap; the most is " + available / BYTES_PER_STEP_RECORD + " steps");
        }
    }

    /** {@code 812 MB}, {@code 27.0 GB}: megabytes up to 10 GB, gigabytes above. */
    static String size(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb < 10 * 1024 ? String.format(Numbers.LOCALE, "%,.0f MB", mb) : String.format(Numbers.LOCALE, "%,.1f GB", mb / 1024);
    }
}
