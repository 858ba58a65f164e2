package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.nn.run.SettingsTable;
import io.github.micrograd4j.cli.io.AtomicFiles;
import io.github.micrograd4j.cli.io.OutputPlan;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.json.ModelJson;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import io.github.micrograd4j.nn.train.DecisionSmoothness;
import io.github.micrograd4j.nn.train.TrainingHistory;
import io.github.micrograd4j.viz.plot.Figure;
import io.github.micrograd4j.viz.plot.Plots;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files of a {@code train} run ({@code --plot DIR} and {@code --save FILE}): checked first, written last. */
final class TrainFiles {
    private static final List<String> PLOTS = List.of("boundary.svg", "boundary.png", "curves.svg", "curves.png");
    private final TrainCommand o;
    private DecisionSmoothness smoothness;

    TrainFiles(TrainCommand options) {
        this.o = options;
    }

    /**
     * Every file the run may write, checked before any training: the save file's directory exists and
     * is writable, the plot directory can be created or written into, no two outputs are one file.
     */
    OutputPlan plan() {
        OutputPlan plan = new OutputPlan().directory("--plot", o.plotDir);
        if (o.plotDir != null) {
            for (String name : PLOTS) {
                plan.file("--plot", o.plotDir.resolve(name), name.substring(name.indexOf('.') + 1));
            }
        }
        return plan.file("--save", o.save, "json");
    }

    /**
     * How smooth the plotted decision function is, measured on the plot's grid once the boundary plot
     * is written; null before, or without a boundary plot.
     */
    DecisionSmoothness smoothness() {
        return smoothness;
    }

    /** The files the run will write, for the interrupt report. */
    List<Path> plannedNames() {
        return plan().files();
    }

    /** Writes the plots and the model; each file is recorded in the scope as it is finished. */
    List<String> write(Interrupts.Scope scope, Dataset data, MLP model, ClassificationLoss lossKind,
            TrainingHistory history, int stepCount) {
        List<String> written = new ArrayList<>();
        if (o.plotDir != null) {
            AtomicFiles.ensureDirectory(o.plotDir);
            String title = data.name() + ": " + model.sizes() + " after " + stepCount + " steps";
            if (data.featureCount() == 2) {
                Figure boundary = Plots.decisionBoundary(points(data), x -> lossKind.predict(model.predict(x)),
                        title + " (decision boundary)");
                written.add(write(scope, o.plotDir.resolve("boundary.svg"), boundary.svg().getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)));
                written.add(write(scope, o.plotDir.resolve("boundary.png"), boundary.png()));
                if (model.inputCount() == 2) {
                    smoothness = DecisionSmoothness.of(model, lossKind, data.features(), DecisionSmoothness.RESOLUTION);
                }
            } else {
                o.spec.commandLine().getErr().println("note: no decision boundary plot: " + data.name() + " has "
                        + data.featureCount() + " features, the plot needs 2");
            }
            Figure curves = Plots.trainingCurves(history.losses(), history.accuracies(), title);
            written.add(write(scope, o.plotDir.resolve("curves.svg"),
                    curves.svg().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            written.add(write(scope, o.plotDir.resolve("curves.png"), curves.png()));
        }
        if (o.save != null) {
            written.add(write(scope, o.save, ModelJson.write(new ModelJson.SavedModel(model, lossKind, data.labelValues(),
                    o.given(SettingsTable.FEATURES) == null ? null
                        : SettingsTable.FEATURES.parse(o.given(SettingsTable.FEATURES))))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return written;
    }

    private static String write(Interrupts.Scope scope, Path file, byte[] bytes) {
        AtomicFiles.write(file, bytes);
        scope.wrote(file);
        return file.toString();
    }

    /** The data as the plots take it: plain arrays. */
    private static Plots.Points points(io.github.micrograd4j.nn.data.Dataset data) {
        return new Plots.Points(data.name(), data.features(), data.classes(), data.labelValues());
    }
}
