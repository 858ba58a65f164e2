package io.github.micrograd4j.nn.train;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.tape.BatchedTape;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import io.github.micrograd4j.nn.loss.Regularization;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fast engine: each point's loss is built once as an object graph, compiled into a
 * {@link BatchedTape}, and every step replays that tape over all points at once, with the
 * parameters' current data and without building a node.
 *
 * <p>It computes what {@link GraphEngine} computes, the same way: the loss is micrograd's mean of
 * per-point terms plus {@code alpha * sum(p * p)}, and each point's term, output and gradient are
 * the graph's, bit for bit (the same {@link io.github.micrograd4j.core.Op} functions in the same
 * order). Only the order in which the points' contributions to a parameter's gradient are added
 * differs (tile by tile), so gradients agree to rounding, about 1e-16 relative per step; the loss
 * is summed in the graph's order and agrees exactly.
 *
 * <p>Supports the losses whose per-point graph does not depend on the parameters' values: max-margin,
 * MSE, binary cross-entropy and the regression's squared error. Softmax cross-entropy shifts the logits by their current maximum, a
 * constant that changes every step, so it needs {@link GraphEngine} ({@link #supports}).
 *
 * <p>{@link #close()} stops the worker threads when there are any.
 */
public final class TapeEngine implements TrainingEngine, AutoCloseable {
    private final Objective objective;
    private final List<Value> parameters;
    private final BatchedTape batch;
    private boolean batched;
    private final int points;
    private final int outputs;
    private final double l2;
    private final Regularization regularization;

    /**
     * Batches with fewer op evaluations per step than this replay on the calling thread alone: below
     * it a step is a few tens of microseconds, about what waking a second thread costs (the demo's
     * figures on one and two threads are in docs/PERFORMANCE.md).
     */
    public static final long PARALLEL_WORK = 20_000;

    /**
     * An engine on two threads (where there are two cores) from {@link #PARALLEL_WORK} op evaluations
     * per step, such as the demo's, and on one for smaller batches.
     *
     * @param objective what to evaluate
     * @throws IllegalArgumentException if the objective's loss is not supported
     */
    public TapeEngine(Objective objective) {
        this(objective, 0);
    }

    /**
     * An engine on a given number of threads; results do not depend on it.
     *
     * @param objective what to evaluate
     * @param threads the threads that replay the tape, the caller included, at least 1; 0 to choose
     *     by the size of the batch as {@link #TapeEngine(Objective)} does
     * @throws IllegalArgumentException if the objective's loss is not supported, or threads is negative
     */
    public TapeEngine(Objective objective, int threads) {
        this.objective = Objects.requireNonNull(objective, "objective");
        if (!supports(objective)) {
            throw new IllegalArgumentException("the tape engine does not support the " + objective.loss().id()
                    + " loss: its logit shift depends on the parameters each step; use the graph engine");
        }
        MLP model = objective.model();
        Dataset data = objective.data();
        this.parameters = model.parameters();
        this.points = data.size();
        this.outputs = model.outputCount();
        this.l2 = objective.l2();
        this.regularization = objective.regularization();
        List<Value> terms = new ArrayList<>(points);
        List<Value> firstOutputs = null;
        for (int i = 0; i < points; i++) {
            List<Value> out = objective.forward(data.features(i));
            if (i == 0) {
                firstOutputs = out;
            }
            // the loss of one point is the mean of one term: (0 + term) * 1.0, which is the term itself
            terms.add(objective.pointLoss(i, out));
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be at least 1 (or 0 to choose), got " + threads);
        }
        if (threads == 0) {
            long ops = terms.get(0).topologicalOrder().stream().filter(v -> !v.isLeaf()).count();
            threads = ops * points < PARALLEL_WORK ? 1 : Math.min(2, Runtime.getRuntime().availableProcessors());
        }
        this.batch = BatchedTape.compile(terms, parameters, firstOutputs, BatchedTape.DEFAULT_MAX_TILE, threads);
        for (int i = 0; i < points; i++) {
            // d loss / d term_i: the mean's factor, exactly as the graph's mul node passes it down
            batch.setSeed(i, 1.0 / points);
        }
    }

    /**
     * Whether this engine can evaluate an objective: every loss but softmax cross-entropy, without a
     * gradient penalty.
     *
     * @param objective the objective
     * @return {@code true} if supported
     */
    public static boolean supports(Objective objective) {
        return objective.loss() != ClassificationLoss.SOFTMAX_CROSS_ENTROPY && objective.gradPenalty() == 0.0;
    }

    @Override
    public LossEvaluation evaluate() {
        return evaluate(null);
    }

    @Override
    public LossEvaluation evaluate(int[] picked) {
        double[] data = new double[parameters.size()];
        for (int j = 0; j < parameters.size(); j++) {
            data[j] = parameters.get(j).data();
            batch.setParameter(j, data[j]);
        }
        if (picked != null || batched) {
            // a mini-batch: the other points' terms get no gradient; all points are still forwarded for accuracy
            double[] seeds = new double[points];
            int count = picked == null ? points : picked.length;
            for (int i = 0; i < count; i++) {
                seeds[picked == null ? i : picked[i]] = 1.0 / count;
            }
            for (int i = 0; i < points; i++) {
                batch.setSeed(i, seeds[i]);
            }
            batched = picked != null;
        }
        batch.forwardBackward();
        // the graph's arithmetic: ((0 + t0) + t1 + ...) * (1/n), then + ((0 + p0*p0) + ...) * alpha
        double sum = 0.0;
        int count = picked == null ? points : picked.length;
        for (int i = 0; i < count; i++) {
            sum += batch.output(picked == null ? i : picked[i]);
        }
        double loss = sum * (1.0 / count);
        if (regularization != Regularization.NONE && l2 > 0.0) {
            loss += regularization.value(data, l2);
        }
        for (int j = 0; j < parameters.size(); j++) {
            // the regularisation's contributions come first in backward
            parameters.get(j).setGrad(regularization.gradient(data[j], l2) + batch.parameterGrad(j));
        }
        double[][] predictions = new double[points][outputs];
        for (int i = 0; i < points; i++) {
            for (int k = 0; k < outputs; k++) {
                predictions[i][k] = batch.watched(k, i);
            }
        }
        return new LossEvaluation(loss, objective.accuracy(predictions));
    }

    @Override
    public Objective objective() {
        return objective;
    }

    /** Stops the tape's worker threads, if any. */
    @Override
    public void close() {
        batch.close();
    }
}
