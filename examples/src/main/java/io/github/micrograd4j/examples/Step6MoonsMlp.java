package io.github.micrograd4j.examples;

import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.MicrogradDemo;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.data.Datasets;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import io.github.micrograd4j.nn.train.LossGraph;
import io.github.micrograd4j.nn.train.Objective;
import java.util.Random;

/**
 * micrograd's demo: a 2-16-16-1 MLP learns to separate 100 "moons" points. Each step builds the
 * whole loss graph (max-margin loss + 1e-4 L2), zeroes the gradients, backpropagates and moves
 * every parameter against its gradient, with the learning rate falling from 1.0 to 0.1. At the end
 * the decision regions are drawn in text, the points on top.
 */
public final class Step6MoonsMlp {
    private Step6MoonsMlp() {
    }

    /**
     * Trains and prints the loss and accuracy every 10 steps, then the decision regions.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Dataset moons = Datasets.moons(100, 0.1, new Random(1337));
        MLP model = MicrogradDemo.model(new Random(1338));   // the seeds of `micrograd train`
        Objective objective = new Objective(model, moons, ClassificationLoss.MAX_MARGIN, 1e-4);

        int steps = 100;
        for (int k = 0; k < steps; k++) {
            LossGraph graph = objective.build();    // forward pass over every point
            model.zeroGrad();                       // grads accumulate, so start each step from 0
            graph.loss().backward();
            double learningRate = 1.0 - 0.9 * k / steps;
            for (Value p : model.parameters()) {
                p.setData(p.data() - learningRate * p.grad());
            }
            if (k % 10 == 0 || k == steps - 1) {
                // steps counted from 1, as `micrograd train` prints them: step k's loss is the one before its update
                System.out.println(String.format(Numbers.LOCALE, "step %3d  loss %.4f  accuracy %3.0f%%", k + 1,
                        graph.loss().data(), 100 * objective.accuracy(graph.outputData())));
            }
        }

        // The notebook's contour plot in text: '+' where the model says class 1, '.' for class 0;
        // the points as '1' and '0'.
        char[][] map = new char[15][50];
        for (int row = 0; row < map.length; row++) {
            for (int col = 0; col < map[row].length; col++) {
                double score = model.predict(-1.5 + col * 4.0 / 49, 1.5 - row * 2.5 / 14)[0];
                map[row][col] = score > 0 ? '+' : '.';
            }
        }
        for (int i = 0; i < moons.size(); i++) {
            double[] x = moons.features(i);
            int col = (int) Math.round((x[0] + 1.5) * 49 / 4.0);
            int row = (int) Math.round((1.5 - x[1]) * 14 / 2.5);
            if (row >= 0 && row < map.length && col >= 0 && col < map[row].length) {
                map[row][col] = moons.classOf(i) == 1 ? '1' : '0';
            }
        }
        for (char[] line : map) {
            System.out.println(new String(line));
        }
    }
}
