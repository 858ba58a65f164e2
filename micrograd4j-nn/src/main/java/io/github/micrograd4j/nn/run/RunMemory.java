package io.github.micrograd4j.nn.run;

import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.nn.text.NnText;
import java.util.List;

/**
 * What a training run will need in memory, estimated from its settings before anything is allocated,
 * so that a run that cannot fit is refused at once with the estimate and the heap size instead of
 * running for a minute and then running out of memory.
 *
 * <p>Both engines build the loss graph of every point each step (the tape engine once, to compile
 * it): per point, a multiply and an add per weight, a bias add and an activation per neuron, the
 * inputs and a few loss nodes; plus the L2 term's two nodes per parameter. A value costs about 110
 * bytes while it backpropagates (docs/CLI.md, "Memory and the heap"); the tape's per-op arrays add up
 * to about 32 more, so 128 a node is used as the estimate. The data adds its points.
 */
public final class RunMemory {
    /** Bytes per graph value, the tape's arrays included (see the class comment). */
    public static final long BYTES_PER_NODE = 128;
    /** Bytes per data point beyond its features: the row array, the label and the references to them. */
    static final long BYTES_PER_POINT = 48;
    /**
     * What one step costs to remember (its record, the history's list slots and the copies made for
     * plots and JSON), an upper estimate in bytes, to refuse a step count the heap cannot hold.
     */
    static final long BYTES_PER_STEP_RECORD = 64;

    private RunMemory() {
    }

    /**
     * The parameters of an MLP with these layers, computed without building it: each neuron has a weight
     * per input and a bias.
     *
     * @param inputs the features
     * @param sizes the layer sizes, output layer included
     * @return the count, as a long: {@code 100000,100000} layers overflow an int
     */
    public static long parameterCount(int inputs, List<Integer> sizes) {
        long count = 0;
        long in = inputs;
        for (int size : sizes) {
            count += (in + 1) * size;
            in = size;
        }
        return count;
    }

    /**
     * The graph values one point's loss needs: 2 per weight, 2 per neuron, its inputs and the loss.
     *
     * @param inputs the features
     * @param sizes the layer sizes, output layer included
     * @return the count
     */
    public static long valuesPerPoint(int inputs, List<Integer> sizes) {
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
    public static long estimate(long points, int inputs, List<Integer> sizes) {
        long parameters = parameterCount(inputs, sizes);
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
     * @throws RunTooLargeException with the estimate, what it is made of and the heap size
     */
    public static void check(long points, int inputs, List<Integer> sizes, long heap) {
        long needed = estimate(points, inputs, sizes);
        if (needed > heap) {
            long fixed = estimate(0, inputs, sizes);
            long perPoint = Math.max(1, estimate(1, inputs, sizes) - fixed);
            long fits = Math.max(0, (heap - fixed) / perPoint);
            throw new RunTooLargeException(new Message(NnText.RUN_TOO_LARGE, size(needed),
                    String.format(Numbers.LOCALE, "%,d", points),
                    String.format(Numbers.LOCALE, "%,d", valuesPerPoint(inputs, sizes)), BYTES_PER_NODE, size(heap),
                    fits >= 2 ? new Message(NnText.FEWER_POINTS, String.format(Numbers.LOCALE, "%,d", fits))
                            : new Message(NnText.SMALLER_LAYERS)));
        }
    }

    /**
     * Every step is recorded (for the summary, JSON and plots): refuses a count the heap cannot hold.
     *
     * @param stepCount the steps asked for
     * @param heap the JVM's maximum heap in bytes
     * @throws RunTooLargeException naming the count, the heap and the most that fits
     */
    public static void checkHistoryFits(int stepCount, long heap) {
        long needed = stepCount * BYTES_PER_STEP_RECORD;
        long available = heap / 2;
        if (needed > available) {
            throw new RunTooLargeException(new Message(NnText.HISTORY_TOO_LARGE, stepCount, needed >> 20,
                    (available * 2) >> 20, available / BYTES_PER_STEP_RECORD));
        }
    }

    /**
     * A size as a person reads it: {@code 812 MB}, {@code 27.0 GB} (megabytes up to 10 GB, gigabytes above).
     *
     * @param bytes the size
     * @return the text
     */
    public static String size(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb < 10 * 1024 ? String.format(Numbers.LOCALE, "%,.0f MB", mb) : String.format(Numbers.LOCALE, "%,.1f GB", mb / 1024);
    }
}
