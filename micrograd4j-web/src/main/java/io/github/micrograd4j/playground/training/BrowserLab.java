package io.github.micrograd4j.playground.training;

import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.optim.LearningRate;
import io.github.micrograd4j.nn.optim.Optimizer;
import io.github.micrograd4j.nn.run.RateChanges;
import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.nn.run.RunSettings;
import io.github.micrograd4j.nn.run.TrainCommandLine;
import io.github.micrograd4j.nn.train.StepRecord;
import io.github.micrograd4j.nn.train.Trainer;
import io.github.micrograd4j.nn.train.TrainingEngine;
import io.github.micrograd4j.playground.http.ApiException;
import io.github.micrograd4j.playground.http.Responses;
import io.github.micrograd4j.playground.text.PlaygroundText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The training lab's run in the browser, one per Web Worker: what {@link TrainingLab}, {@link LabSession}
 * and {@link LabRun} do on the server with three threads, done on the worker's one thread in slices. The
 * worker calls {@link #tick} again and again while {@link #busy()}: each call trains for a time budget and
 * answers one frame, in the same JSON as the server's event stream but without the maps, which a second
 * worker adds ({@link BrowserMaps}); its messages (start, control) are handled between two calls, where the
 * parameters hold still, as {@link LabRun#between} arranges.
 *
 * <p>In the playground's package (the web module's own, not the playground's jar) so that it uses the
 * lab's frames, maps, checks and limits as they are, not copies of them.
 */
public final class BrowserLab {
    /**
     * What one run may use, in bytes: the browser does not say how large its heap may grow (Chromium's
     * is about 4 GiB on a 64-bit desktop), and the lab's largest runs need far less.
     */
    static final long MEMORY = 1L << 30;
    private static BrowserLab current;

    private final Run run;
    private final RunSettings settings;
    private final TrainingEngine engine;
    private final Optimizer optimizer;
    /** The maps' bounds, which every frame carries. */
    private final double[] bounds;
    /**
     * A neuron's big map's grids, made on the first one asked for: the frames' maps are the maps' worker's
     * ({@link BrowserMaps}), so that a run's start does not build them twice.
     */
    private DecisionGrid grid;
    private final LearningRate base;
    private final List<double[]> curve = new ArrayList<>();
    private RateChanges changes;
    private LearningRate rate;
    private boolean playing;
    private int pendingSteps;
    private boolean frameDue = true;
    /** The last weight edit, whose loss the frames show until the next step (as {@link LabRun}'s); null before any. */
    private WeightEdit edited;
    private int editedAt;
    private int step;
    private int curveSent;
    /** The run's number in this page, as the server numbers a page's runs: its frames carry it. */
    private final int number;
    /** Runs started in this page so far. */
    private static int started;

    private BrowserLab(Run run, boolean play, int number) {
        this.number = number;
        this.run = run;
        this.settings = run.settings();
        this.engine = LabRun.engine(run);
        this.base = settings.schedule().create(settings.learningRate(), settings.steps());
        this.changes = settings.lrChanges();
        this.rate = changes.apply(base, settings.learningRate());
        MLP model = run.model();
        this.optimizer = settings.optimizerKind().create(model.parameters(), k -> rate.at(k), settings.momentumValue());
        this.bounds = DecisionGrid.bounds(run.data());
        this.playing = play;
    }

    /**
     * {@code POST /api/train/run}: starts a run (ending the worker's previous one).
     *
     * @param body the request, as the page sends it to the server
     * @return the run's info, or the error the server would answer
     */
    public static String start(String body) {
        return answer(body, request -> {
            Run run = TrainingLab.create(request, MEMORY);
            stopCurrent();
            current = new BrowserLab(run, request.play(), ++started);
            return TrainingLab.info(run, request, current.number);
        });
    }

    /**
     * A request's answer as the server gives it: {@code action}'s JSON, or the error the server would answer
     * (in the request's language once it is known).
     */
    static String answer(String body, Function<LabRequest, String> action) {
        Language language = Language.EN;
        try {
            LabRequest request = LabRequest.parse(body.getBytes(StandardCharsets.UTF_8));
            language = request.language();
            return action.apply(request);
        } catch (ApiException e) {
            return Responses.errorJson(e.in(language));
        } catch (RuntimeException e) {
            return internalError(e);
        }
    }

    /** The error the server answers to what should not happen: a bug of the web edition's, named as such. */
    static String internalError(RuntimeException e) {
        return Responses.errorJson(new ApiException(500, "internal error: " + e.getClass().getSimpleName() + " "
                + e.getMessage() + " (a bug in micrograd4j's web edition; please report it)"));
    }

    private static void stopCurrent() {
        if (current != null) {
            current.engine.close();
            if (current.grid != null) {
                current.grid.close();
            }
            current = null;
        }
    }

    /**
     * {@code POST /api/train/control}: play, pause, step, lr, neuron, program, weight, check or model.
     *
     * @param body the request, as the page sends it to the server
     * @return the answer, or the error the server would answer
     */
    public static String control(String body) {
        return answer(body, request -> {
            if (current == null) {
                throw new ApiException(409, new Message(PlaygroundText.NO_RUN));
            }
            return current.act(request);
        });
    }

    private String act(LabRequest request) {
        String action = request.action() == null ? "" : request.action();
        switch (action) {
            case "play" -> {
                playing = step < settings.steps();
                frameDue = true;
            }
            case "pause" -> {
                playing = false;
                frameDue = true;
            }
            case "step" -> {
                playing = false;
                pendingSteps++;
            }
            case "lr" -> {
                changeRate(request.lr());
                RunSettings now = settings.with(Map.of("lr-changes", changes.toString()));
                String file = run.data().name().equals(TrainingLab.UPLOAD) ? TrainingLab.UPLOAD : null;
                return "{\"ok\":true,\"lrChanges\":" + LabInfo.quote(changes.toString()) + ",\"command\":"
                        + LabInfo.quote(TrainCommandLine.of(now, file)) + "}";
            }
            case "neuron" -> {
                return LabInfo.map(grid().neuronMap(request.neuron(), run.model().parameterData()));
            }
            case "program" -> {
                return NeuronView.at(run, request.neuron(), request.x1(), request.x2(), request.language())
                        .json(); // as the server answers
            }
            case "weight" -> {
                edited = WeightEdit.apply(run, engine, step, request);
                editedAt = step;
                frameDue = true;
                return edited.json();
            }
            case "check" -> {
                return RunInspection.gradientCheck(run);
            }
            case "model" -> {
                return "{\"model\":" + LabInfo.quote(RunInspection.modelJson(run)) + "}";
            }
            default -> throw new ApiException(400, TrainingLab.ACTIONS + action + "'");
        }
        return "{\"ok\":true}";
    }

    private DecisionGrid grid() {
        if (grid == null) {
            grid = new DecisionGrid(run.model(), run.objective().features(), run.data());
        }
        return grid;
    }

    private void changeRate(double lr) {
        if (!(lr > 0) || !Double.isFinite(lr)) {
            throw new ApiException(400, new Message(PlaygroundText.LR_POSITIVE, lr));
        }
        changes = changes.then(step, lr);
        rate = changes.apply(base, settings.learningRate());
    }

    /**
     * Whether the worker should call {@link #tick} again: a run is playing, has steps asked for, or owes
     * the page a frame.
     *
     * @return whether there is work
     */
    public static boolean busy() {
        BrowserLab lab = current;
        return lab != null && (lab.playing || lab.pendingSteps > 0 || lab.frameDue);
    }

    /**
     * Trains for about {@code budgetMillis} while playing (or takes the steps asked for), then answers the
     * frame the server's event stream would send now, its maps and test scores aside: counters, weights and the
     * new curve points.
     *
     * @param budgetMillis how long to train before answering, in milliseconds
     * @return the frame's JSON, or {@code null} when there is nothing to send
     */
    public static String tick(double budgetMillis) {
        BrowserLab lab = current;
        return lab == null ? null : lab.advance(budgetMillis);
    }

    private String advance(double budgetMillis) {
        if (playing) {
            long end = System.nanoTime() + (long) (budgetMillis * 1e6);
            do {
                takeStep();
            } while (step < settings.steps() && System.nanoTime() < end);
            if (step >= settings.steps()) {
                playing = false;
            }
        } else if (pendingSteps > 0) {
            pendingSteps = 0;
            if (step < settings.steps()) {
                takeStep();
            }
        } else if (!frameDue) {
            return null;
        }
        frameDue = false;
        return frame();
    }

    private void takeStep() {
        StepRecord r = Trainer.step(engine, optimizer, run.batches(), step);
        curve.add(new double[] {step + 1, r.loss(), Double.NaN, r.accuracy()});
        step++;
    }

    /**
     * The frame the run's thread makes on the server ({@code LabRun.frame}): counters and weights, between two
     * steps. Its maps and test scores come from the maps' worker ({@link BrowserMaps}), which the page asks
     * with the frame's weights, so that training does not wait for them, as on the server.
     */
    private String frame() {
        double[] last = curve.isEmpty() ? null : curve.get(curve.size() - 1);
        boolean edit = edited != null && editedAt == step; // the edited model's loss, as LabRun's frames show it
        double loss = edit ? edited.evaluation().loss() : last == null ? Double.NaN : last[1];
        double accuracy = edit ? edited.evaluation().accuracy() : last == null ? Double.NaN : last[3];
        LabFrame f = new LabFrame(step, settings.steps(), loss, Double.NaN, accuracy, Double.NaN,
                optimizer.learningRate(), playing, null, null, run.model().parameterData(), bounds.clone());
        List<double[]> fresh = new ArrayList<>(curve.subList(curveSent, curve.size()));
        curveSent = curve.size();
        return f.json(number, fresh);
    }
}
