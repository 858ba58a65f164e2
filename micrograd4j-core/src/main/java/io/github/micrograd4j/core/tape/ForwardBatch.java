package io.github.micrograd4j.core.tape;

import io.github.micrograd4j.core.host.Host;
import io.github.micrograd4j.core.Op;
import io.github.micrograd4j.core.Require;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * A {@link Tape}'s forward pass alone, replayed over a batch of examples that keep their inputs while
 * the parameters change: for example a model's output over the cells of a picture, recomputed after
 * every few training steps. Only values are computed; nothing can be differentiated (use
 * {@link BatchedTape} for that). Each example's output and watched values are those of
 * {@link Tape#forward()} for the same inputs and parameters, bit for bit.
 *
 * <p>Because no backward pass reads them, most numbers need not be kept, which is where the speed
 * comes from:
 * <ul>
 *   <li>no local derivatives are computed or stored;</li>
 *   <li>parameters, constants and ops of those only ({@code scalars}) are computed once per
 *       {@link #forward()}, not once per example, and have no rows;</li>
 *   <li>a product of a scalar and a row that only feeds a sum is computed inside that sum's loop
 *       ({@code acc + w * x}, a neuron's weighted sum), without a row of its own;</li>
 *   <li>only the output and the watched values are kept for every example; every other row lives in
 *       a small set of buffers reused once its last reader has run, so a tile of examples (at most
 *       {@code maxTileSize}) stays in the processor's cache however large the graph;</li>
 *   <li>nodes the output and the watched values do not depend on are skipped.</li>
 * </ul>
 *
 * <p>The batch is cut into tiles run on {@code threads} threads (the caller included); which thread
 * runs a tile never changes a number. Not thread-safe (its own workers aside); {@link #close()}
 * stops the worker threads when there are any.
 */
public final class ForwardBatch implements AutoCloseable {
    /** The largest tile unless another is given: the demo net's few dozen live rows of 256 fit in L2. */
    public static final int DEFAULT_MAX_TILE = 256;

    private final TapeProgram program;
    private final int batchSize;
    private final int maxTile;
    /** Every slot's number when it is the same for all examples; the inputs' entries are unused. */
    private final double[] scalars;
    private final double[][] inputs;
    private final ForwardPlan plan;
    /** The output's and the watched values' rows, one number per example. */
    private final double[][] kept;
    /** Tile {@code t} is examples {@code tileStart[t] .. tileStart[t + 1] - 1}. */
    private final int[] tileStart;
    /** Chunk {@code k} is tiles {@code chunkStart[k] .. chunkStart[k + 1] - 1}, run by one thread in its buffers. */
    private final int[] chunkStart;
    /** Each chunk's buffers, reused from tile to tile so that they stay in cache. */
    private final double[][][] work;
    private final TileWorkers workers;
    private final IntConsumer chunkJob = this::runChunk;

    /**
     * A forward replay on the calling thread alone, with the default tile size.
     *
     * @param tape the compiled graph; every example starts with its inputs' values, the parameters
     *     with the tape's
     * @param batchSize the number of examples, at least 1
     */
    public ForwardBatch(Tape tape, int batchSize) {
        this(tape, batchSize, DEFAULT_MAX_TILE, 1);
    }

    /**
     * A forward replay.
     *
     * @param tape the compiled graph; every example starts with its inputs' values, the parameters
     *     with the tape's
     * @param batchSize the number of examples, at least 1
     * @param maxTileSize the most examples computed together, at least 1
     * @param threads how many threads run the tiles, the caller included, at least 1
     */
    public ForwardBatch(Tape tape, int batchSize, int maxTileSize, int threads) {
        Objects.requireNonNull(tape, "tape");
        Require.atLeast(batchSize, 1, "batch size");
        Require.atLeast(maxTileSize, 1, "tile size");
        Require.atLeast(threads, 1, "threads");
        this.program = tape.program();
        this.batchSize = batchSize;
        this.maxTile = Math.min(maxTileSize, batchSize);
        TapeProgram p = program;
        int inputCount = p.inputCount();
        scalars = p.initialValues();
        for (int j = 0; j < p.parameterCount(); j++) {
            scalars[inputCount + j] = tape.parameter(j);
        }
        inputs = new double[inputCount][batchSize];
        for (int i = 0; i < inputCount; i++) {
            Arrays.fill(inputs[i], tape.input(i));
        }
        plan = new ForwardPlan(p);
        kept = new double[plan.keptRows][batchSize];
        int tiles = (batchSize + maxTile - 1) / maxTile;
        tileStart = new int[tiles + 1];
        for (int t = 0; t <= tiles; t++) {
            tileStart[t] = (int) ((long) batchSize * t / tiles);
        }
        // one thread: one chunk of all tiles; more: a few chunks per thread, so that a thread the system
        // is slow to wake leaves little for the others to wait on
        int chunks = threads == 1 ? 1 : Math.min(tiles, 4 * threads);
        chunkStart = new int[chunks + 1];
        for (int k = 0; k <= chunks; k++) {
            chunkStart[k] = (int) ((long) tiles * k / chunks);
        }
        work = new double[chunks][plan.buffers][maxTile];
        int useful = Math.min(Host.threads(threads), chunks);
        workers = useful > 1 ? new TileWorkers(useful - 1, chunks,
                "micrograd4j-forward") : null;
    }

    // ---------------------------------------------------------------- replay

    /** Computes every example's output and watched values from its inputs and the current parameters. */
    public void forward() {
        Op[] ops = program.ops();
        int[] first = program.first();
        int[] second = program.second();
        for (int k : plan.scalarOps) {
            scalars[k] = ops[k].value(scalars[first[k]], scalars[second[k]]);
        }
        if (workers == null) {
            for (int k = 0; k < work.length; k++) {
                runChunk(k);
            }
        } else {
            workers.run(chunkJob);
        }
    }

    private void runChunk(int k) {
        for (int t = chunkStart[k]; t < chunkStart[k + 1]; t++) {
            runTile(work[k], t);
        }
    }

    private void runTile(double[][] w, int t) {
        final ForwardPlan q = plan;
        final double[] s = scalars;
        final int from = tileStart[t];
        final int n = tileStart[t + 1] - from;
        for (int i = 0; i < q.inputBuffer.length; i++) {
            if (q.inputBuffer[i] >= 0) {
                System.arraycopy(inputs[i], from, w[q.inputBuffer[i]], 0, n);
            }
        }
        final int[] kind = q.kind;
        final Op[] op = q.op;
        final int[] a = q.a;
        final int[] b = q.b;
        final int[] c = q.c;
        final int[] out = q.out;
        final int[] export = q.export;
        final int count = kind.length;
        for (int i = 0; i < count; i++) {
            double[] o = w[out[i]];
            switch (kind[i]) {
                case ForwardPlan.ROW_ROW -> OpKernels.rowRow(op[i], w[a[i]], w[b[i]], o, n);
                case ForwardPlan.ROW_SCALAR -> OpKernels.rowScalar(op[i], w[a[i]], s[b[i]], o, n);
                case ForwardPlan.SCALAR_ROW -> OpKernels.scalarRow(op[i], s[a[i]], w[b[i]], o, n);
                case ForwardPlan.MUL_ADD_ROW -> OpKernels.mulAddRow(w[a[i]], s[b[i]], w[c[i]], o, n);
                default -> OpKernels.mulAddScalar(s[a[i]], s[b[i]], w[c[i]], o, n);
            }
            if (export[i] >= 0) {
                System.arraycopy(o, 0, kept[export[i]], from, n);
            }
        }
    }

    // ---------------------------------------------------------------- slots

    /**
     * The number of examples.
     *
     * @return the batch size
     */
    public int batchSize() {
        return batchSize;
    }

    /**
     * The number of tiles the batch is cut into.
     *
     * @return the tile count
     */
    public int tileCount() {
        return tileStart.length - 1;
    }

    /**
     * Sets input {@code i} of one example for the next forward pass; it stays until set again.
     *
     * @param i the input's index in the tape
     * @param example the example, {@code 0 .. batchSize()-1}
     * @param data the new value
     */
    public void setInput(int i, int example, double data) {
        inputs[Tape.checkIndex(i, program.inputCount(), "input")][Tape.checkIndex(example, batchSize, "example")] = data;
    }

    /**
     * Sets parameter {@code j}, shared by all examples, for the next forward pass.
     *
     * @param j the parameter's index in the tape
     * @param data the new value
     */
    public void setParameter(int j, double data) {
        scalars[program.inputCount() + Tape.checkIndex(j, program.parameterCount(), "parameter")] = data;
    }

    /**
     * One example's output after the last forward pass.
     *
     * @param example the example
     * @return its output
     */
    public double output(int example) {
        return valueOf(program.output(), example);
    }

    /**
     * Watched value {@code i} (see {@link Tape#compile(io.github.micrograd4j.core.Value, java.util.List,
     * java.util.List, java.util.List)}) of one example after the last forward pass.
     *
     * @param i the watched value's index
     * @param example the example
     * @return its value
     */
    public double watched(int i, int example) {
        return valueOf(program.watchedSlot(i), example);
    }

    private double valueOf(int slot, int example) {
        Tape.checkIndex(example, batchSize, "example");
        if (slot < program.inputCount()) {
            return inputs[slot][example];
        }
        return plan.row[slot] ? kept[plan.keptRowOf[slot]][example] : scalars[slot];
    }

    /** The per-example loops one tile runs: the row ops, less the products folded into sums. */
    int instructionCount() {
        return plan.kind.length;
    }

    /** The rows a tile works in, however many ops the graph has. */
    int bufferCount() {
        return work[0].length;
    }

    /** Stops the worker threads, if any; the replay cannot run on several threads afterwards. */
    @Override
    public void close() {
        if (workers != null) {
            workers.close();
        }
    }
}
