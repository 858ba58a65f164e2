package io.github.micrograd4j.playground.training;

import io.github.micrograd4j.core.Gradients;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.nn.Activation;
import io.github.micrograd4j.nn.Feature;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.Neuron;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.nn.train.LossGraph;
import io.github.micrograd4j.nn.train.Objective;
import io.github.micrograd4j.playground.http.ApiException;
import io.github.micrograd4j.playground.text.PlaygroundText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One neuron of a run's net at one training point, as the training lab's drill-down shows it: the neuron's
 * scalar graph as a {@code grad} program, which point and which neuron it is, {@code dL/d out} and
 * {@code dL/dz} there, why they are 0 when they are, and then the nearest training point where they are not.
 *
 * <p>The program ends in {@code L = out * g + c}: {@code g} is {@code dL/d out}, the derivative of the whole
 * training loss (every point's term, the mean's 1/N and the penalty as the run builds it, at the current
 * weights) with respect to this neuron's output at this point, and {@code c} makes {@code L}'s value the whole
 * loss. {@code L} is the loss's tangent in this neuron's output at this point, so after the program's backward
 * each node's grad is {@code dL/d node} along the paths through this neuron at this point: for the neuron's
 * weights and bias this point's share of the gradient the next full-batch backward computes (without the
 * penalty's own share); for its inputs the share that flows back through this neuron only. Numbers are written
 * so that they parse back to the same doubles, so the expression lab computes what the engine does.
 *
 * @param program the neuron's graph as a program
 * @param layer the neuron's layer, 0 for the first hidden layer
 * @param index the neuron's index in its layer
 * @param hidden whether its layer is a hidden one (else the output layer)
 * @param point the training point's index
 * @param at the training point's coordinates
 * @param pointClass the training point's class, or its target for a regression dataset
 * @param trainSize how many training points there are
 * @param activation the neuron's activation
 * @param z the neuron's weighted sum at the point
 * @param out its output at the point
 * @param dLdOut {@code dL/d out} at the point
 * @param dLdz {@code dL/dz} at the point: {@code dL/d out} times the activation's slope
 * @param zero why {@code dL/dz} is 0, or {@code null} when it is not
 * @param nearest the training point nearest to this one where {@code dL/dz} is not 0, when {@code zero} is
 *     not {@code null}; {@code null} otherwise or when there is none
 * @param regression whether the points have real-valued targets (then {@code pointClass} is a target)
 */
