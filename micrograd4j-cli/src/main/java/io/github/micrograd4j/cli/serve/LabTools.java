package io.github.micrograd4j.cli.serve;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.nn.Activation;
import io.github.micrograd4j.nn.Feature;
import io.github.micrograd4j.nn.Layer;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.Neuron;
import io.github.micrograd4j.nn.io.ModelJson;
import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.nn.train.GraphEngine;
import io.github.micrograd4j.nn.train.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the training lab does beyond a playground, on a paused or running net (called on the run's
 * thread, between steps): one neuron's scalar graph at a point as a {@code grad} program, a numeric
 * gradient check on a few parameters, and the model as {@code predict --model} JSON.
 */
final class LabTools {
    /** The central difference's step. */
    static final double H = 1e-6;
    /** Parameters the check compares. */
    static final int CHECKED = 6;

    private LabTools() {
    }

    /**
     * A neuron's graph at a point as a program for {@code grad} and the expression lab: the point, the
     * features made from it (first layer only) or the previous layer's outputs, the weights, the sum in
     * the engine's order ({@code b + w0*in0 + ...}) and the activation. Numbers are written so that they
     * parse back to the same doubles, so the lab computes what the engine does.
     */
    static String neuronProgram(Run run, int neuron, double x1, double x2) {
        MLP model = run.model();
        List<Feature> features = run.objective().features();
        int layerIndex = 0;
        int index = neuron;
        while (layerIndex < model.layers().size() && index >= model.layers().get(layerIndex).outputCount()) {
            index -= model.layers().get(layerIndex).outputCount();
            layerIndex++;
        }
        if (neuron < 0 || layerIndex >= model.layers().size()) {
            throw new ApiException(400, "neuron must be 0 to " + (model.parameterCount() > 0
                    ? model.sizes().stream().mapToInt(Integer::intValue).sum() - 1 : 0) + ", got " + neuron);
        }
        if (!Double.isFinite(x1) || !Double.isFinite(x2)) {
            throw new ApiException(400, "the point must be finite, got (" + x1 + ", " + x2 + ")");
        }
        StringBuilder p = new StringBuilder();
        p.append("# neuron ").append(index).append(" of layer ").append(layerIndex + 1).append(" at the point (")
                .append(x1).append(", ").append(x2).append(")\n");
        List<String> inputNames = new ArrayList<>();
        if (layerIndex == 0) {
            p.append("x1 = ").append(x1).append('\n').append("x2 = ").append(x2).append('\n');
            List<Feature> fs = features == null ? Feature.RAW : features;
            for (Feature f : fs) {
                String expr = switch (f) {
                    case X1 -> null;
                    case X2 -> null;
                    case X1_SQUARED -> "x1 * x1";
                    case X2_SQUARED -> "x2 * x2";
                    case X1_TIMES_X2 -> "x1 * x2";
                    case SIN_X1 -> "sin(x1)";
                    case SIN_X2 -> "sin(x2)";
                };
                if (expr == null) {
                    inputNames.add(f.id());
                } else {
                    p.append(f.id()).append(" = ").append(expr).append('\n');
                    inputNames.add(f.id());
                }
            }
        } else {
            List<Value> in = Feature.apply(features, MLP.inputs(x1, x2));
            for (int l = 0; l < layerIndex; l++) {
                in = model.layers().get(l).forward(in);
            }
            for (int i = 0; i < in.size(); i++) {
                String name = "h" + layerIndex + "_" + i;
                p.append(name).append(" = ").append(in.get(i).data()).append('\n');
                inputNames.add(name);
            }
        }
        Layer layer = model.layers().get(layerIndex);
        Neuron n = layer.neurons().get(index);
        StringBuilder sum = new StringBuilder("z = b");
        for (int i = 0; i < n.weights().size(); i++) {
            p.append('w').append(i).append(" = ").append(n.weights().get(i).data()).append('\n');
            sum.append(" + w").append(i).append(" * ").append(inputNames.get(i));
        }
        p.append("b = ").append(n.bias().data()).append('\n').append(sum).append('\n');
        Activation a = n.activation();
        if (a != Activation.LINEAR) {
            p.append("out = ").append(a.id().toLowerCase(Locale.ROOT)).append("(z)\n");
        }
        return p.toString();
    }

    /**
     * The numeric check: d loss / d p by the graph's backward against {@code (L(p+h) - L(p-h)) / 2h} on
     * {@link #CHECKED} parameters spread over the net, on all training points.
     *
     * @return JSON: {@code {"h": ..., "rows": [{"parameter", "analytic", "numeric", "relative"}]}}
     */
    static String gradientCheck(Run run) {
        Objective o = run.objective();
        List<Value> params = o.model().parameters();
        new GraphEngine(o).evaluate();
        StringBuilder b = new StringBuilder("{\"h\":" + H + ",\"rows\":[");
        int count = Math.min(CHECKED, params.size());
        for (int k = 0; k < count; k++) {
            int i = count == 1 ? 0 : (int) ((long) k * (params.size() - 1) / (count - 1));
            Value p = params.get(i);
            double analytic = p.grad();
            double d = p.data();
            p.setData(d + H);
            double up = o.build().loss().data();
            p.setData(d - H);
            double down = o.build().loss().data();
            p.setData(d);
            double numeric = (up - down) / (2 * H);
            double rel = Math.abs(analytic - numeric) / Math.max(1e-12, Math.max(Math.abs(analytic), Math.abs(numeric)));
            b.append(k == 0 ? "" : ",").append("{\"parameter\":").append(i).append(",\"analytic\":")
                    .append(finite(analytic)).append(",\"numeric\":").append(finite(numeric)).append(",\"relative\":")
                    .append(finite(rel)).append('}');
        }
        return b.append("]}").toString();
    }

    private static String finite(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }

    /**
     * The model as {@code train --save} writes it, for {@code predict --model}.
     *
     * @return the JSON text
     */
    static String modelJson(Run run) {
        if (run.objective().features() != null) {
            throw new ApiException(409, "the model takes the features " + Feature.ids(run.objective().features())
                    + " as inputs, which predict does not make; export it with features x1,x2");
        }
        return ModelJson.write(new ModelJson.SavedModel(run.model(), run.loss(), run.data().labelValues()));
    }
}
