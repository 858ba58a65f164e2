package io.github.micrograd4j.cli.commands;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.nn.train.StepRecord;
import io.github.micrograd4j.nn.train.TrainingHistory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What a training run did, as {@code train} reports it: {@link #json()} is {@code --json}'s output,
 * {@link #summary()} the closing line of the text output.
 *
 * <p>Steps are counted from 1 everywhere (progress lines, {@code k}, warnings): step k is the k-th
 * update; its loss and accuracy are measured before that update and its lr is the rate the update
 * uses. micrograd's notebook counts the same steps from 0.
 *
 * @param dataset the data's name
 * @param points its points
 * @param features its features
 * @param classes its classes, 0 for a regression dataset
 * @param seed the seed, or null when the data and weights came from files
 * @param model the model's description
 * @param layers its layer sizes
 * @param parameters its parameter count
 * @param lossFunction the loss's id
 * @param l2 the L2 strength
 * @param optimizer the optimizer's description
 * @param engine the engine's name
 * @param steps each step's record (the record's 0-based index is printed as {@code k = index + 1})
 * @param finalLoss the loss after the last update
 * @param finalAccuracy the accuracy after the last update; NaN for a regression dataset (written as null)
 * @param seconds the training's wall-clock time
 * @param diverged where the run diverged ({@link #divergence}), or null
 * @param reference the comparison with micrograd's run, or null
 * @param written the files written
 * @param test the test points' data loss and accuracy after the last update, or null without a test set
 */
record TrainReport(String dataset, int points, int features, int classes, Long seed, String model, List<Integer> layers,
        int parameters, String lossFunction, double l2, String optimizer, String engine, List<StepRecord> steps,
        double finalLoss, double finalAccuracy, double seconds, String diverged, ReferenceComparison reference,
        List<String> written, double[] test) {

    /**
     * Where the numbers stopped being numbers, in the one step numbering: "in step k's update (loss
     * 0.52 before it, NaN after)" when step k's update made the loss (or a weight) NaN or infinite,
     * "before step 1 (...)" when the loss was never finite.
     *
     * @param history the run
     * @param finalLoss the loss after the last update
     * @param parameters the weights after the last update
     * @return the place, or null if the loss and every parameter stayed finite
     */
    static String divergence(TrainingHistory history, double finalLoss, List<Value> parameters) {
        List<StepRecord> records = history.steps();
        for (int i = 0; i < records.size(); i++) {
            double loss = records.get(i).loss();
            if (!Double.isFinite(loss)) {
                return i == 0 ? "before step 1 (the initial loss is " + loss + ")"
                        : update(i, records.get(i - 1).loss(), "the loss " + loss);
            }
        }
        int n = records.size();
        double lastLoss = records.get(n - 1).loss();
        if (!Double.isFinite(finalLoss)) {
            return update(n, lastLoss, "the loss " + finalLoss);
        }
        for (int i = 0; i < parameters.size(); i++) {
            double w = parameters.get(i).data();
            if (!Double.isFinite(w)) {
                return update(n, lastLoss, "parameter " + i + " " + w);
            }
        }
        return null;
    }

    private static String update(int step, double lossBefore, String after) {
        return "in step " + step + "'s update (loss " + Numbers.readable(lossBefore, 4) + " before it, " + after
                + " after)";
    }

    /**
     * The closing line: first and last step's loss and accuracy, the loss after the last update, time.
     *
     * @return the line, without a line break
     */
    String summary() {
        StepRecord first = steps.get(0);
        StepRecord last = steps.get(steps.size() - 1);
        if (Double.isNaN(finalAccuracy)) {
            // a regression run: its accuracy (NaN) does not apply, and saying "accuracy 0%" would mislead
            return String.format(Numbers.LOCALE, "loss %s -> %s (step 1 -> step %d); after the last update: loss %s "
                    + "(accuracy does not apply to a regression dataset); %.2f s, %.1f steps/s (%s engine)",
                    Numbers.readable(first.loss(), 4), Numbers.readable(last.loss(), 4), last.step() + 1,
                    Numbers.readable(finalLoss, 4), seconds, steps.size() / seconds, engine)
                    + (test == null ? "" : "; test: loss " + Numbers.readable(test[0], 4));
        }
        return String.format(Numbers.LOCALE, "loss %s -> %s, accuracy %.1f%% -> %.1f%% (step 1 -> step %d); after the last "
                + "update: loss %s, accuracy %.1f%%; %.2f s, %.1f steps/s (%s engine)",
                Numbers.readable(first.loss(), 4), Numbers.readable(last.loss(), 4), 100 * first.accuracy(),
                100 * last.accuracy(), last.step() + 1, Numbers.readable(finalLoss, 4), 100 * finalAccuracy, seconds,
                steps.size() / seconds, engine) + (test == null ? "" : String.format(Numbers.LOCALE,
                "; test: loss %s, accuracy %.1f%%", Numbers.readable(test[0], 4), 100 * test[1]));
    }

    /**
     * The report as pretty-printed JSON.
     *
     * @return the JSON text
     */
    String json() {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("dataset", dataset);
            g.writeNumberField("points", points);
            g.writeNumberField("features", features);
            g.writeNumberField("classes", classes);
            if (seed != null) {
                g.writeNumberField("seed", seed);
            }
            g.writeStringField("model", model);
            g.writeArrayFieldStart("layers");
            for (int size : layers) {
                g.writeNumber(size);
            }
            g.writeEndArray();
            g.writeNumberField("parameters", parameters);
            g.writeStringField("loss_function", lossFunction);
            g.writeNumberField("l2", l2);
            g.writeStringField("optimizer", optimizer);
            g.writeStringField("engine", engine);
            g.writeNumberField("steps_run", steps.size());
            g.writeArrayFieldStart("steps");
            for (StepRecord r : steps) {
                g.writeStartObject();
                g.writeNumberField("k", r.step() + 1);
                g.writeNumberField("loss", r.loss());
                accuracy(g, "accuracy", r.accuracy());
                g.writeNumberField("lr", r.learningRate());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("final");
            g.writeNumberField("loss", finalLoss);
            accuracy(g, "accuracy", finalAccuracy);
            if (test != null) {
                g.writeNumberField("test_loss", test[0]);
                accuracy(g, "test_accuracy", test[1]);
            }
            g.writeEndObject();
            g.writeNumberField("seconds", seconds);
            if (diverged != null) {
                g.writeStringField("diverged", diverged);
            }
            if (reference != null) {
                reference.writeJson(g, TrainCommand.REFERENCE_TOLERANCE);
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

    /** An accuracy, or null for a regression run's NaN: accuracy does not apply there, and JSON has no NaN. */
    private static void accuracy(JsonGenerator g, String name, double value) throws IOException {
        if (Double.isNaN(value)) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }
}
