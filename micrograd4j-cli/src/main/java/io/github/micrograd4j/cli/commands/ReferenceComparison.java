package io.github.micrograd4j.cli.commands;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.json.ReferenceRun;
import io.github.micrograd4j.nn.train.StepRecord;
import io.github.micrograd4j.nn.train.TrainingHistory;
import java.io.IOException;

/** How far a run is from micrograd's reference run: the largest relative differences. */
record ReferenceComparison(int steps, double maxLossDifference, int accuracyMismatches, double maxGradientDifference,
        double maxWeightDifference, boolean finalWeightsCompared) {

    /**
     * Compares a finished run with the reference.
     *
     * @param ref micrograd's run
     * @param history our run
     * @param step0Gradients our gradients of the step-0 loss, in parameter order
     * @param model the trained model
     */
    static ReferenceComparison of(ReferenceRun ref, TrainingHistory history, double[] step0Gradients, MLP model) {
        int n = Math.min(ref.steps().size(), history.steps().size());
        double maxLoss = 0;
        int accMismatch = 0;
        for (int k = 0; k < n; k++) {
            StepRecord ours = history.steps().get(k);
            ReferenceRun.Step theirs = ref.steps().get(k);
            maxLoss = Math.max(maxLoss, relative(ours.loss(), theirs.loss()));
            if (ours.accuracy() != theirs.accuracy()) {
                accMismatch++;
            }
        }
        double maxGradient = 0;
        if (step0Gradients.length != ref.step0Gradients().length) {
            maxGradient = Double.POSITIVE_INFINITY;
        } else {
            for (int i = 0; i < step0Gradients.length; i++) {
                maxGradient = Math.max(maxGradient, relative(step0Gradients[i], ref.step0Gradients()[i]));
            }
        }
        boolean compareWeights = history.steps().size() == ref.steps().size()
                && ref.finalParameters().length == model.parameterCount();
        double maxWeight = 0;
        if (compareWeights) {
            double[] w = model.parameterData();
            for (int i = 0; i < w.length; i++) {
                maxWeight = Math.max(maxWeight, relative(w[i], ref.finalParameters()[i]));
            }
        }
        return new ReferenceComparison(n, maxLoss, accMismatch, maxGradient, maxWeight, compareWeights);
    }

    /** |a - b| / |b|, or |a - b| where b is 0. */
    static double relative(double actual, double expected) {
        double d = Math.abs(actual - expected);
        return expected == 0 ? d : d / Math.abs(expected);
    }

    boolean matches(double tolerance) {
        return maxLossDifference <= tolerance && accuracyMismatches == 0 && maxGradientDifference <= tolerance
                && maxWeightDifference <= tolerance;
    }

    String describe() {
        String weights = finalWeightsCompared
                ? String.format(Numbers.LOCALE, "final weights within %.2g relative", maxWeightDifference)
                : "final weights not compared (the run has a different number of steps)";
        return String.format(Numbers.LOCALE, "micrograd's reference run, %d steps compared: losses within %.2g relative, "
                + "%d accuracy mismatches, first-step gradients within %.2g relative, %s: %s", steps, maxLossDifference,
                accuracyMismatches, maxGradientDifference, weights,
                matches(TrainCommand.REFERENCE_TOLERANCE) ? "MATCH (tolerance 1e-9)" : "MISMATCH (tolerance 1e-9)");
    }

    void writeJson(JsonGenerator g, double tolerance) throws IOException {
        g.writeObjectFieldStart("reference");
        g.writeNumberField("steps_compared", steps);
        g.writeNumberField("max_relative_loss_difference", maxLossDifference);
        g.writeNumberField("accuracy_mismatches", accuracyMismatches);
        g.writeNumberField("max_relative_step1_gradient_difference", maxGradientDifference);
        if (finalWeightsCompared) {
            g.writeNumberField("max_relative_weight_difference", maxWeightDifference);
        }
        g.writeBooleanField("matches", matches(tolerance));
        g.writeEndObject();
    }
}