record NeuronView(String program, int layer, int index, boolean hidden, int point, double[] at, double pointClass,
        int trainSize, Activation activation, double z, double out, double dLdOut, double dLdz, Zero zero,
        Nearest nearest, boolean regression) {

    /** Why no gradient reaches the neuron's weights from a point; the page words each. */
    enum Zero {
        /** The point's own loss term does not change with the net's outputs: beyond the margin. */
        NO_LOSS("no-loss"),
        /** The term does, but every path from this neuron to the outputs passes a relu that is off. */
        PATHS_OFF("paths-off"),
        /** Gradient reaches the output, but the activation's slope is 0 here (a relu with z at most 0). */
        ACTIVATION_OFF("activation-off");

        private final String id;

        Zero(String id) {
            this.id = id;
        }

        /** The id the page's words are keyed by. */
        String id() {
            return id;
        }
    }

    /**
     * A training point where the neuron's {@code dL/dz} is not 0.
     *
     * @param point its index
     * @param at its coordinates
     * @param pointClass its class, or its target for a regression dataset
     * @param dLdz the neuron's {@code dL/dz} there
     */
    record Nearest(int point, double[] at, double pointClass, double dLdz) {
    }

    /** One point's pass through the net, stopped at the neuron: its inputs, z and out nodes, the outputs. */
    private record Pass(List<Value> layerInputs, Value z, Value out, List<Value> outputs) {
    }

    /**
     * The neuron at the training point nearest to a clicked point.
     *
     * @param run the run, between two steps
     * @param neuron the neuron's number across the hidden and output layers, as the page counts them
     * @param x1 the clicked point's first coordinate
     * @param x2 its second
     * @return the view
     * @throws ApiException (400) for a neuron out of range or a point that is not finite
     */
    static NeuronView at(Run run, int neuron, double x1, double x2) {
        return at(run, neuron, x1, x2, Language.EN);
    }

    /**
     * The neuron at the training point nearest to a clicked point, its program's comments in a language (its
     * statements and numbers the same in every language).
     *
     * @param run the run, between two steps
     * @param neuron the neuron's number across the hidden and output layers, as the page counts them
     * @param x1 the clicked point's first coordinate
     * @param x2 its second
     * @param language the language of the program's comments
     * @return the view
     * @throws ApiException (400) for a neuron out of range or a point that is not finite
     */
    static NeuronView at(Run run, int neuron, double x1, double x2, Language language) {
        MLP model = run.model();
        int layer = 0;
        int index = neuron;
        while (layer < model.layers().size() && index >= model.layers().get(layer).outputCount()) {
            index -= model.layers().get(layer).outputCount();
            layer++;
        }
        if (neuron < 0 || layer >= model.layers().size()) {
            throw new ApiException(400, new Message(PlaygroundText.NEURON_RANGE,
                    model.sizes().stream().mapToInt(Integer::intValue).sum() - 1, neuron));
        }
        if (!Double.isFinite(x1) || !Double.isFinite(x2)) {
            throw new ApiException(400, new Message(PlaygroundText.POINT_FINITE, x1, x2));
        }
        Dataset train = run.train();
        int point = nearest(train, x1, x2);
        List<Pass> passes = new ArrayList<>(train.size());
        for (int i = 0; i < train.size(); i++) {
            passes.add(pass(run, layer, index, train.features(i)));
        }
        Scores scores = scores(run, passes);
        double[][] dScores = scores.dScores();
        Pass pass = passes.get(point);
        double dLdOut = upstream(dScores[point], pass.outputs(), pass.out());
        double dLdz = upstream(dScores[point], pass.outputs(), pass.z());
        Neuron n = model.layers().get(layer).neurons().get(index);
        Zero zero = null;
        Nearest live = null;
        if (dLdz == 0.0) {
            boolean anyScore = false;
            for (double d : dScores[point]) {
                anyScore |= d != 0.0;
            }
            zero = !anyScore ? Zero.NO_LOSS : dLdOut == 0.0 ? Zero.PATHS_OFF : Zero.ACTIVATION_OFF;
            live = nearestLive(train, passes, point, dScores);
        }
        boolean hidden = layer < model.layers().size() - 1;
        String program = program(run, layer, index, hidden, point, pass, dLdOut, scores.loss(), language);
        return new NeuronView(program, layer, index, hidden, point, train.features(point).clone(),
                label(train, point), train.size(), n.activation(), pass.z().data(), pass.out().data(), dLdOut, dLdz,
                zero, live, train.isRegression());
    }

    /**
     * The view as the lab's JSON ({@link NeuronViewJson}).
     *
     * @return the JSON text
     */
    String json() {
        return NeuronViewJson.write(this);
    }

    /** The training point nearest to (x1, x2); the first of equals. */
    static int nearest(Dataset train, double x1, double x2) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < train.size(); i++) {
            double d = distance(train.features(i), x1, x2);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    private static double distance(double[] q, double x1, double x2) {
        return (q[0] - x1) * (q[0] - x1) + (q[1] - x2) * (q[1] - x2);
    }

    /**
     * The training point nearest to {@code from} (other than it) where the neuron's {@code dL/dz} is not 0, the
     * first of equals in the data's order. Every point's {@code dL/dz} comes from one backward over all the points'
     * own passes, seeded with the loss's dL/d score ({@link Gradients#of}): one pass over the data, as the loss's
     * graph is, even for a neuron that is dead everywhere.
     */
    private static Nearest nearestLive(Dataset train, List<Pass> passes, int from, double[][] dScores) {
        List<Value> zs = new ArrayList<>(train.size());
        List<Value> terms = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            Pass p = passes.get(i);
            zs.add(p.z());
            for (int k = 0; k < p.outputs().size(); k++) {
                terms.add(p.outputs().get(k).mul(dScores[i][k]));
            }
        }
        List<Value> dLdz = Gradients.of(Value.sum(terms), zs, false);
        double[] origin = train.features(from);
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < train.size(); i++) {
            double d = distance(train.features(i), origin[0], origin[1]);
            if (i != from && dLdz.get(i).data() != 0.0 && d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best < 0 ? null : new Nearest(best, train.features(best).clone(), label(train, best),
                dLdz.get(best).data());
    }

    /** dL/d score for every training point's every output, and the whole loss's value. */
    private record Scores(double[][] dScores, double loss) {
    }

    /**
     * The loss's derivatives with respect to every point's outputs, and its value. The data loss depends on the
     * net only through the outputs and the penalty not at all, so they come from the loss built on the outputs'
     * values as leaves: a graph of the size of the data, not of the net times the data. With the gradient penalty
     * the loss depends on the net's inner nodes too, and the whole loss's graph is built and differentiated.
     */
    private static Scores scores(Run run, List<Pass> passes) {
        Objective o = run.objective();
        if (o.gradPenalty() > 0.0) {
            LossGraph graph = o.build();
            return new Scores(scoreGradients(graph), graph.loss().data());
        }
        List<List<Value>> leaves = new ArrayList<>(passes.size());
        for (Pass p : passes) {
            double[] row = new double[p.outputs().size()];
            for (int k = 0; k < row.length; k++) {
                row[k] = p.outputs().get(k).data();
            }
            leaves.add(MLP.inputs(row));
        }
        Value data = o.dataLoss(leaves, null);
        Value penalty = o.regularization().penalty(o.model().parameters(), o.l2());
        Value total = penalty == null ? data : data.add(penalty);
        return new Scores(scoreGradients(new LossGraph(data, leaves)), total.data());
    }

    /**
     * dL/d score for every training point's every output, by one backward over the loss's graph
     * ({@link Gradients#of}, which leaves every {@code .grad} alone).
     */
    private static double[][] scoreGradients(LossGraph graph) {
        List<Value> all = new ArrayList<>();
        for (List<Value> row : graph.outputs()) {
            all.addAll(row);
        }
        List<Value> g = Gradients.of(graph.loss(), all, false);
        double[][] out = new double[graph.outputs().size()][];
        int k = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[graph.outputs().get(i).size()];
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = g.get(k++).data();
            }
        }
        return out;
    }

    /** One point's own forward pass, keeping the neuron's inputs, sum and output. */
    private static Pass pass(Run run, int layer, int index, double[] at) {
        MLP model = run.model();
        List<Value> in = Feature.apply(run.objective().features(), MLP.inputs(at));
        List<Value> layerInputs = null;
        Value z = null;
        Value out = null;
        for (int l = 0; l < model.layers().size(); l++) {
            if (l == layer) {
                layerInputs = in;
            }
            in = model.layers().get(l).forward(in);
            if (l == layer) {
                out = in.get(index);
                // Neuron.forward applies its activation as one unary op on the sum; a linear neuron's out is the sum
                z = model.layers().get(l).neurons().get(index).activation() == Activation.LINEAR ? out
                        : out.children().get(0);
            }
        }
        return new Pass(layerInputs, z, out, in);
    }

    /**
     * dL/d node for a node of one point's own pass: the loss's derivatives with respect to that point's
     * outputs, carried back to the node through the point's own graph.
     */
    private static double upstream(double[] dScores, List<Value> outputs, Value node) {
        Value seeded = null;
        for (int k = 0; k < outputs.size(); k++) {
            Value term = outputs.get(k).mul(dScores[k]);
            seeded = seeded == null ? term : seeded.add(term);
        }
        return Gradients.of(seeded, List.of(node), false).get(0).data();
    }

    private static String program(Run run, int layer, int index, boolean hidden, int point, Pass pass, double dLdOut,
            double loss, Language language) {
        MLP model = run.model();
        Dataset train = run.train();
        double[] at = train.features(point);
        List<Feature> features = run.objective().features();
        StringBuilder p = new StringBuilder();
        // the point's class, or a regression's target
        String label = train.isRegression() ? PlaygroundText.DRILL_TARGET.format(language, train.target(point))
                : PlaygroundText.DRILL_CLASS.format(language, train.classOf(point));
        p.append(hidden ? PlaygroundText.DRILL_HIDDEN.format(language, index + 1, layer + 1, at[0], at[1], point,
                train.size(), label) : PlaygroundText.DRILL_OUTPUT.format(language, index + 1, at[0],
                at[1], point, train.size(), label)).append('\n');
        p.append(PlaygroundText.DRILL_DATA.in(language)).append('\n');
        List<String> inputNames = new ArrayList<>();
        if (layer == 0) {
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
            for (int i = 0; i < pass.layerInputs().size(); i++) {
                String name = "h" + layer + "_" + i;
                p.append(name).append(" = ").append(pass.layerInputs().get(i).data()).append('\n');
                inputNames.add(name);
            }
        }
        Neuron n = model.layers().get(layer).neurons().get(index);
        Activation a = n.activation();
        // a linear neuron's output is its sum: named out, as the lecture names a neuron's output
        StringBuilder sum = new StringBuilder(a == Activation.LINEAR ? "out = b" : "z = b");
        for (int i = 0; i < n.weights().size(); i++) {
            p.append('w').append(i).append(" = ").append(n.weights().get(i).data()).append('\n');
            sum.append(" + w").append(i).append(" * ").append(inputNames.get(i));
        }
        p.append("b = ").append(n.bias().data()).append('\n').append(sum).append('\n');
        if (a != Activation.LINEAR) {
            p.append("out = ").append(a.id().toLowerCase(Locale.ROOT)).append("(z)\n");
        }
        double rest = loss - pass.out().data() * dLdOut;
        p.append(PlaygroundText.DRILL_UPSTREAM.format(language, dLdOut, loss)).append('\n');
        p.append("L = out * ").append(dLdOut).append(" + ").append(rest).append('\n');
        return p.toString();
    }

    /** A training point's class, or its target for a regression dataset. */
    private static double label(Dataset train, int i) {
        return train.isRegression() ? train.target(i) : train.classOf(i);
    }
}
