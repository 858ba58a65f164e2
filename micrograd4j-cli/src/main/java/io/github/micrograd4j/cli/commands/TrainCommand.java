package io.github.micrograd4j.cli.commands;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.micrograd4j.cli.ExitCodes;
import io.github.micrograd4j.cli.UserErrorException;
import io.github.micrograd4j.cli.io.AtomicFiles;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.nn.Activation;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.data.CsvDataset;
import io.github.micrograd4j.nn.data.CsvFormatException;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.data.Datasets;
import io.github.micrograd4j.nn.io.JsonFormatException;
import io.github.micrograd4j.nn.io.ModelJson;
import io.github.micrograd4j.nn.io.ReferenceRun;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import io.github.micrograd4j.nn.optim.Adam;
import io.github.micrograd4j.nn.optim.LearningRate;
import io.github.micrograd4j.nn.optim.Optimizer;
import io.github.micrograd4j.nn.optim.Sgd;
import io.github.micrograd4j.nn.train.GraphEngine;
import io.github.micrograd4j.nn.train.TapeEngine;
import io.github.micrograd4j.nn.train.LossGraph;
import io.github.micrograd4j.nn.train.Objective;
import io.github.micrograd4j.nn.train.StepRecord;
import io.github.micrograd4j.nn.train.Trainer;
import io.github.micrograd4j.nn.train.TrainingEngine;
import io.github.micrograd4j.nn.train.TrainingHistory;
import io.github.micrograd4j.viz.plot.Figure;
import io.github.micrograd4j.viz.plot.Plots;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code micrograd train}: trains an MLP classifier, micrograd's demo by default. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Trains an MLP classifier on the engine. With no options this is micrograd's demo: "
            + "MLP(2, [16, 16, 1]) on 100 moons (noise 0.1), max-margin loss + 1e-4 L2, 100 SGD steps with "
            + "lr = 1.0 - 0.9*k/100, seed 1337.",
            "",
            "The seed S draws the data with java.util.Random(S) and the initial weights with java.util.Random(S + 1), "
                + "so the same command gives bit-for-bit the same run.",
            "",
            "micrograd's own run, number for number: train --reference micrograd-demo-seed1337.json"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:--reference: the run did not match micrograd's to 1e-9; or the training "
                + "diverged (the loss or a weight became NaN or infinite; a warning names the step)",
            "2:bad input (unknown dataset, unreadable or malformed file, bad option value, an output path that "
                + "cannot be written, a network over 10,000,000 parameters, more steps than memory can record), "
                + "or --save after a diverged run (nothing is saved)"})
