package io.github.micrograd4j.nn.json;

import io.github.micrograd4j.nn.data.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * micrograd's own demo run as data (the {@code micrograd-demo-seed1337.json} format): the moons points
 * and -1/+1 labels, the initial weights in micrograd's parameter order, the step-0 gradients, each
 * step's loss, accuracy and learning rate, and the final weights.
 *
 * @param features the points, {@code X}
 * @param labels the labels, {@code y}, each -1 or +1
 * @param initialParameters {@code init_params}
 * @param step0Gradients {@code step0_grads}
 * @param steps {@code steps}
 * @param finalParameters {@code final_params}
 */
public record ReferenceRun(double[][] features, double[] labels, double[] initialParameters,
        double[] step0Gradients, List<Step> steps, double[] finalParameters) {

    /**
     * One step of the reference run.
     *
     * @param k the step number
     * @param loss the loss before the update
     * @param accuracy the accuracy before the update
     * @param learningRate the update's learning rate
     */
    public record Step(int k, double loss, double accuracy, double learningRate) {
    }

    /**
     * Copies the lists.
     *
     * @param features the points
     * @param labels the labels
     * @param initialParameters the initial weights
     * @param step0Gradients the step-0 gradients
     * @param steps the steps
     * @param finalParameters the final weights
     */
    public ReferenceRun {
        steps = List.copyOf(steps);
    }

    /**
     * Whether a parsed JSON text looks like a reference run (it has {@code init_params} and {@code X}),
     * so a command can accept either a model file or a reference file.
     *
     * @param json the text
     * @return {@code true} if it is a JSON object with those keys
     */
    public static boolean looksLikeReference(String json) {
        try {
            return JsonParser.parse(json) instanceof Map<?, ?> m && m.containsKey("init_params") && m.containsKey("X");
        } catch (JsonFormatException e) {
            return false;
        }
    }

    /**
     * Parses a reference file.
     *
     * @param json the file's text
     * @return the run
     * @throws JsonFormatException naming the key or position at fault
     */
    public static ReferenceRun parse(String json) {
        Map<String, Object> root = JsonFields.object(JsonParser.parse(json), "the reference run");
        List<Object> xs = JsonFields.array(JsonFields.required(root, "X", "the reference run"), "X");
        double[][] features = new double[xs.size()][];
        for (int i = 0; i < features.length; i++) {
            features[i] = JsonFields.numbers(xs.get(i), "X[" + i + "]");
        }
        double[] labels = JsonFields.numbers(JsonFields.required(root, "y", "the reference run"), "y");
        if (labels.length != features.length) {
            throw new JsonFormatException("the reference run has " + features.length + " points in X but "
                    + labels.length + " labels in y");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 1.0 && labels[i] != -1.0) {
                throw new JsonFormatException("y[" + i + "]: expected -1 or 1, got " + labels[i]);
            }
        }
        double[] init = JsonFields.numbers(JsonFields.required(root, "init_params", "the reference run"),
                "init_params");
        double[] grads = root.containsKey("step0_grads") ? JsonFields.numbers(root.get("step0_grads"), "step0_grads")
                : new double[0];
        double[] fin = root.containsKey("final_params") ? JsonFields.numbers(root.get("final_params"), "final_params")
                : new double[0];
        List<Step> steps = new ArrayList<>();
        if (root.containsKey("steps")) {
            List<Object> ss = JsonFields.array(root.get("steps"), "steps");
            for (int i = 0; i < ss.size(); i++) {
                String what = "steps[" + i + "]";
                Map<String, Object> s = JsonFields.object(ss.get(i), what);
                steps.add(new Step(JsonFields.integer(JsonFields.required(s, "k", what), what + ".k"),
                        JsonFields.number(JsonFields.required(s, "loss", what), what + ".loss"),
                        JsonFields.number(JsonFields.required(s, "acc", what), what + ".acc"),
                        JsonFields.number(JsonFields.required(s, "lr", what), what + ".lr")));
            }
        }
        return new ReferenceRun(features, labels, init, grads, steps, fin);
    }

    /**
     * The points as a dataset: class 0 for label -1, class 1 for +1.
     *
     * @return the dataset, named {@code micrograd-reference}
     */
    public Dataset dataset() {
        int[] classes = new int[labels.length];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = labels[i] > 0 ? 1 : 0;
        }
        return new Dataset("micrograd-reference", features, classes, new double[] {-1, 1});
    }
}
