package io.github.micrograd4j.core.tape;

import io.github.micrograd4j.core.host.Host;
import io.github.micrograd4j.core.Require;
import io.github.micrograd4j.core.Value;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * One {@link Tape} replayed over a batch of examples at once: each example has its own inputs and
 * shares the parameters, and {@link #backward()} sums the parameter gradients over the batch.
 *
 * <p>Values are laid out per slot, one row of examples each, so every op runs as one loop over the
 * examples (the JIT can vectorise the arithmetic ops). The batch is cut into <em>tiles</em> of at
 * most {@code maxTileSize} examples (64 by default), each with its own rows, small enough to stay in
 * the processor's cache between forward and backward; tiles run on {@code threads} threads. Each
 * slot has a row of values and a row of gradients; ops other than sums and products also keep rows
 * of their local derivatives (a sum's are 1 and a product's are its operands' values, so the replay
 * reads those instead: the same numbers, bit for bit, with a third of the memory traffic saved). A sum
 * that is an op's only use shares that op's gradient row, which it would only have copied
 * ({@link GradientRows}): a neuron's chain of sums and products backpropagates through one row.
 *
 * <p>Results do not depend on the number of threads: the tiles depend only on the batch size and
 * the tile size, each tile sums its examples' parameter gradients from the last example to the first
 * and {@link #parameterGrad} adds the tiles' sums from the last tile to the first (the order in which
 * {@link io.github.micrograd4j.core.Value#backward()} adds them for a loss that sums the examples in
 * order). Per example, values and gradients are those of the scalar tape, bit for bit.
 *
 * <p>The seeds are the derivatives of the loss with respect to each example's output ({@code 1/N}
 * for a mean, 1 by default). Not thread-safe (its own worker threads aside); {@link #close()} stops
 * the worker threads when there are any.
 */
public final class BatchedTape implements AutoCloseable {
    /**
     * The largest tile unless another is given: 64 examples of a 1,000-slot tape are about 1 MB of
     * rows, and long enough loops for the per-op overhead not to matter much (the demo's 100 points
     * make two tiles of 50, one per core).
     */
    public static final int DEFAULT_MAX_TILE = 64;

    private final Tape tape;
    private final TapeProgram program;
    private final int batchSize;
    private final Tile[] tiles;
    /** Which tile and row each example is in. */
    private final int[] tileOf;
    private final int[] rowOf;
    private final double[] parameters;
    private final double[] seeds;
    private final double[] parameterGrads;
    /** Which gradient rows each op writes, adds to or shares, going backwards. */
    private final GradientRows gradientRows;
    private final TileWorkers workers;
    private final IntConsumer forwardJob = this::forwardTile;
    private final IntConsumer backwardJob = this::backwardTile;
    private final IntConsumer forwardBackwardJob = this::forwardBackwardTile;

    /**
     * A batched replay on the calling thread alone, with the default tile size.
     *
     * @param tape the compiled per-example graph; its structure is shared, its numbers are not
     * @param batchSize the number of examples
     */
    public BatchedTape(Tape tape, int batchSize) {
        this(tape, batchSize, DEFAULT_MAX_TILE, 1);
    }

    /**
     * A batched replay.
     *
     * @param tape the compiled per-example graph; every example starts with its inputs' values, the
     *     parameters with the tape's
     * @param batchSize the number of examples, at least 1
     * @param maxTileSize the most examples per tile, at least 1; the batch is split into equal tiles
     * @param threads how many threads run the tiles, the caller included, at least 1
     */
    public BatchedTape(Tape tape, int batchSize, int maxTileSize, int threads) {
        this.tape = Objects.requireNonNull(tape, "tape");
        this.program = tape.program();
        Require.atLeast(batchSize, 1, "batch size");
        Require.atLeast(maxTileSize, 1, "tile size");
        Require.atLeast(threads, 1, "threads");
        this.batchSize = batchSize;
        int tileCount = (batchSize + maxTileSize - 1) / maxTileSize;
        gradientRows = new GradientRows(program);
        tiles = new Tile[tileCount];
        tileOf = new int[batchSize];
        rowOf = new int[batchSize];
        int offset = 0;
        for (int t = 0; t < tileCount; t++) {
            int count = batchSize / tileCount + (t < batchSize % tileCount ? 1 : 0);
            tiles[t] = new Tile(tape, program, gradientRows, offset, count);
            for (int r = 0; r < count; r++) {
                tileOf[offset + r] = t;
                rowOf[offset + r] = r;
            }
            offset += count;
        }
        parameters = new double[program.parameterCount()];
        for (int j = 0; j < parameters.length; j++) {
            parameters[j] = tape.parameter(j);
        }
        seeds = new double[batchSize];
        Arrays.fill(seeds, 1.0);
        parameterGrads = new double[program.parameterCount()];
        int useful = Math.min(Host.threads(threads), tileCount);
        workers = useful > 1 ? new TileWorkers(useful - 1, tileCount, "micrograd4j-tape") : null;
    }

    /**
     * Compiles a batch from one graph per example, all built the same way (for example a model's loss
     * on each data point), sharing the parameters; see {@link BatchCompiler}.
     *
     * @param outputs one graph's output per example, at least one
     * @param parameters the shared leaves an optimizer updates, in slot order
     * @param watched nodes of the first example's graph to read back per example with
     *     {@link #watched(int, int)}, such as the model's outputs
     * @param maxTileSize the most examples per tile
     * @param threads how many threads run the tiles, the caller included
     * @return the batch, holding every example's inputs and the parameters' current values
     * @throws IllegalArgumentException if the graphs differ in structure (the message names the
     *     example and node), or a parameter is not a leaf
     */
    public static BatchedTape compile(List<Value> outputs, List<Value> parameters, List<Value> watched,
            int maxTileSize, int threads) {
        return BatchCompiler.compile(outputs, parameters, watched, maxTileSize, threads);
    }

    // ---------------------------------------------------------------- replay

    /** Recomputes every example's values and local derivatives from the current inputs and parameters. */
    public void forward() {
        runTiles(forwardJob);
    }

    /**
     * Backpropagates every example from its output with its seed, then sums the parameter gradients
     * over the batch. Needs the values of the last {@link #forward()}.
     */
    public void backward() {
        runTiles(backwardJob);
        reduceParameterGrads();
    }

    /** {@link #forward()} then {@link #backward()}, tile by tile while each tile is still in cache. */
    public void forwardBackward() {
        runTiles(forwardBackwardJob);
        reduceParameterGrads();
    }

    private void runTiles(IntConsumer job) {
        if (workers == null) {
            for (int t = 0; t < tiles.length; t++) {
                job.accept(t);
            }
        } else {
            workers.run(job);
        }
    }

    private void reduceParameterGrads() {
        double[] sum = parameterGrads;
        Arrays.fill(sum, 0.0);
        for (int t = tiles.length - 1; t >= 0; t--) {
            double[] part = tiles[t].parameterGrads;
            for (int j = 0; j < sum.length; j++) {
                sum[j] += part[j];
            }
        }
    }

    private void forwardBackwardTile(int t) {
        forwardTile(t);
        backwardTile(t);
    }

    private void forwardTile(int t) {
        TileReplay.forward(tiles[t], program, parameters);
    }

    private void backwardTile(int t) {
        TileReplay.backward(tiles[t], program, seeds, gradientRows);
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
     * The tape this replays.
     *
     * @return the per-example tape
     */
    public Tape tape() {
        return tape;
    }

    /**
     * The number of tiles the batch is cut into.
     *
     * @return the tile count
     */
    public int tileCount() {
        return tiles.length;
    }

    /**
     * Sets input {@code i} of one example for the next forward pass.
     *
     * @param i the input's index in the tape
     * @param example the example, {@code 0 .. batchSize()-1}
     * @param data the new value
     */
    public void setInput(int i, int example, double data) {
        Tape.checkIndex(i, program.inputCount(), "input");
        Tape.checkIndex(example, batchSize, "example");
        tiles[tileOf[example]].inputs[i][rowOf[example]] = data;
    }

    /**
     * Input {@code i} of one example.
     *
     * @param i the input's index
     * @param example the example
     * @return its value
     */
    public double input(int i, int example) {
        Tape.checkIndex(i, program.inputCount(), "input");
        Tape.checkIndex(example, batchSize, "example");
        return tiles[tileOf[example]].inputs[i][rowOf[example]];
    }

    /**
     * Sets parameter {@code j}, shared by all examples, for the next forward pass.
     *
     * @param j the parameter's index in the tape
     * @param data the new value
     */
    public void setParameter(int j, double data) {
        parameters[Tape.checkIndex(j, program.parameterCount(), "parameter")] = data;
    }

    /**
     * Parameter {@code j}.
     *
     * @param j the parameter's index
     * @return its value
     */
    public double parameter(int j) {
        return parameters[Tape.checkIndex(j, program.parameterCount(), "parameter")];
    }

    /**
     * Sets d loss / d output of one example, used by the next backward pass (1 until set).
     *
     * @param example the example
     * @param seed the derivative, e.g. {@code 1.0 / batchSize()} for a mean
     */
    public void setSeed(int example, double seed) {
        seeds[Tape.checkIndex(example, batchSize, "example")] = seed;
    }

    /**
     * One example's output after the last forward pass.
     *
     * @param example the example
     * @return its output
     */
    public double output(int example) {
        Tape.checkIndex(example, batchSize, "example");
        return tiles[tileOf[example]].value[program.output()][rowOf[example]];
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
        int slot = program.watchedSlot(i);
        Tape.checkIndex(example, batchSize, "example");
        return tiles[tileOf[example]].value[slot][rowOf[example]];
    }

    /**
     * The sum over the batch of seed times d output / d parameter {@code j}, after the last backward pass.
     *
     * @param j the parameter's index
     * @return the summed gradient
     */
    public double parameterGrad(int j) {
        return parameterGrads[Tape.checkIndex(j, program.parameterCount(), "parameter")];
    }

    /**
     * Seed times d output / d input {@code i} for one example, after the last backward pass.
     *
     * @param i the input's index
     * @param example the example
     * @return the gradient
     */
    public double inputGrad(int i, int example) {
        Tape.checkIndex(i, program.inputCount(), "input");
        Tape.checkIndex(example, batchSize, "example");
        return tiles[tileOf[example]].grad[i][rowOf[example]];
    }

    /** Stops the worker threads, if any; the tape cannot run on several threads afterwards. */
    @Override
    public void close() {
        if (workers != null) {
            workers.close();
        }
    }
}
