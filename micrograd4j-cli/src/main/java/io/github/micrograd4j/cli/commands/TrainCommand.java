package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.nn.run.RunMemory;
import io.github.micrograd4j.cli.errors.ExitCodes;
import io.github.micrograd4j.cli.errors.UserErrorException;
import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.nn.Feature;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.json.ModelJson;
import io.github.micrograd4j.nn.json.ReferenceRun;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import io.github.micrograd4j.nn.loss.Regularization;
import io.github.micrograd4j.nn.optim.Optimizer;
import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.nn.run.RunSettings;
import io.github.micrograd4j.nn.run.SettingException;
import io.github.micrograd4j.nn.run.Setting;
import io.github.micrograd4j.nn.run.SettingsTable;
import io.github.micrograd4j.nn.train.Batches;
import io.github.micrograd4j.nn.train.Engines;
import io.github.micrograd4j.nn.train.Objective;
import io.github.micrograd4j.nn.train.TapeEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code micrograd train}: trains an MLP classifier (or a regression), micrograd's demo by default. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false, modelTransformer = SettingOptions.class,
        description = {"Trains an MLP classifier on the engine (or fits real-valued targets: --dataset reg-plane or "
            + "reg-gauss, with the squared loss, where accuracy does not apply). With no options this is micrograd's demo: "
            + "MLP(2, [16, 16, 1]) on 100 moons (noise 0.1), max-margin loss + 1e-4 L2, 100 SGD steps with "
            + "lr = 1.0 - 0.9*(k-1)/100 at step k = 1..100, seed 1337.",
            "",
            "The seed S draws the data with java.util.Random(S) and the initial weights with java.util.Random(S + 1), "
                + "so the same command gives bit-for-bit the same run.",
            "",
            "Steps are counted from 1 (progress lines, --json's k, the summary, warnings): step k's loss and "
                + "accuracy are measured before the k-th update, and its lr is the rate that update uses.",
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

    @Spec
    CommandSpec spec;

    @Option(names = "--l2", paramLabel = "ALPHA", order = SettingOptions.AFTER_SETTINGS,
            description = "Short for --reg l2 --rate ALPHA.")
    Double l2;

    @Option(names = "--l1", paramLabel = "ALPHA", order = SettingOptions.AFTER_SETTINGS + 1,
            description = "Short for --reg l1 --rate ALPHA: the penalty ALPHA * sum|p| instead of L2.")
    Double l1;

    @Option(names = "--grad-penalty", order = SettingOptions.AFTER_SETTINGS + 3, paramLabel = "LAMBDA",
            description = "Add LAMBDA * mean |d loss_i / d x_i|², "
            + "the squared gradient of each point's loss with respect to its coordinates, averaged over the points "
            + "(double backprop), for a flatter decision function and a smoother boundary (try 0.01 to 0.03); trains "
            + "on the graph engine, with L2 and the raw coordinates (default: 0, none).")
    Double gradPenalty;

    @Option(names = "--init", order = SettingOptions.AFTER_SETTINGS + 4, paramLabel = "FILE",
            description = "Start from these weights: a model saved with --save, or a reference JSON file (its "
                + "init_params, in micrograd's order).")
    Path init;

    @Option(names = "--reference", order = SettingOptions.AFTER_SETTINGS + 5, paramLabel = "FILE",
            description = "Reproduce micrograd's run from its reference JSON (data, initial weights, settings) "
                + "and compare every step's loss and accuracy, the first step's gradients and the final weights; exit 1 "
                + "if any differs by more than 1e-9 relative.")
    Path reference;

    @Option(names = "--json", order = SettingOptions.AFTER_SETTINGS + 6,
            description = "Print the run as JSON (settings, loss and accuracy per step, final result) instead of progress lines.")
    boolean json;

    @Option(names = "--plot", order = SettingOptions.AFTER_SETTINGS + 7, paramLabel = "DIR",
            description = "Write boundary.png/.svg (decision regions and points) and curves.png/.svg (loss and "
                + "accuracy per step) to DIR, and print how smooth the decision function is on the plot's grid: "
                + "the mean |df/dx| and the boundary's length.")
    Path plotDir;

    @Option(names = "--save", order = SettingOptions.AFTER_SETTINGS + 8, paramLabel = "FILE",
            description = "Save the trained model as JSON (for predict).")
    Path save;

    @Option(names = "--engine", order = SettingOptions.AFTER_SETTINGS + 9, paramLabel = "NAME",
            description = "tape: compile each point's loss once and replay it over the whole batch, on 2 threads "
                + "for large batches (the default where it applies); graph: micrograd's way, the whole graph rebuilt every "
                + "step. Both give the same numbers to 1e-12; the softmax loss always uses graph.")
    String engineName;

    /** The run's settings given as options, text by key ({@link SettingOptions}); set when the command runs. */
    private Map<String, String> given = Map.of();

    /**
     * A setting's option as given.
     *
     * @param setting the setting
     * @return the option's text, or null if it was not given
     */
    String given(Setting<?> setting) {
        return given.get(setting.key());
    }

    /**
     * The settings given as options.
     *
     * @return text by key, in table order
     */
    Map<String, String> givenSettings() {
        return given;
    }

    @Override
    public Integer call() {
        given = SettingOptions.given(spec);
        TrainFiles files = new TrainFiles(this);
        files.plan().check();
        // open from here: compiling a large batch's tape or generating its data can take seconds too
        try (Interrupts.Scope scope = Interrupts.open(spec.commandLine().getOut(), files.plannedNames())) {
            return train(files, scope);
        }
    }

    private int train(TrainFiles files, Interrupts.Scope scope) {
        PrintWriter out = spec.commandLine().getOut();
        TrainInputs inputs = new TrainInputs(this);
        ReferenceRun ref = reference == null ? null : inputs.referenceRun();
        String steps = given(SettingsTable.STEPS);
        RunSettings settings = ref != null
                ? TrainSettings.reference(steps != null ? steps : String.valueOf(ref.steps().size()))
                : TrainSettings.of(this, inputs.fileData());
        inputs.settings(settings);
        long s = settings.seed();
        int stepCount = settings.steps();
        RunMemory.checkHistoryFits(stepCount, Runtime.getRuntime().maxMemory());
        Dataset data = ref != null ? ref.dataset() : inputs.dataset(s);
        if (data.isRegression() && plotDir != null) {
            throw new UserErrorException("--plot draws a classifier's decision regions and accuracy; " + data.name()
                    + " is a regression dataset (real-valued targets): drop --plot");
        }
        ClassificationLoss lossKind;
        MLP model;
        Dataset test = null;
        Objective objective;
        Batches batches = Batches.ALL;
        Optimizer opt;
        try {
            if (ref != null || init != null) {
                if (ref != null) {
                    lossKind = ClassificationLoss.MAX_MARGIN;
                    model = TrainInputs.referenceModel(ref);
                } else {
                    ModelJson.SavedModel initial = inputs.loadInit(data);
                    lossKind = initial.loss();
                    model = initial.model();
                }
                Dataset[] parts = Run.split(data, settings.split(), s + 3);
                test = parts[1];
                objective = new Objective(model, parts[0], lossKind, settings.reg(), settings.rate(),
                        settings.features().equals(Feature.RAW) ? null : settings.features());
                batches = Batches.of(parts[0].size(), settings.batch(), s + 2);
                opt = Run.optimizer(settings, model);
                data = parts[0];
            } else {
                inputs.sizes(Run.inputs(settings, data.featureCount()), data.classCount());
                RunMemory.check(data.size(), Run.inputs(settings, data.featureCount()),
                        Run.sizes(settings, data.classCount()), Runtime.getRuntime().maxMemory());
                Run run = Run.create(settings, data);
                lossKind = run.loss();
                model = run.model();
                test = run.test();
                objective = run.objective();
                if (gradPenalty != null && gradPenalty != 0.0) {
                    objective = withGradPenalty(run, settings);
                }
                batches = run.batches();
                opt = run.optimizer();
                data = run.train();
            }
        } catch (SettingException e) {
            throw new UserErrorException("--" + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserErrorException(e.getMessage());
        }
        double alpha = settings.rate();
        TrainRun run = new TrainRun(data, model, lossKind, alpha, objective, opt, optimizerName(settings),
                engineKind(objective), stepCount, ref == null && init == null ? s : null, ref, batches, test);
        if (!json) {
            out.println("training " + model + " on " + describe(data) + ", " + lossKind.id() + " loss"
                    + (alpha > 0 && settings.reg() != Regularization.NONE ? " + " + RunSettings.plain(alpha) + " "
                        + settings.reg().id().toUpperCase(Locale.ROOT) : "")
                    + (objective.gradPenalty() > 0 ? " + " + RunSettings.plain(objective.gradPenalty())
                        + " mean |dloss_i/dx_i|²"
                        : "")
                    + (settings.features().equals(Feature.RAW) ? "" : ", features " + Feature.ids(settings.features()))
                    + (test != null ? ", " + test.size() + " test points" : "")
                    + (batches.size() > 0 ? ", batches of " + batches.size() : "")
                    + ", " + run.optimizerName() + ", " + stepCount + " steps" + (run.seed() != null ? ", seed " + s : ""));
            out.flush();
        }
        TrainingProgress progress = json ? null : new TrainingProgress(out, stepCount, System.console() != null);
        scope.progress(progress);
        lastRate = settings.learningRate();
        return finish(out, run.run(progress, scope, files, save != null), files);
    }

    private double lastRate;

    private int finish(PrintWriter out, TrainReport report, TrainFiles files) {
        if (json) {
            out.println(report.json());
        } else {
            out.println(report.summary());
            if (report.reference() != null) {
                out.println(report.reference().describe());
            }
            for (String w : report.written()) {
                out.println("wrote " + w);
            }
            if (files.smoothness() != null) {
                out.println("decision boundary: " + files.smoothness());
            }
        }
        out.flush();
        if (report.diverged() != null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("warning: training diverged " + report.diverged() + "; from there on the loss and weights are "
                    + "not numbers; lower --lr (it was " + String.format(Numbers.LOCALE, "%.4g", lastRate) + ")");
            err.flush();
            return ExitCodes.CHECK_FAILED;
        }
        return report.reference() != null && !report.reference().matches(REFERENCE_TOLERANCE) ? ExitCodes.CHECK_FAILED
                : ExitCodes.OK;
    }

    /** {@code --engine}, by default the tape where it supports the loss and the graph otherwise. */
    private Engines engineKind(Objective objective) {
        if (engineName == null) {
            return Engines.defaultFor(objective);
        }
        Engines kind;
        try {
            kind = Engines.fromId(engineName);
        } catch (IllegalArgumentException e) {
            throw new UserErrorException("--engine: " + e.getMessage(), e);
        }
        if (kind == Engines.TAPE && objective.gradPenalty() > 0.0) {
            throw new UserErrorException("--engine tape does not support --grad-penalty (the graph of gradients is "
                    + "rebuilt every step); use --engine graph");
        }
        if (kind == Engines.TAPE && !TapeEngine.supports(objective)) {
            throw new UserErrorException("--engine tape does not support the " + objective.loss().id()
                    + " loss (its logit shift depends on the weights every step); use --engine graph");
        }
        return kind;
    }

    private static String optimizerName(RunSettings s) {
        double mu = s.momentumValue();
        return s.optimizerKind().id() + (mu != 0 ? " (momentum " + mu + ")" : "") + ", lr " + s.learningRate() + " "
                + s.schedule().id() + " schedule";
    }

    private static String describe(Dataset data) {
        return data.name() + " (" + data.size() + " points, " + data.featureCount() + " features, "
                + (data.isRegression() ? "real-valued targets)" : data.classCount() + " classes)");
    }

    /** The run's objective with the gradient penalty added: L2 (or none) on the raw coordinates only. */
    private Objective withGradPenalty(Run run, RunSettings settings) {
        double lambda = gradPenalty;
        if (!Double.isFinite(lambda)) {
            throw new UserErrorException("--grad-penalty must be finite, got " + lambda);
        }
        if (lambda < 0) {
            throw new UserErrorException("--grad-penalty must be zero or more, got " + lambda);
        }
        if (!settings.features().equals(Feature.RAW) || settings.reg() == Regularization.L1) {
            throw new UserErrorException("--grad-penalty works with L2 on the raw coordinates x1,x2 only; drop "
                    + "--features and --l1");
        }
        double l2 = settings.reg() == Regularization.NONE ? 0.0 : settings.rate();
        return new Objective(run.model(), run.train(), run.loss(), l2, lambda);
    }
}
