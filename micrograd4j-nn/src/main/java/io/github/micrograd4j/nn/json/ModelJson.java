package io.github.micrograd4j.nn.json;

import io.github.micrograd4j.nn.Activation;
import io.github.micrograd4j.nn.Feature;
import io.github.micrograd4j.nn.Layer;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.Neuron;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An {@link MLP}'s architecture and weights as JSON, plus what a prediction means (the loss, hence
 * how outputs become a class, and each class's label):
 *
 * <pre>{@code
 * {
 *   "format": "micrograd4j-mlp",
 *   "version": 1,
 *   "inputs": 2,
 *   "loss": "svm",
 *   "labels": [0.0, 1.0],
 *   "layers": [
 *     {"activation": "relu", "neurons": [{"w": [0.23, -0.27], "b": 0.0}, ...]},
 *     {"activation": "linear", "neurons": [{"w": [...], "b": 0.0}]}
 *   ]
 * }
 * }</pre>
 *
 * Numbers are written with {@link Double#toString}, so a saved model reads back bit for bit and
 * gives the same outputs.
 *
 * <p>A model trained on input {@link Feature features} of 2-D points (other than the raw
 * {@code x1,x2}) records them, {@code "features": "x1,x2,x1sq"}, with {@code "version": 2}; its
 * {@code inputs} is the number of features, and {@link SavedModel#outputs} makes the features from
 * a point's two coordinates before the net sees them. Models without features are written as
 * version 1, as before; this reader reads both.
 */
public final class ModelJson {
    /** The value of the {@code format} key. */
    public static final String FORMAT = "micrograd4j-mlp";
    /** The newest format version this class writes and reads (2: with features; 1 is written without). */
    public static final int VERSION = 2;

    private ModelJson() {
    }

    /**
     * A model with its task.
     *
     * @param model the net
     * @param loss how outputs become a class
     * @param labels the label of each class index
     * @param features the net's inputs made from a 2-D point, or null for the point's coordinates as they are
     */
    public record SavedModel(MLP model, ClassificationLoss loss, double[] labels, List<Feature> features) {
        /**
         * Validates.
         *
         * @param model the net
         * @param loss how outputs become a class
         * @param labels the label of each class index
         * @param features the net's inputs made from a 2-D point, or null (or {@link Feature#RAW}) for
         *     the point's coordinates as they are
         */
        public SavedModel {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(loss, "loss");
            features = features == null || features.equals(Feature.RAW) ? null : List.copyOf(features);
            if (features != null && model.inputCount() != features.size()) {
                throw new IllegalArgumentException("the model takes " + model.inputCount() + " inputs but the features "
                        + Feature.ids(features) + " are " + features.size());
            }
            labels = labels.clone();
            int outputs = loss.outputsFor(labels.length);
            if (model.outputCount() != outputs) {
                throw new IllegalArgumentException("the " + loss.id() + " loss on " + labels.length
                        + " classes needs " + outputs + " outputs, the model has " + model.outputCount());
            }
        }

        /**
         * A model whose inputs are the point's coordinates.
         *
         * @param model the net
         * @param loss how outputs become a class
         * @param labels the label of each class index
         */
        public SavedModel(MLP model, ClassificationLoss loss, double[] labels) {
            this(model, loss, labels, null);
        }

        /**
         * The numbers a point has: 2 coordinates with features, else one per net input.
         *
         * @return the point's size
         */
        public int pointSize() {
            return features == null ? model.inputCount() : 2;
        }

        /**
         * The net's outputs for a point: its features first, if any, made as training made them.
         *
         * @param point the point, {@link #pointSize()} numbers
         * @return the outputs
         */
        public double[] outputs(double... point) {
            if (features == null) {
                return model.predict(point);
            }
            if (point.length != 2) {
                throw new IllegalArgumentException("the model's features " + Feature.ids(features) + " are made from "
                        + "2 coordinates, got " + point.length);
            }
            double[] x = new double[features.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = features.get(i).of(point[0], point[1]);
            }
            return model.predict(x);
        }

        /**
         * The label the model predicts for a point.
         *
         * @param point the point, {@link #pointSize()} numbers
         * @return the label of the predicted class; the output itself for the regression loss (labels empty)
         */
        public double predictLabel(double... point) {
            if (loss.regression()) {
                return outputs(point)[0];
            }
            return labels[loss.predict(outputs(point))];
        }
    }

    /**
     * Writes a model.
     *
     * @param saved the model and its task
     * @return the JSON text, ending with a new line
     */
    public static String write(SavedModel saved) {
        MLP model = saved.model();
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"format\": ").append(JsonLiterals.quote(FORMAT)).append(",\n");
        sb.append("  \"version\": ").append(saved.features() == null ? 1 : VERSION).append(",\n");
        sb.append("  \"inputs\": ").append(model.inputCount()).append(",\n");
        if (saved.features() != null) {
            sb.append("  \"features\": ").append(JsonLiterals.quote(Feature.ids(saved.features()))).append(",\n");
        }
        sb.append("  \"loss\": ").append(JsonLiterals.quote(saved.loss().id())).append(",\n");
        sb.append("  \"labels\": ").append(numbers(saved.labels())).append(",\n");
        sb.append("  \"layers\": [");
        List<Layer> layers = model.layers();
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            sb.append(l == 0 ? "\n" : ",\n");
            sb.append("    {\"activation\": ").append(JsonLiterals.quote(layer.activation().id()))
                    .append(", \"neurons\": [");
            List<Neuron> ns = layer.neurons();
            for (int n = 0; n < ns.size(); n++) {
                Neuron neuron = ns.get(n);
                double[] w = new double[neuron.inputCount()];
                for (int i = 0; i < w.length; i++) {
                    w[i] = neuron.weights().get(i).data();
                }
                sb.append(n == 0 ? "\n" : ",\n");
                sb.append("      {\"w\": ").append(numbers(w)).append(", \"b\": ")
                        .append(JsonLiterals.number(neuron.bias().data())).append('}');
            }
            sb.append("\n    ]}");
        }
        sb.append("\n  ]\n}\n");
        return sb.toString();
    }

    /**
     * A look at a model's shape while it is read: after the JSON is parsed, before any weight becomes
     * a value, so a caller can refuse a model too large for its memory at that point.
     */
    @FunctionalInterface
    public interface ShapeCheck {
        /**
         * Called once with the shape the file declares; throw to stop the reading.
         *
         * @param inputs the model's inputs
         * @param sizes the neurons of each layer, first to last (the output layer included)
         */
        void check(int inputs, List<Integer> sizes);
    }

    /**
     * Reads a model.
     *
     * @param json the text
     * @return the model and its task
     * @throws JsonFormatException naming the position or key at fault: malformed or truncated text, a
     *     wrong format or version, missing keys, layer sizes that do not fit together
     */
    public static SavedModel read(String json) {
        return read(json, (inputs, sizes) -> { });
    }

    /**
     * Reads a model, showing its shape to {@code shape} before its weights become values.
     *
     * @param json the text
     * @param shape told the inputs and layer sizes once they are known (not called for a file whose
     *     layers are malformed; reading it fails with the same message either way)
     * @return the model and its task
     * @throws JsonFormatException naming the position or key at fault: malformed or truncated text, a
     *     wrong format or version, missing keys, layer sizes that do not fit together
     */
    public static SavedModel read(String json, ShapeCheck shape) {
        Objects.requireNonNull(shape, "shape");
        Map<String, Object> root = JsonFields.object(JsonParser.parse(json), "the model");
        Object format = root.get("format");
        if (!FORMAT.equals(format)) {
            throw new JsonFormatException("not a micrograd4j model: expected \"format\": \"" + FORMAT + "\", got "
                    + (format == null ? "no format key" : JsonLiterals.quote(String.valueOf(format))));
        }
        int version = JsonFields.integer(JsonFields.required(root, "version", "the model"), "version");
        if (version != 1 && version != VERSION) {
            throw new JsonFormatException("model format version " + version + " is not supported (this reader knows "
                    + "1 and " + VERSION + ")");
        }
        List<Feature> features = null;
        if (root.containsKey("features")) {
            if (version < 2) {
                throw new JsonFormatException("features: a version 1 model has no features; version 2 has");
            }
            try {
                features = Feature.parseList(JsonFields.string(root.get("features"), "features"));
            } catch (IllegalArgumentException e) {
                throw new JsonFormatException("features: " + e.getMessage());
            }
        }
        int inputs = JsonFields.integer(JsonFields.required(root, "inputs", "the model"), "inputs");
        if (inputs < 1) {
            throw new JsonFormatException("inputs: expected at least 1, got " + inputs);
        }
        ClassificationLoss loss;
        try {
            loss = ClassificationLoss.fromId(JsonFields.string(JsonFields.required(root, "loss", "the model"), "loss"));
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException("loss: " + e.getMessage());
        }
        double[] labels = JsonFields.numbers(JsonFields.required(root, "labels", "the model"), "labels");
        List<Object> layerList = JsonFields.array(JsonFields.required(root, "layers", "the model"), "layers");
        if (layerList.isEmpty()) {
            throw new JsonFormatException("layers: expected at least 1 layer, got 0");
        }
        List<Integer> sizes = declaredSizes(layerList);
        if (sizes != null) {
            shape.check(inputs, List.copyOf(sizes));
        }
        List<Layer> layers = new ArrayList<>();
        int fanIn = inputs;
        for (int l = 0; l < layerList.size(); l++) {
            String what = "layers[" + l + "]";
            Map<String, Object> lo = JsonFields.object(layerList.get(l), what);
            Activation activation;
            try {
                activation = Activation.fromId(
                        JsonFields.string(JsonFields.required(lo, "activation", what), what + ".activation"));
            } catch (IllegalArgumentException e) {
                throw new JsonFormatException(what + ".activation: " + e.getMessage());
            }
            List<Object> nl = JsonFields.array(JsonFields.required(lo, "neurons", what), what + ".neurons");
            if (nl.isEmpty()) {
                throw new JsonFormatException(what + ".neurons: expected at least 1 neuron, got 0");
            }
            List<Neuron> neurons = new ArrayList<>();
            for (int n = 0; n < nl.size(); n++) {
                String nw = what + ".neurons[" + n + "]";
                Map<String, Object> no = JsonFields.object(nl.get(n), nw);
                double[] w = JsonFields.numbers(JsonFields.required(no, "w", nw), nw + ".w");
                if (w.length != fanIn) {
                    throw new JsonFormatException(nw + ".w: expected " + fanIn + " weights (the "
                            + (l == 0 ? "model's inputs" : "size of layer " + (l - 1)) + "), got " + w.length);
                }
                double b = JsonFields.number(JsonFields.required(no, "b", nw), nw + ".b");
                neurons.add(new Neuron(w, b, activation));
            }
            layers.add(new Layer(neurons));
            fanIn = neurons.size();
        }
        try {
            return new SavedModel(new MLP(inputs, layers), loss, labels, features);
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException("the model does not fit together: " + e.getMessage());
        }
    }

    /** Each layer's neuron count, or null if a layer is not an object with a non-empty neurons array. */
    private static List<Integer> declaredSizes(List<Object> layerList) {
        List<Integer> sizes = new ArrayList<>(layerList.size());
        for (Object layer : layerList) {
            if (!(layer instanceof Map<?, ?> map) || !(map.get("neurons") instanceof List<?> neurons)
                    || neurons.isEmpty()) {
                return null;
            }
            sizes.add(neurons.size());
        }
        return sizes;
    }

    private static String numbers(double[] values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(JsonLiterals.number(values[i]));
        }
        return sb.append(']').toString();
    }
}
