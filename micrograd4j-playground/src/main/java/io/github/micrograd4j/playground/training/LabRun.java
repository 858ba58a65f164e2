package io.github.micrograd4j.playground.training;

import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.optim.LearningRate;
import io.github.micrograd4j.nn.optim.Optimizer;
import io.github.micrograd4j.nn.run.RateChanges;
import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.nn.run.RunSettings;
import io.github.micrograd4j.nn.train.Engines;
import io.github.micrograd4j.nn.train.StepRecord;
import io.github.micrograd4j.nn.train.TapeEngine;
import io.github.micrograd4j.nn.train.Trainer;
import io.github.micrograd4j.nn.train.TrainingEngine;
import io.github.micrograd4j.playground.http.ApiException;
import io.github.micrograd4j.playground.text.PlaygroundText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One page's training run on its own thread: it trains at full speed while playing, and at most
 * {@link #FRAMES_PER_SECOND} times a second (and after every pause or single step) it computes a
 * {@link LabFrame} and hands it to the page's sender, which keeps only the newest: a slow tab gets
 * fewer frames, and training never waits for it. {@link #stop()} ends the thread.
 */
final class LabRun {
    /** The most frames a second. */
    static final int FRAMES_PER_SECOND = 30;
    private static final long FRAME_NANOS = 1_000_000_000L / FRAMES_PER_SECOND;

    private final RunSettings settings;
    private final Run run;
    private final TrainingEngine engine;
    private final Optimizer optimizer;
    private final DecisionGrid grid;
    private final Consumer<LabFrame> frames;
    /** The run's number on its page: frames carry it, so the page tells a new run's frames from an old one's. */
    private final int number;
    private final Thread thread;
    private final List<double[]> curve = new ArrayList<>();
    private final java.util.Queue<FutureTask<?>> tasks = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final LearningRate base;
    /** The rate changes so far: the settings', then those made on the page; read and written on the run's thread. */
    private RateChanges changes;
    private LearningRate rate;
    private boolean playing;
    /** A weight edited on the page since the last frame: a paused run owes the page a frame. Run's thread only. */
    private boolean frameDue;
    /** The last weight edit, whose loss the frames show until the next step; null before any. Run's thread only. */
    private WeightEdit edited;
    private int editedAt;
    private int pendingSteps;
    private boolean stopped;
    private int step;

    LabRun(int number, Run run, boolean play, Consumer<LabFrame> frames, String name) {
        this.number = number;
        this.settings = run.settings();
        this.run = run;
        this.engine = engine(run);
        this.base = settings.schedule().create(settings.learningRate(), settings.steps());
        this.changes = settings.lrChanges();
        this.rate = changes.apply(base, settings.learningRate());
        MLP model = run.model();
        // the settings' changes as Run.optimizer applies them, and those made while it trains
        this.optimizer = settings.optimizerKind().create(model.parameters(), k -> rate.at(k),
                settings.momentumValue());
        this.grid = new DecisionGrid(model, run.objective().features(), run.data(), run.test());
        this.frames = frames;
        this.playing = play;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
    }

    /**
     * The run's engine: {@code train}'s, except that with two cores or fewer the tape runs on one thread,
     * since the page's sender and, on a local server, the browser need the other core: a two-thread step
     * waits whenever its second thread is descheduled.
     */
    static TrainingEngine engine(Run run) {
        Engines kind = Engines.defaultFor(run.objective());
        if (kind == Engines.TAPE && Runtime.getRuntime().availableProcessors() <= 2) {
            return new TapeEngine(run.objective(), 1);
        }
        return kind.create(run.objective());
    }

    /** The run's number on its page, counted from 1. */
    int number() {
        return number;
    }

    void start() {
        thread.start();
    }

    /** The run's data, model and settings. */
    Run run() {
        return run;
    }

    private void loop() {
        try {
            long lastFrame = 0;
            LabFrame last = frame();
            frames.accept(last);
            while (true) {
                boolean stepNow;
                boolean paused;
                synchronized (this) {
                    // paused since the last frame (which said playing): on, to send the page a paused one first
                    while (!stopped && !playing && pendingSteps == 0 && tasks.isEmpty() && !last.playing()) {
                        wait();
                    }
                    if (stopped) {
                        return;
                    }
                }
                for (FutureTask<?> t = tasks.poll(); t != null; t = tasks.poll()) {
                    t.run();
                }
                synchronized (this) {
                    paused = !playing && pendingSteps == 0;
                    stepNow = !paused && step < settings.steps();
                    if (pendingSteps > 0) {
                        pendingSteps--;
                    }
                    if (!paused && !stepNow) {
                        playing = false;
                        pendingSteps = 0;
                    }
                }
                if (paused) {
                    // paused since the last frame (the page still shows its "playing"), or a weight edited
                    if (last.playing() || frameDue) {
                        frameDue = false;
                        last = frame();
                        frames.accept(last);
                    }
                    continue;
                }
                if (stepNow) {
                    StepRecord r = Trainer.step(engine, optimizer, run.batches(), step);
                    synchronized (curve) {
                        curve.add(new double[] {step + 1, r.loss(), Double.NaN, r.accuracy()});
                    }
                    step++;
                }
                boolean idle;
                synchronized (this) {
                    idle = !playing || step >= settings.steps();
                }
                long now = System.nanoTime();
                if (idle || now - lastFrame >= FRAME_NANOS) {
                    lastFrame = now;
                    last = frame();
                    frames.accept(last);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            for (FutureTask<?> t = tasks.poll(); t != null; t = tasks.poll()) {
                t.cancel(false);
            }
            engine.close();
            synchronized (grid) {
                grid.close();
            }
        }
    }

    /**
     * Counters and a snapshot of the weights, taken between two steps: the loss of the last step (before its
     * update). The maps and the test loss are added by {@link #withMaps} on the sender's thread, so training does
     * not wait for them.
     */
    private LabFrame frame() {
        double loss;
        double accuracy;
        synchronized (curve) {
            double[] last = curve.isEmpty() ? null : curve.get(curve.size() - 1);
            loss = last == null ? Double.NaN : last[1];
            accuracy = last == null ? Double.NaN : last[3];
        }
        if (edited != null && editedAt == step) { // the edited model's, until the next step records its own
            loss = edited.evaluation().loss();
            accuracy = edited.evaluation().accuracy();
        }
        boolean isPlaying;
        synchronized (this) {
            isPlaying = playing;
        }
        return new LabFrame(step, settings.steps(), loss, Double.NaN, accuracy, Double.NaN,
                optimizer.learningRate(), isPlaying, null, null, run.model().parameterData(), grid.bounds());
    }

    /**
     * A frame with its maps, and the test loss there also written into the curve's point for the frame's step
     * ({@link #mapped}).
     *
     * @param f a frame from this run
     * @return the frame with its maps
     */
    LabFrame withMaps(LabFrame f) {
        synchronized (grid) {
            LabFrame mapped = mapped(run, grid, f);
            if (!Double.isNaN(mapped.testLoss()) && f.step() > 0) {
                synchronized (curve) {
                    curve.get(f.step() - 1)[2] = mapped.testLoss();
                }
            }
            return mapped;
        }
    }

    /**
     * A frame with its maps: the big map and every neuron's thumbnail at the frame's weights, forward passes
     * of the compiled tape over the grids; and the test loss and accuracy there (the data loss, as
     * {@link Run#testScores}). On the server the event stream's sender adds them, in the web edition a worker
     * of their own, so that training never waits for them.
     *
     * @param run the run
     * @param grid the run's grids (not thread-safe: the caller holds it)
     * @param f a frame of the run
     * @return the frame with its maps
     */
    static LabFrame mapped(Run run, DecisionGrid grid, LabFrame f) {
        double[][] testOutputs = grid.testOutputs(f.weights());
        double testLoss = testLoss(run, testOutputs);
        double testAccuracy = testAccuracy(run, testOutputs);
        grid.compute(f.weights());
        double[][] thumbs = new double[grid.neuronCount()][];
        for (int i = 0; i < thumbs.length; i++) {
            thumbs[i] = grid.thumbnail(i);
        }
        return new LabFrame(f.step(), f.steps(), f.loss(), testLoss, f.accuracy(), testAccuracy, f.lr(), f.playing(),
                grid.map(), thumbs, f.weights(), f.bounds());
    }

    /**
     * The fraction of test points whose predicted class is right, as train's accuracy counts; NaN without any, and
     * for a regression dataset, where accuracy does not apply.
     */
    static double testAccuracy(Run run, double[][] outputs) {
        if (outputs == null || outputs.length == 0 || run.test().isRegression()) {
            return Double.NaN;
        }
        int[] classes = run.test().classes();
        int right = 0;
        for (int i = 0; i < outputs.length; i++) {
            if (run.loss().predict(outputs[i]) == classes[i]) {
                right++;
            }
        }
        return (double) right / outputs.length;
    }

    /** The test points' data loss from their outputs, as the loss's graph computes it; NaN without test points. */
    static double testLoss(Run run, double[][] outputs) {
        if (outputs == null) {
            return Double.NaN;
        }
        List<List<io.github.micrograd4j.core.Value>> leaves = new ArrayList<>(outputs.length);
        for (double[] row : outputs) {
            leaves.add(MLP.inputs(row));
        }
        return (run.test().isRegression() ? run.loss().computeTargets(leaves, run.test().targets())
                : run.loss().compute(leaves, run.test().classes())).data();
    }

    /**
     * The curve points from an index on: {step, loss, test loss or NaN, accuracy}.
     *
     * @param from the first index
     * @return the points
     */
    List<double[]> curveFrom(int from) {
        synchronized (curve) {
            List<double[]> out = new ArrayList<>();
            for (int i = from; i < curve.size(); i++) {
                out.add(curve.get(i).clone());
            }
            return out;
        }
    }

    /** A neuron's big map at the current parameters (computed on the caller's thread, so after a pause). */
    double[] neuronMap(int neuron) {
        synchronized (grid) {
            return grid.neuronMap(neuron, run.model().parameterData());
        }
    }

    /**
     * Runs something on the run's thread between two steps, where the parameters hold still, and waits for it.
     *
     * @param task what to run
     * @return its result
     */
    <T> T between(Callable<T> task) {
        FutureTask<T> f = new FutureTask<>(task);
        tasks.add(f);
        synchronized (this) {
            notifyAll();
        }
        try {
            return f.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new ApiException(500, "internal error: " + e.getCause());
        } catch (java.util.concurrent.CancellationException e) {
            throw new ApiException(409, new Message(PlaygroundText.RUN_STOPPED));
        } catch (TimeoutException e) {
            f.cancel(false);
            throw new ApiException(408, new Message(PlaygroundText.RUN_SILENT, 20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, new Message(PlaygroundText.SERVER_STOPPING));
        }
    }

    /**
     * Sets one weight of the model (the {@code weight} action), on the run's thread between two steps; the next
     * frame, sent at once even when paused, has the edited model's maps, weights and loss.
     *
     * @param request the page's request: layer, neuron, input and value
     * @return the answer ({@link WeightEdit#json})
     */
    String editWeight(LabRequest request) {
        return between(() -> {
            edited = WeightEdit.apply(run, engine, step, request);
            editedAt = step;
            frameDue = true;
            return edited.json();
        });
    }

    synchronized void play() {
        playing = step < settings.steps();
        notifyAll();
    }

    synchronized void pause() {
        playing = false;
        notifyAll();
    }

    synchronized void step() {
        playing = false;
        pendingSteps++;
        notifyAll();
    }

    /**
     * Changes the learning rate from the next update on: the schedule continues, scaled to start from
     * this rate ({@link RateChanges}). Call on the run's thread ({@link #between}), so that the step
     * it takes effect at is the one recorded.
     *
     * @param lr the new first-step rate
     * @return the run's changes so far, with this one at the updates done
     */
    RateChanges changeRate(double lr) {
        if (!(lr > 0) || !Double.isFinite(lr)) {
            throw new ApiException(400, new Message(PlaygroundText.LR_POSITIVE, lr));
        }
        changes = changes.then(step, lr);
        rate = changes.apply(base, settings.learningRate());
        return changes;
    }

    /** Stops the thread and waits for it, so no run outlives its page. */
    void stop() {
        synchronized (this) {
            stopped = true;
            notifyAll();
        }
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean alive() {
        return thread.isAlive();
    }
}
