package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.nn.run.RunMemory;
import io.github.micrograd4j.cli.errors.UserErrorException;
import io.github.micrograd4j.core.Numbers;
import java.nio.file.Path;
import java.util.List;

/**
 * What a {@code predict} run will need in memory, estimated before it is spent, so that a model the
 * heap cannot hold is refused at once with the estimate and the heap size (exit code 2) instead of
 * running out of memory after a long parse. Two checks, each as early as its facts are known:
 *
 * <ol>
 * <li>Before the file is read, from its size: reading it holds the bytes, the decoded characters and
 * the text ({@link #READ_BYTES_PER_FILE_BYTE} bytes of heap per byte of file at the peak).</li>
 * <li>Once the JSON is parsed and the layer sizes are known, before any weight becomes a value: the
 * text and the parsed numbers ({@link #PARSED_BYTES_PER_FILE_BYTE} per byte of file), the model's
 * parameters ({@link #BYTES_PER_PARAMETER} each) and the graph of one point's forward pass (a multiply
 * and an add per weight, a bias add and an activation per neuron, {@link #BYTES_PER_NODE} a value;
 * the points are evaluated one at a time, so one graph is alive at once).</li>
 * </ol>
 *
 * <p>The constants come from measurements (docs/PERFORMANCE.md, "Memory of predict"): the smallest
 * {@code -Xmx} (G1) at which {@code predict} ran a model of 1,005,001 parameters (a 6.6 MB file) was
 * 268 MB, and one of 4,010,001 parameters (26 MB) between 1,000 and 1,060 MB; these constants estimate
 * 310 and 1,237 MB, about 15% more, so that the heap the estimate asks for is enough
 * ({@code PredictMemoryTest} runs it).
 */
final class PredictMemory {
    /** Heap bytes per file byte while reading: the growing buffer (up to 2), its copy (1), the decoded chars (2), the text (1). */
    static final long READ_BYTES_PER_FILE_BYTE = 6;
    /** Heap bytes per file byte once parsed: the text (1) and the boxed numbers in their lists (about 1.2 at 20 characters a number). */
    static final long PARSED_BYTES_PER_FILE_BYTE = 3;
    /** Heap bytes per parameter of the built model: its value (64), its slots in the neuron's lists, and a margin. */
    static final long BYTES_PER_PARAMETER = 112;
    /** Heap bytes per value of a forward pass's graph: a value is 64 bytes; the rest is the collector's room and a margin. */
    static final long BYTES_PER_NODE = 96;

    private PredictMemory() {
    }

    /**
     * The heap reading a file of this size takes at its peak.
     *
     * @param fileBytes the file's size
     * @return bytes, saturated at {@link Long#MAX_VALUE}
     */
    static long readEstimate(long fileBytes) {
        return saturated((double) fileBytes * READ_BYTES_PER_FILE_BYTE);
    }

    /**
     * The heap a prediction with a parsed model takes: its text and parse, its parameters and one
     * point's forward graph.
     *
     * @param fileBytes the model file's size (its characters)
     * @param inputs the model's inputs
     * @param sizes the layer sizes, output layer included
     * @return bytes, saturated at {@link Long#MAX_VALUE}
     */
    static long estimate(long fileBytes, int inputs, List<Integer> sizes) {
        long parameters = RunMemory.parameterCount(inputs, sizes);
        return saturated((double) fileBytes * PARSED_BYTES_PER_FILE_BYTE + (double) parameters * BYTES_PER_PARAMETER
                + (double) forwardValues(inputs, sizes) * BYTES_PER_NODE);
    }

    /**
     * The values of one point's forward pass: its inputs, then per layer a multiply and an add per
     * weight and a bias add and an activation per neuron.
     *
     * @param inputs the model's inputs
     * @param sizes the layer sizes, output layer included
     * @return the count
     */
    static long forwardValues(int inputs, List<Integer> sizes) {
        long values = inputs;
        long in = inputs;
        for (int size : sizes) {
            values += (2 * in + 2) * size;
            in = size;
        }
        return values;
    }

    /**
     * Refuses, before reading, a model file too large to read in this heap.
     *
     * @param file the model file, for the message
     * @param fileBytes its size, or a negative number when it is not known (a pipe)
     * @param heap the JVM's maximum heap in bytes
     * @throws UserErrorException with the estimate and the heap size
     */
    static void checkRead(Path file, long fileBytes, long heap) {
        long needed = readEstimate(Math.max(0, fileBytes));
        if (needed > heap) {
            throw new UserErrorException(String.format(Numbers.LOCALE, "%s: reading this %s model file needs about %s, "
                    + "more than this JVM's %s heap; raise the heap (JAVA_OPTS=-Xmx...)", file,
                    RunMemory.size(fileBytes), RunMemory.size(needed), RunMemory.size(heap)));
        }
    }

    /**
     * Refuses, before its weights become values, a parsed model too large to predict with in this heap.
     *
     * @param file the model file, for the message
     * @param fileBytes its size (its characters)
     * @param inputs the model's inputs
     * @param sizes the layer sizes, output layer included
     * @param heap the JVM's maximum heap in bytes
     * @throws UserErrorException with the estimate, what it is made of and the heap size
     */
    static void check(Path file, long fileBytes, int inputs, List<Integer> sizes, long heap) {
        long needed = estimate(fileBytes, inputs, sizes);
        if (needed > heap) {
            throw new UserErrorException(String.format(Numbers.LOCALE, "%s: predicting with this model needs about %s "
                    + "(its %,d parameters, and a graph of %,d values for each point's forward pass), more than this "
                    + "JVM's %s heap; raise the heap (JAVA_OPTS=-Xmx...)", file, RunMemory.size(needed),
                    RunMemory.parameterCount(inputs, sizes), forwardValues(inputs, sizes), RunMemory.size(heap)));
        }
    }

    private static long saturated(double bytes) {
        return bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes;
    }
}
