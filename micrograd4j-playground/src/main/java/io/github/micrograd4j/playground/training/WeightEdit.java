package io.github.micrograd4j.playground.training;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.nn.Layer;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.Neuron;
import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.nn.train.LossEvaluation;
import io.github.micrograd4j.nn.train.TrainingEngine;
import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.playground.http.ApiException;
import io.github.micrograd4j.playground.text.PlaygroundText;
import java.util.List;

/**
 * The training lab's {@code weight} action, TensorFlow Playground's click on an edge: one weight of the running
 * model set to a value, and the loss of the model so edited. The loss is the one the run's next step starts from
 * (the engine's loss over that step's batch, as {@link io.github.micrograd4j.nn.train.Trainer#step} evaluates it),
 * so the frames show it until that step, and that step records the same number. Called where the parameters hold
 * still: on the run's thread between two steps (the server) or between two slices (the web edition).
 *
 * @param layer the layer, 0 for the first hidden layer (the output layer last)
 * @param neuron the neuron in that layer
 * @param input the weight's input: a feature for layer 0, else a neuron of the layer before
 * @param was the weight before
 * @param weight the weight now
 * @param evaluation the edited model's loss and accuracy at the next step
 */
record WeightEdit(int layer, int neuron, int input, double was, double weight, LossEvaluation evaluation) {

    /**
     * Checks a request's layer, neuron, input and value against a run's model, sets that weight and evaluates the
     * model.
     *
     * @param run the run
     * @param engine the run's engine
     * @param step the updates done (the next step's index)
     * @param request the page's request
     * @return what changed, and the loss now
     * @throws ApiException 400 naming a missing or bad layer, neuron, input or value
     */
    static WeightEdit apply(Run run, TrainingEngine engine, int step, LabRequest request) {
        MLP model = run.model();
        List<Layer> layers = model.layers();
        int l = request.layer();
        if (l == LabRequest.MISSING) {
            throw new ApiException(400, new Message(PlaygroundText.WEIGHT_MISSING, "layer"));
        }
        if (l < 0 || l >= layers.size()) {
            throw new ApiException(400, new Message(PlaygroundText.WEIGHT_LAYER, layers.size() - 1, layers.size(), l));
        }
        List<Neuron> neurons = layers.get(l).neurons();
        int n = request.neuron();
        if (n < 0 || n >= neurons.size()) {
            throw new ApiException(400, new Message(PlaygroundText.WEIGHT_NEURON, neurons.size() - 1, l, n));
        }
        List<Value> weights = neurons.get(n).weights();
        int i = request.input();
        if (i == LabRequest.MISSING) {
            throw new ApiException(400, new Message(PlaygroundText.WEIGHT_MISSING, "input"));
        }
        if (i < 0 || i >= weights.size()) {
            throw new ApiException(400, new Message(PlaygroundText.WEIGHT_INPUT, weights.size() - 1, l, i));
        }
        double value = request.value();
        if (Double.isNaN(value)) {
            throw new ApiException(400, new Message(PlaygroundText.WEIGHT_MISSING, "value"));
        }
        Value w = weights.get(i);
        double was = w.data();
        w.setData(value);
        LossEvaluation e = engine.evaluate(run.batches().batch(step));
        return new WeightEdit(l, n, i, was, value, e);
    }

    /** The answer: the weight's place, its value before and now, and the loss and accuracy now. */
    String json() {
        // concatenated, not String.format: the web edition compiles this with TeaVM's class library
        return "{\"ok\":true,\"layer\":" + layer + ",\"neuron\":" + neuron + ",\"input\":" + input + ",\"was\":"
                + number(was) + ",\"weight\":" + number(weight) + ",\"loss\":" + number(evaluation.loss())
                + ",\"accuracy\":" + number(evaluation.accuracy()) + "}";
    }

    private static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }
}
