package io.github.micrograd4j.core.tape;

import io.github.micrograd4j.core.Op;
import io.github.micrograd4j.core.Require;
import java.util.ArrayDeque;
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

    private static final int ROW_ROW = 0;
    private static final int ROW_SCALAR = 1;
    private static final int SCALAR_ROW = 2;
    private static final int MUL_ADD_ROW = 3;
    private static final int MUL_ADD_SCALAR = 4;

    private final TapeProgram program;
    private final int batchSize;
    private final int maxTile;
    /** Every slot's number when it is the same for all examples; the inputs' entries are unused. */
    private final double[] scalars;
    /** The live op slots computed once per pass, in order. */
    private final int[] scalarOps;
    private final double[][] inputs;
    /** Whether each slot differs between examples. */
    private final boolean[] row;
    // the per-example instructions: kind, op, operands (buffers for rows, slots for scalars), result buffer
    private final int[] kind;
    private final Op[] op;
    private final int[] a;
    private final int[] b;
    private final int[] c;
    private final int[] out;
    /** The kept row each instruction's result is copied to, or -1. */
    private final int[] export;
    /** Each input's buffer, or -1 when no instruction reads it. */
    private final int[] inputBuffer;
    /** For each slot whose value is kept per example, its row in {@link #kept}; -1 otherwise. */
    private final int[] keptRowOf;
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
        int size = p.size();
        int inputCount = p.inputCount();
        Op[] ops = p.ops();
        int[] first = p.first();
        int[] second = p.second();
        scalars = p.initialValues();
        for (int j = 0; j < p.parameterCount(); j++) {
            scalars[inputCount + j] = tape.parameter(j);
        }
        inputs = new double[inputCount][batchSize];
        for (int i = 0; i < inputCount; i++) {
            Arrays.fill(inputs[i], tape.input(i));
        }
        row = new boolean[size];
        Arrays.fill(row, 0, inputCount, true);
        for (int k = p.opStart(); k < size; k++) {
            row[k] = row[first[k]] || row[second[k]];
        }
        // what the output and the watched values need, and who reads each row
        boolean[] keptSlot = new boolean[size];
        keptSlot[p.output()] = true;
        for (int w = 0; w < p.watchedCount(); w++) {
            keptSlot[p.watchedSlot(w)] = true;
        }
        boolean[] live = keptSlot.clone();
        int[] uses = new int[size];
        for (int k = size - 1; k >= p.opStart(); k--) {
            if (live[k]) {
                live[first[k]] = true;
                live[second[k]] = true;
                uses[first[k]]++;
                uses[second[k]]++;
            }
        }
        // a product of a scalar and a row read by one sum only, and not kept, is folded into the sum
        int[] productOf = new int[size];
        Arrays.fill(productOf, -1);
        boolean[] folded = new boolean[size];
        int instructions = 0;
        int scalarCount = 0;
        for (int k = p.opStart(); k < size; k++) {
            if (!live[k]) {
                continue;
            }
            if (!row[k]) {
                scalarCount++;
                continue;
            }
            if (ops[k] == Op.ADD) {
                int m = foldable(second[k], ops, first, second, uses, keptSlot) ? second[k]
                        : foldable(first[k], ops, first, second, uses, keptSlot) ? first[k] : -1;
                if (m >= 0) {
                    productOf[k] = m;
                    folded[m] = true;
                    instructions--;
                }
            }
            instructions++;
        }
        scalarOps = new int[scalarCount];
        kind = new int[instructions];
        op = new Op[instructions];
        a = new int[instructions];
        b = new int[instructions];
        c = new int[instructions];
        out = new int[instructions];
        export = new int[instructions];
        int[] resultSlot = new int[instructions];
        int s = 0;
        int n = 0;
        for (int k = p.opStart(); k < size; k++) {
            if (!live[k] || folded[k]) {
                continue;
            }
            if (!row[k]) {
                scalarOps[s++] = k;
                continue;
            }
            resultSlot[n] = k;
            op[n] = ops[k];
            int m = productOf[k];
            if (m >= 0) {
                int acc = first[k] == m ? second[k] : first[k];
                boolean rowFirst = row[first[m]];
                kind[n] = row[acc] ? MUL_ADD_ROW : MUL_ADD_SCALAR;
                a[n] = acc;
                b[n] = rowFirst ? second[m] : first[m];
                c[n] = rowFirst ? first[m] : second[m];
            } else {
                kind[n] = row[first[k]] && row[second[k]] ? ROW_ROW : row[first[k]] ? ROW_SCALAR : SCALAR_ROW;
                a[n] = first[k];
                b[n] = second[k];
                c[n] = -1;
            }
            n++;
        }
        // buffers: a row's buffer is reused once its last reader has run
        int[] lastUse = new int[size];
        Arrays.fill(lastUse, -1);
        for (int i = 0; i < instructions; i++) {
            for (int slot : rowOperands(i)) {
                lastUse[slot] = i;
            }
        }
        int[] bufferOf = new int[size];
        Arrays.fill(bufferOf, -1);
        ArrayDeque<Integer> free = new ArrayDeque<>();
        int buffers = 0;
        inputBuffer = new int[inputCount];
        for (int i = 0; i < inputCount; i++) {
            inputBuffer[i] = lastUse[i] >= 0 ? buffers++ : -1;
            bufferOf[i] = inputBuffer[i];
        }
        keptRowOf = new int[size];
        Arrays.fill(keptRowOf, -1);
        int keptRows = 0;
        for (int i = 0; i < instructions; i++) {
            int[] operands = rowOperands(i);
            // the row operands' slots become their buffers; scalar operands stay slots
            switch (kind[i]) {
                case ROW_ROW -> {
                    a[i] = bufferOf[a[i]];
                    b[i] = bufferOf[b[i]];
                }
                case ROW_SCALAR -> a[i] = bufferOf[a[i]];
                case SCALAR_ROW -> b[i] = bufferOf[b[i]];
                case MUL_ADD_ROW -> {
                    a[i] = bufferOf[a[i]];
                    c[i] = bufferOf[c[i]];
                }
                default -> c[i] = bufferOf[c[i]];
            }
            for (int slot : operands) {
                if (lastUse[slot] == i && bufferOf[slot] >= 0) {
                    free.push(bufferOf[slot]); // the result may reuse it: every loop reads element r before writing it
                    bufferOf[slot] = -1; // x * x is freed once
                }
            }
            int k = resultSlot[i];
            out[i] = free.isEmpty() ? buffers++ : free.pop();
            export[i] = keptSlot[k] ? keptRows++ : -1;
            keptRowOf[k] = export[i];
            if (lastUse[k] >= 0) {
                bufferOf[k] = out[i];
            } else {
                free.push(out[i]); // nobody reads it: reusable once copied out
            }
        }
        kept = new double[keptRows][batchSize];
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
        work = new double[chunks][buffers][maxTile];
        workers = Math.min(threads, chunks) > 1 ? new TileWorkers(Math.min(threads, chunks) - 1, chunks,
                "micrograd4j-forward") : null;
    }

    /** A product of a scalar and a row, read by one sum only and not kept: computed inside that sum. */
    private boolean foldable(int m, Op[] ops, int[] first, int[] second, int[] uses, boolean[] keptSlot) {
        return ops[m] == Op.MUL && uses[m] == 1 && !keptSlot[m] && row[first[m]] != row[second[m]];
    }

    /** The slots of instruction {@code i}'s row operands, before they are turned into buffers. */
    private int[] rowOperands(int i) {
        return switch (kind[i]) {
            case ROW_ROW -> new int[] {a[i], b[i]};
            case ROW_SCALAR -> new int[] {a[i]};
            case SCALAR_ROW -> new int[] {b[i]};
            case MUL_ADD_ROW -> new int[] {a[i], c[i]};
            default -> new int[] {c[i]};
        };
    }

    // ---------------------------------------------------------------- replay

    /** Computes every example's output and watched values from its inputs and the current parameters. */
    public void forward() {
        Op[] ops = program.ops();
        int[] first = program.first();
        int[] second = program.second();
        for (int k : scalarOps) {
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
        final double[] s = scalars;
        final int from = tileStart[t];
        final int n = tileStart[t + 1] - from;
        for (int i = 0; i < inputBuffer.length; i++) {
            if (inputBuffer[i] >= 0) {
                System.arraycopy(inputs[i], from, w[inputBuffer[i]], 0, n);
            }
        }
        final int count = kind.length;
        for (int i = 0; i < count; i++) {
            double[] o = w[out[i]];
            switch (kind[i]) {
                case ROW_ROW -> ForwardKernels.rowRow(op[i], w[a[i]], w[b[i]], o, n);
                case ROW_SCALAR -> ForwardKernels.rowScalar(op[i], w[a[i]], s[b[i]], o, n);
                case SCALAR_ROW -> ForwardKernels.scalarRow(op[i], s[a[i]], w[b[i]], o, n);
                case MUL_ADD_ROW -> ForwardKernels.mulAddRow(w[a[i]], s[b[i]], w[c[i]], o, n);
                default -> ForwardKernels.mulAddScalar(s[a[i]], s[b[i]], w[c[i]], o, n);
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
        return row[slot] ? kept[keptRowOf[slot]][example] : scalars[slot];
    }

    /** The per-example loops one tile runs: the row ops, less the products folded into sums. */
    int instructionCount() {
        return kind.length;
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