public final class TrainCommand implements Callable<Integer> {
    /** The relative tolerance of {@code --reference}. */
    static final double REFERENCE_TOLERANCE = 1e-9;
    /** The largest network {@code train} builds: each parameter is a graph node, and each step's graph is many times larger. */
    static final long MAX_PARAMETERS = 10_000_000L;
    /**
     * What one step costs to remember (its record, the history's list slots and the copies made for
     * plots and JSON), an upper estimate in bytes, to refuse a step count the heap cannot hold.
     */
    static final long BYTES_PER_STEP_RECORD = 64;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-d", "--dataset", "--data"}, paramLabel = "NAME|FILE",
            description = "moons, circles, blobs, spirals, a CSV file (features, label last) or a reference JSON "
                + "file (its X and y). Default: moons.")
    private String dataset;

    @Option(names = {"-n", "--points"}, paramLabel = "N", description = "Points to generate (default: 100).")
    private Integer points;

    @Option(names = "--noise", paramLabel = "SD",
            description = "Noise of the generated data (default: 0.1; spirals 0.2, blobs 0.4).")
    private Double noise;

    @Option(names = "--classes", paramLabel = "K", description = "Classes for blobs and spirals (default: 2).")
    private Integer classes;

    @Option(names = {"-l", "--layers"}, paramLabel = "SIZES", split = ",",
            description = "Hidden layer sizes, comma separated (default: 16,16); the output layer is added.")
    private List<Integer> layers;

    @Option(names = "--activation", paramLabel = "NAME",
            description = "Hidden activation: relu, tanh, sigmoid or linear (default: relu).")
    private String activation;

    @Option(names = "--loss", paramLabel = "NAME",
            description = "svm (max-margin), mse, bce (cross-entropy from a logit) or softmax (default: svm for 2 "
                + "classes, softmax for more).")
    private String loss;

    @Option(names = "--l2", paramLabel = "ALPHA", description = "L2 regularisation strength (default: 1e-4).")
    private Double l2;

    @Option(names = {"-s", "--steps"}, paramLabel = "N", description = "Training steps (default: 100).")
    private Integer steps;

    @Option(names = "--lr", paramLabel = "RATE", description = "Initial learning rate (default: 1.0 for sgd, 0.05 for adam).")
    private Double lr;

    @Option(names = "--schedule", paramLabel = "NAME",
            description = "micrograd (lr * (1 - 0.9*k/steps)), constant or cosine (default: micrograd).")
    private String schedule;

    @Option(names = "--optimizer", paramLabel = "NAME", description = "sgd or adam (default: sgd).")
    private String optimizer;

    @Option(names = "--momentum", paramLabel = "MU", description = "SGD momentum in [0, 1) (default: 0).")
    private Double momentum;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for data and weights (default: 1337).")
    private Long seed;

    @Option(names = "--init", paramLabel = "FILE",
            description = "Start from these weights: a model saved with --save, or a reference JSON file (its "
                + "init_params, in micrograd's order).")
    private Path init;

    @Option(names = "--reference", paramLabel = "FILE",
            description = "Reproduce micrograd's run from its reference JSON (data, initial weights, settings) "
                + "and compare every step's loss and accuracy, the step-0 gradients and the final weights; exit 1 "
                + "if any differs by more than 1e-9 relative.")
    private Path reference;

    @Option(names = "--json", description = "Print the run as JSON (settings, loss and accuracy per step, final result) "
            + "instead of progress lines.")
    private boolean json;

    @Option(names = "--plot", paramLabel = "DIR",
            description = "Write boundary.png/.svg (decision regions and points) and curves.png/.svg (loss and "
                + "accuracy per step) to DIR.")
    private Path plotDir;

    @Option(names = "--save", paramLabel = "FILE", description = "Save the trained model as JSON (for predict).")
    private Path save;

    @Option(names = "--engine", paramLabel = "NAME",
            description = "tape: compile each point's loss once and replay it over the whole batch, on 2 threads "
                + "for large batches (the default where it applies); graph: micrograd's way, the whole graph rebuilt every "
                + "step. Both give the same numbers to 1e-12; the softmax loss always uses graph.")
    private String engineName;

    /** The engine the run used, for the output. */
    private String engineUsed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        checkOutputs();
        ReferenceRun ref = reference == null ? null : referenceRun();
        long s = seed == null ? 1337L : seed;
        Dataset data = ref != null ? ref.dataset() : dataset(s);
        int stepCount = steps != null ? steps : ref != null ? ref.steps().size() : 100;
        if (stepCount < 1) {
            throw new UserErrorException("--steps must be at least 1, got " + stepCount);
        }
        checkHistoryFits(stepCount);
        ClassificationLoss lossKind;
        MLP model;
        if (ref != null) {
            lossKind = ClassificationLoss.MAX_MARGIN;
            model = new MLP(new Random(0), 2, 16, 16, 1);
            model.setParameterData(ref.initialParameters());
        } else if (init != null) {
            ModelJson.SavedModel initial = loadInit(data);
            lossKind = initial.loss();
            model = initial.model();
        } else {
            lossKind = lossKind(data);
            model = newModel(data, lossKind, s);
        }
        double alpha = l2 != null ? l2 : 1e-4;
        Objective objective;
        try {
            objective = new Objective(model, data, lossKind, alpha);
        } catch (IllegalArgumentException e) {
            throw new UserErrorException(e.getMessage());
        }
        Optimizer opt = optimizer(model, stepCount);
        TrainingEngine engine = engine(objective);
        engineUsed = engineLabel(objective);
        boolean terminal = System.console() != null;
        if (!json) {
            out.println("training " + model + " on " + describe(data) + ", " + lossKind.id() + " loss"
                    + (alpha > 0 ? " + " + java.math.BigDecimal.valueOf(alpha).stripTrailingZeros().toPlainString() + " L2" : "") + ", " + optimizerName() + ", " + stepCount + " steps"
                    + (ref == null && init == null ? ", seed " + s : ""));
            out.flush();
        }
        long t0 = System.nanoTime();
        Consumer<StepRecord> progress = json ? r -> { } : new TrainingProgress(out, stepCount, terminal);
        double[] step0Gradients = new double[model.parameterCount()];
        List<Value> parameters = model.parameters();
        TrainingHistory history;
        try {
            history = Trainer.train(engine, opt, stepCount, r -> {
                if (r.step() == 0) {
                    // the update does not touch gradients, so they are still those of the step-0 loss
                    for (int i = 0; i < step0Gradients.length; i++) {
                        step0Gradients[i] = parameters.get(i).grad();
                    }
                }
                progress.accept(r);
            });
        } finally {
            if (engine instanceof TapeEngine tape) {
                tape.close();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        LossGraph after = objective.build();
        double finalLoss = after.loss().data();
        double finalAccuracy = objective.accuracy(after.outputData());

        String divergence = divergence(history, finalLoss, parameters);
        if (divergence != null && save != null) {
            throw new UserErrorException("training diverged at " + divergence + "; the model was not saved; lower --lr");
        }
        ReferenceComparison comparison = ref == null ? null : ReferenceComparison.of(ref, history, step0Gradients, model);
        List<String> written = new ArrayList<>();
        if (plotDir != null) {
            written.addAll(plots(data, model, lossKind, history, stepCount));
        }
        if (save != null) {
            AtomicFiles.writeString(save, ModelJson.write(new ModelJson.SavedModel(model, lossKind, data.labelValues())));
            written.add(save.toString());
        }
        if (json) {
            out.println(json(data, model, lossKind, alpha, stepCount, s, history, finalLoss, finalAccuracy, seconds,
                    comparison, written, divergence));
        } else {
            StepRecord first = history.steps().get(0);
            StepRecord last = history.last();
            out.println(String.format(Locale.ROOT,
                    "loss %s -> %s, accuracy %.1f%% -> %.1f%% (step %d); after the last update: loss %s, "
                        + "accuracy %.1f%%; %.2f s, %.1f steps/s (" + engineUsed + " engine)",
                    Numbers.readable(first.loss(), 4), Numbers.readable(last.loss(), 4), 100 * first.accuracy(),
                    100 * last.accuracy(), last.step(), Numbers.readable(finalLoss, 4), 100 * finalAccuracy, seconds,
                    stepCount / seconds));
            if (comparison != null) {
                out.println(comparison.describe());
            }
            for (String w : written) {
                out.println("wrote " + w);
            }
        }
        out.flush();
        if (divergence != null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("warning: training diverged at " + divergence + "; from there on the loss and weights are not "
                    + "numbers; lower --lr (it was " + String.format(Locale.ROOT, "%.4g",
                    initialRate(optimizer == null ? "sgd" : optimizer.toLowerCase(Locale.ROOT))) + ")");
            err.flush();
            return ExitCodes.CHECK_FAILED;
        }
        return comparison != null && !comparison.matches(REFERENCE_TOLERANCE) ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }

    /**
     * Where the run left the numbers: the first step whose loss was NaN or infinite, else the loss
     * after the last update, else the first parameter that is not finite.
     *
     * @return "step k (loss NaN)" and the like, or null if the loss and every parameter stayed finite
     */
    static String divergence(TrainingHistory history, double finalLoss, List<Value> parameters) {
        for (StepRecord r : history.steps()) {
            if (!Double.isFinite(r.loss())) {
                return "step " + r.step() + " (loss " + r.loss() + ")";
            }
        }
        int after = history.steps().size();
        if (!Double.isFinite(finalLoss)) {
            return "step " + after + " (loss " + finalLoss + " after the last update)";
        }
        for (int i = 0; i < parameters.size(); i++) {
            double w = parameters.get(i).data();
            if (!Double.isFinite(w)) {
                return "step " + after + " (parameter " + i + " is " + w + " after the last update)";
            }
        }
        return null;
    }

    /**
     * Fails now, before any training, if an output could not be written afterwards: --save's
     * directory must exist and the file must not be a directory; --plot's directory must be
     * creatable and the plot files in it must not be directories.
     */
    private void checkOutputs() {
        if (save != null) {
            AtomicFiles.checkTarget(save);
        }
        if (plotDir != null) {
            AtomicFiles.checkDirectoryCreatable(plotDir);
            if (java.nio.file.Files.isDirectory(plotDir)) {
                for (String name : List.of("boundary.svg", "boundary.png", "curves.svg", "curves.png")) {
                    AtomicFiles.checkTarget(plotDir.resolve(name));
                }
            }
        }
    }

    /** Every step is recorded (for the summary, --json and --plot): refuse a count the heap cannot hold. */
    private static void checkHistoryFits(int stepCount) {
        long needed = stepCount * BYTES_PER_STEP_RECORD;
        long available = Runtime.getRuntime().maxMemory() / 2;
        if (needed > available) {
            throw new UserErrorException("--steps " + stepCount + ": recording every step needs about "
                    + megabytes(needed) + " MB, more than half of this JVM's " + megabytes(available * 2)
                    + " MB heap; the most is " + available / BYTES_PER_STEP_RECORD + " steps");
        }
    }

    private static long megabytes(long bytes) {
        return bytes >> 20;
    }

    /**
     * The engine that computes loss and gradients each step: {@code --engine}, by default the tape
     * where it supports the loss and micrograd's rebuild-the-graph way otherwise.
     *
     * @param objective what to evaluate
     * @return the engine
     */
    TrainingEngine engine(Objective objective) {
        String name = engineName == null ? null : engineName.trim().toLowerCase(Locale.ROOT);
        if (name == null) {
            return TapeEngine.supports(objective) ? new TapeEngine(objective) : new GraphEngine(objective);
        }
        switch (name) {
            case "graph":
                return new GraphEngine(objective);
            case "tape":
                if (!TapeEngine.supports(objective)) {
                    throw new UserErrorException("--engine tape does not support the " + objective.loss().id()
                            + " loss (its logit shift depends on the weights every step); use --engine graph");
                }
                return new TapeEngine(objective);
            default:
                throw new UserErrorException("unknown --engine '" + engineName + "'; expected graph or tape");
        }
    }

    /** The engine's name for the output, as {@link #engine} picks it. */
    private String engineLabel(Objective objective) {
        String name = engineName == null ? null : engineName.trim().toLowerCase(Locale.ROOT);
        return name != null ? name : TapeEngine.supports(objective) ? "tape" : "graph";
    }

    private ReferenceRun referenceRun() {
        List<String> clashes = new ArrayList<>();
        addIfSet(clashes, dataset, "--dataset");
        addIfSet(clashes, points, "--points");
        addIfSet(clashes, noise, "--noise");
        addIfSet(clashes, classes, "--classes");
        addIfSet(clashes, layers, "--layers");
        addIfSet(clashes, activation, "--activation");
        addIfSet(clashes, loss, "--loss");
        addIfSet(clashes, l2, "--l2");
        addIfSet(clashes, lr, "--lr");
        addIfSet(clashes, schedule, "--schedule");
        addIfSet(clashes, optimizer, "--optimizer");
        addIfSet(clashes, momentum, "--momentum");
        addIfSet(clashes, seed, "--seed");
        addIfSet(clashes, init, "--init");
        if (!clashes.isEmpty()) {
            throw new UserErrorException("--reference fixes micrograd's demo settings; drop " + String.join(", ", clashes)
                    + " (only --steps, --json, --plot and --save combine with it)");
        }
        String text = Sources.read(reference);
        try {
            ReferenceRun run = ReferenceRun.parse(text);
            if (run.initialParameters().length != 337) {
                throw new UserErrorException(reference + ": expected 337 init_params (MLP(2, [16, 16, 1])), got "
                        + run.initialParameters().length);
            }
            for (double[] row : run.features()) {
                if (row.length != 2) {
                    throw new UserErrorException(reference + ": expected 2 features per point in X, got " + row.length);
                }
            }
            return run;
        } catch (JsonFormatException e) {
            throw new UserErrorException(reference + ": " + e.getMessage(), e);
        }
    }

    private static void addIfSet(List<String> list, Object value, String name) {
        if (value != null) {
            list.add(name);
        }
    }

    private Dataset dataset(long s) {
        String name = dataset == null ? "moons" : dataset;
        int n = points != null ? points : 100;
        int k = classes != null ? classes : 2;
        if (n < 2) {
            throw new UserErrorException("--points must be at least 2, got " + n);
        }
        if (k < 2) {
            throw new UserErrorException("--classes must be at least 2, got " + k);
        }
        if (noise != null && !(noise >= 0.0 && Double.isFinite(noise))) {
            throw new UserErrorException("--noise must be zero or more, got " + noise);
        }
        Random rng = new Random(s);
        try {
            switch (name.toLowerCase(Locale.ROOT)) {
                case "moons" -> {
                    requireTwoClasses(k, "moons");
                    return Datasets.moons(n, noise != null ? noise : 0.1, rng);
                }
                case "circles" -> {
                    requireTwoClasses(k, "circles");
                    return Datasets.circles(n, noise != null ? noise : 0.1, 0.5, rng);
                }
                case "blobs" -> {
                    return Datasets.blobs(n, k, noise != null ? noise : 0.4, rng);
                }
                case "spirals" -> {
                    return Datasets.spirals(n, k, noise != null ? noise : 0.2, rng);
                }
                default -> {
                    // not a generator name: a file
                }
            }
        } catch (IllegalArgumentException e) {
            throw new UserErrorException(name + ": " + e.getMessage());
        }
        if (points != null || noise != null || classes != null) {
            throw new UserErrorException("--points, --noise and --classes are for generated datasets, not the file "
                    + name);
        }
        Path file = Path.of(name);
        if (!name.contains(".") && !java.nio.file.Files.exists(file)) {
            throw new UserErrorException("unknown dataset '" + name + "'; expected moons, circles, blobs, spirals, "
                    + "a CSV file or a reference JSON file");
        }
        String text = Sources.read(file);
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            try {
                return ReferenceRun.parse(text).dataset();
            } catch (JsonFormatException e) {
                throw new UserErrorException(name + ": " + e.getMessage(), e);
            }
        }
        try {
            return CsvDataset.parse(file.getFileName().toString(), text);
        } catch (CsvFormatException e) {
            throw new UserErrorException(e.getMessage().replaceFirst("^[^:]*:", name + ":"), e);
        }
    }

    private static void requireTwoClasses(int k, String name) {
        if (k != 2) {
            throw new UserErrorException(name + " has 2 classes; --classes " + k + " is for blobs and spirals");
        }
    }

    private ClassificationLoss lossKind(Dataset data) {
        ClassificationLoss kind;
        try {
            kind = loss == null ? ClassificationLoss.defaultFor(data.classCount()) : ClassificationLoss.fromId(loss);
            kind.outputsFor(data.classCount());
        } catch (IllegalArgumentException e) {
            throw new UserErrorException("--loss: " + e.getMessage());
        }
        return kind;
    }

    private MLP newModel(Dataset data, ClassificationLoss lossKind, long s) {
        List<Integer> hidden = layers != null ? layers : List.of(16, 16);
        for (Integer size : hidden) {
            if (size == null || size < 1) {
                throw new UserErrorException("--layers: every layer needs at least 1 neuron, got " + size);
            }
        }
        Activation hiddenActivation;
        try {
            hiddenActivation = activation == null ? Activation.RELU : Activation.fromId(activation);
        } catch (IllegalArgumentException e) {
            throw new UserErrorException("--activation: " + e.getMessage());
        }
        List<Integer> sizes = new ArrayList<>(hidden);
        sizes.add(lossKind.outputsFor(data.classCount()));
        long parameterCount = parameterCount(data.featureCount(), sizes);
        if (parameterCount > MAX_PARAMETERS) {
            throw new UserErrorException(String.format(Locale.ROOT, "--layers %s: MLP(%d, %s) would have %,d "
                    + "parameters; train builds at most %,d", hidden.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(",")), data.featureCount(), sizes, parameterCount,
                    MAX_PARAMETERS));
        }
        return new MLP(data.featureCount(), sizes, MLP.withActivations(sizes.size(), hiddenActivation, Activation.LINEAR),
                new Random(s + 1));
    }

    /** The weights and biases of an MLP: each layer has (inputs + 1) * neurons. */
    static long parameterCount(int inputs, List<Integer> sizes) {
        long count = 0;
        long in = inputs;
        for (int size : sizes) {
            count += (in + 1) * size;
            in = size;
        }
        return count;
    }

    private ModelJson.SavedModel loadInit(Dataset data) {
        String text = Sources.read(init);
        try {
            if (ReferenceRun.looksLikeReference(text)) {
                if (activation != null && !activation.equalsIgnoreCase("relu")) {
                    throw new UserErrorException("--init " + init + " holds micrograd's weights, made for relu hidden "
                            + "layers; drop --activation " + activation);
                }
                ClassificationLoss lossKind = lossKind(data);
                double[] params = ReferenceRun.parse(text).initialParameters();
                MLP model = newModel(data, lossKind, 0);
                if (params.length != model.parameterCount()) {
                    throw new UserErrorException("--init " + init + " has " + params.length + " initial parameters but "
                            + model + " has " + model.parameterCount() + "; micrograd's demo is --layers 16,16 on 2 "
                            + "features with one output");
                }
                model.setParameterData(params);
                return new ModelJson.SavedModel(model, lossKind, data.labelValues());
            }
            if (layers != null || activation != null) {
                throw new UserErrorException("--init " + init + " is a saved model with its own layers; drop --layers "
                        + "and --activation");
            }
            ModelJson.SavedModel saved = ModelJson.read(text);
            return loss == null ? saved : new ModelJson.SavedModel(saved.model(), lossKind(data), data.labelValues());
        } catch (JsonFormatException | IllegalArgumentException e) {
            throw new UserErrorException(init + ": " + e.getMessage(), e);
        }
    }

    private String optimizerName() {
        String name = optimizer == null ? "sgd" : optimizer.toLowerCase(Locale.ROOT);
        return name + (momentum != null && momentum != 0 ? " (momentum " + momentum + ")" : "") + ", lr "
                + initialRate(name) + " " + (schedule == null ? "micrograd" : schedule.toLowerCase(Locale.ROOT))
                + " schedule";
    }

    private double initialRate(String name) {
        return lr != null ? lr : name.equals("adam") ? 0.05 : 1.0;
    }

    private Optimizer optimizer(MLP model, int stepCount) {
        String name = optimizer == null ? "sgd" : optimizer.toLowerCase(Locale.ROOT);
        double rate = initialRate(name);
        if (!(rate > 0 && Double.isFinite(rate))) {
            throw new UserErrorException("--lr must be positive, got " + rate);
        }
        LearningRate sched = switch (schedule == null ? "micrograd" : schedule.toLowerCase(Locale.ROOT)) {
            case "micrograd", "linear" -> LearningRate.microgradLinear(rate, stepCount);
            case "constant" -> LearningRate.constant(rate);
            case "cosine" -> LearningRate.cosine(rate, stepCount);
            default -> throw new UserErrorException("--schedule: unknown schedule '" + schedule
                    + "'; expected micrograd, constant or cosine");
        };
        double mu = momentum == null ? 0.0 : momentum;
        if (!(mu >= 0 && mu < 1)) {
            throw new UserErrorException("--momentum must be in [0, 1), got " + mu);
        }
        return switch (name) {
            case "sgd" -> new Sgd(model.parameters(), sched, mu);
            case "adam" -> {
                if (momentum != null) {
                    throw new UserErrorException("--momentum is for sgd; adam has its own moments");
                }
                yield new Adam(model.parameters(), sched);
            }
            default -> throw new UserErrorException("--optimizer: unknown optimizer '" + optimizer
                    + "'; expected sgd or adam");
        };
    }

    private List<String> plots(Dataset data, MLP model, ClassificationLoss lossKind, TrainingHistory history,
            int stepCount) {
        AtomicFiles.ensureDirectory(plotDir);
        List<String> written = new ArrayList<>();
        String title = data.name() + ": " + model.sizes() + " after " + stepCount + " steps";
        if (data.featureCount() == 2) {
            Figure boundary = Plots.decisionBoundary(data, x -> lossKind.predict(model.predict(x)),
                    title + " (decision boundary)");
            written.add(write(plotDir.resolve("boundary.svg"), boundary.svg()));
            written.add(write(plotDir.resolve("boundary.png"), boundary.png()));
        } else {
            spec.commandLine().getErr().println("note: no decision boundary plot: " + data.name() + " has "
                    + data.featureCount() + " features, the plot needs 2");
        }
        Figure curves = Plots.trainingCurves(history, title);
        written.add(write(plotDir.resolve("curves.svg"), curves.svg()));
        written.add(write(plotDir.resolve("curves.png"), curves.png()));
        return written;
    }

    private static String write(Path file, String text) {
        AtomicFiles.writeString(file, text);
        return file.toString();
    }

    private static String write(Path file, byte[] bytes) {
        AtomicFiles.write(file, bytes);
        return file.toString();
    }

    private static String describe(Dataset data) {
        return data.name() + " (" + data.size() + " points, " + data.featureCount() + " features, "
                + data.classCount() + " classes)";
    }

    private String json(Dataset data, MLP model, ClassificationLoss lossKind, double alpha, int stepCount, long s,
            TrainingHistory history, double finalLoss, double finalAccuracy, double seconds,
            ReferenceComparison comparison, List<String> written, String divergence) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("dataset", data.name());
            g.writeNumberField("points", data.size());
            g.writeNumberField("features", data.featureCount());
            g.writeNumberField("classes", data.classCount());
            if (reference == null && init == null) {
                g.writeNumberField("seed", s);
            }
            g.writeStringField("model", model.toString());
            g.writeArrayFieldStart("layers");
            for (int size : model.sizes()) {
                g.writeNumber(size);
            }
            g.writeEndArray();
            g.writeNumberField("parameters", model.parameterCount());
            g.writeStringField("loss_function", lossKind.id());
            g.writeNumberField("l2", alpha);
            g.writeStringField("optimizer", optimizerName());
            g.writeStringField("engine", engineUsed);
            g.writeNumberField("steps_run", stepCount);
            g.writeArrayFieldStart("steps");
            for (StepRecord r : history.steps()) {
                g.writeStartObject();
                g.writeNumberField("k", r.step());
                g.writeNumberField("loss", r.loss());
                g.writeNumberField("accuracy", r.accuracy());
                g.writeNumberField("lr", r.learningRate());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("final");
            g.writeNumberField("loss", finalLoss);
            g.writeNumberField("accuracy", finalAccuracy);
            g.writeEndObject();
            g.writeNumberField("seconds", seconds);
            if (divergence != null) {
                g.writeStringField("diverged", "at " + divergence);
            }
            if (comparison != null) {
                comparison.writeJson(g, REFERENCE_TOLERANCE);
            }
            g.writeArrayFieldStart("written");
            for (String w : written) {
                g.writeString(w);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
