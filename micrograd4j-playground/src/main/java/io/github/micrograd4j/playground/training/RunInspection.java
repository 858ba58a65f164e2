package io.github.micrograd4j.playground.training;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.nn.json.ModelJson;
import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.nn.train.GraphEngine;
import io.github.micrograd4j.nn.train.Objective;
import java.util.List;

/**
 * What the training lab does beyond a playground, on a paused or running net (called on the run's
 * thread, between steps): a numeric gradient check on a few parameters, and the model as
 * {@code predict --model} JSON. One neuron's scalar graph at a point is {@link NeuronView}'s.
 */
final class RunInspection {
    /** The central difference's step. */
    static final double H = 1e-6;
    /** Parameters the check compares. */
    static final int CHECKED = 6;

    private RunInspection() {
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
