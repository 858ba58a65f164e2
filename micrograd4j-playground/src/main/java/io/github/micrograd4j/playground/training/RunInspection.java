package io.github.micrograd4j.playground.training;

import io.github.micrograd4j.playground.http.ApiException;
import io.github.micrograd4j.core.Gradients;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.nn.Activation;
import io.github.micrograd4j.nn.Feature;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.Neuron;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.json.ModelJson;
import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.nn.train.GraphEngine;
import io.github.micrograd4j.nn.train.LossGraph;
import io.github.micrograd4j.nn.train.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the training lab does beyond a playground, on a paused or running net (called on the run's
 * thread, between steps): one neuron's scalar graph at a point as a {@code grad} program, a numeric
 * gradient check on a few parameters, and the model as {@code predict --model} JSON.
 */
final class RunInspection {
    /** The central difference's step. */
    static final double H = 1e-6;
    /** Parameters the check compares. */
    static final int CHECKED = 6;

    private RunInspection() {
    }

    /**
     * A neuron's graph at the training point nearest to a clicked point, as a program for {@code grad}
     * and the expression lab: the point, the features made from it (first layer only) or the previous
     * layer's outputs, the weights, the sum in the engine's order ({@code b + w0*in0 + ...}), the
     * activation, and a last line {@code seeded = out * g} that seeds the program's backward pass with
     * {@code g = dL/d out}: the derivative of the whole training loss (every point's term, the mean's
     * 1/N and the penalty as the run builds it, at the current weights) with respect to this neuron's
     * output at this point. So after the program's backward, each node's grad is dL/d node along the
     * paths through this neuron at this point: for the neuron's weights and bias that is this point's
     * share of the gradient the next full-batch backward computes (without the penalty's own share);
     * for its inputs it is the share that flows back through this neuron only. {@code seeded}'s own
     * value is {@code out * g} and means nothing. Numbers are written so that they parse back to the
     * same doubles, so the lab computes what the engine does.
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
            throw new ApiException(400, "neuron must be 0 to " + (model.sizes().stream().mapToInt(Integer::intValue)
                    .sum() - 1) + ", got " + neuron);
        }
        if (!Double.isFinite(x1) || !Double.isFinite(x2)) {
            throw new ApiException(400, "the point must be finite, got (" + x1 + ", " + x2 + ")");
        }
        Dataset train = run.train();
        int point = nearest(train, x1, x2);
        double[] at = train.features(point);
        List<Value> layerInputs = null;
        Value node = null;
        List<Value> in = Feature.apply(features, MLP.inputs(at));
        for (int l = 0; l < model.layers().size(); l++) {
            if (l == layerIndex) {
                layerInputs = in;
            }
            in = model.layers().get(l).forward(in);
            if (l == layerIndex) {
                node = in.get(index);
            }
        }
        double upstream = upstream(run.objective(), point, in, node);
        StringBuilder p = new StringBuilder();
        p.append("# neuron ").append(index).append(" of layer ").append(layerIndex + 1).append(" at the point (")
                .append(at[0]).append(", ").append(at[1]).append("), training point ").append(point).append(" of ")
                .append(train.size()).append(", class ").append(train.classOf(point)).append('\n');
        p.append("# data: this point's forward pass at the current weights. grads: d loss / d node through this\n")
                .append("# neuron at this point; the last line seeds the backward with dL/d(neuron output)\n");
        List<String> inputNames = new ArrayList<>();
        if (layerIndex == 0) {
            p.append("x1 = ").append(at[0]).append('\n').append("x2 = ").append(at[1]).append('\n');
            List<Feature> fs = features == null ? Feature.RAW : features;
            for (Feature f : fs) {
                String expr = switch (f) {
                    case X1, X2 -> null;
                    case X1_SQUARED -> "x1 * x1";
                    case X2_SQUARED -> "x2 * x2";
                    case X1_TIMES_X2 -> "x1 * x2";
                    case SIN_X1 -> "sin(x1)";
                    case SIN_X2 -> "sin(x2)";
                };
                if (expr != null) {
                    p.append(f.id()).append(" = ").append(expr).append('\n');
                }
                inputNames.add(f.id());
            }
        } else {
            for (int i = 0; i < layerInputs.size(); i++) {
                String name = "h" + layerIndex + "_" + i;
                p.append(name).append(" = ").append(layerInputs.get(i).data()).append('\n');
                inputNames.add(name);
            }
        }
        Neuron n = model.layers().get(layerIndex).neurons().get(index);
        StringBuilder sum = new StringBuilder("z = b");
        for (int i = 0; i < n.weights().size(); i++) {
            p.append('w').append(i).append(" = ").append(n.weights().get(i).data()).append('\n');
            sum.append(" + w").append(i).append(" * ").append(inputNames.get(i));
        }
        p.append("b = ").append(n.bias().data()).append('\n').append(sum).append('\n');
        Activation a = n.activation();
        String out = "z";
        if (a != Activation.LINEAR) {
            p.append("out = ").append(a.id().toLowerCase(Locale.ROOT)).append("(z)\n");
            out = "out";
        }
        p.append("# dL/d ").append(out).append(" = ").append(upstream).append(", from the whole loss's backward\n");
        p.append("seeded = ").append(out).append(" * ").append(upstream).append('\n');
        return p.toString();
    }

    /** The training point nearest to (x1, x2); the first of equals. */
    static int nearest(Dataset train, double x1, double x2) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < train.size(); i++) {
            double[] q = train.features(i);
            double d = (q[0] - x1) * (q[0] - x1) + (q[1] - x2) * (q[1] - x2);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /**
     * dL/d node for a node of one point's own forward pass: the whole loss's derivatives with respect to
     * that point's outputs, by a backward over the loss's graph ({@link Gradients#of}, which leaves every
     * {@code .grad} alone), carried back to the node through the point's own graph.
     *
     * @param o the run's objective
     * @param point the training point's index
     * @param outputs the outputs of the point's own graph
     * @param node a node of that graph
     */
    static double upstream(Objective o, int point, List<Value> outputs, Value node) {
        LossGraph graph = o.build();
        List<Value> dScores = Gradients.of(graph.loss(), graph.outputs().get(point), false);
        Value seeded = null;
        for (int k = 0; k < outputs.size(); k++) {
            Value term = outputs.get(k).mul(dScores.get(k).data());
            seeded = seeded == null ? term : seeded.add(term);
        }
        return Gradients.of(seeded, List.of(node), false).get(0).data();
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
        return ModelJson.write(new ModelJson.SavedModel(run.model(), run.loss(), run.data().labelValues(),
                run.objective().features()));
    }
}
