package io.github.micrograd4j.playground.training;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One picture of a training run, as the training lab's event stream sends it: the counters, the big
 * map ({@link DecisionGrid#SIZE}² cells), each neuron's thumbnail (both in thousandths, whole
 * numbers), the weights and the grid's bounds; {@link #json} adds the curve points the page has not
 * had yet. A frame as the run's thread makes it has no maps yet (null) and no test scores (NaN).
 *
 * @param step the updates done
 * @param steps the run's length
 * @param loss the train loss at the last step (before its update), NaN before the first
 * @param testLoss the test loss now, NaN without a test set
 * @param accuracy the train accuracy at the last step
 * @param testAccuracy the test accuracy now, NaN without a test set
 * @param lr the next update's learning rate
 * @param playing whether it is training
 * @param map the big map, row by row from the top
 * @param thumbs each neuron's thumbnail, all layers in order
 * @param weights the parameters in the model's order
 * @param bounds {xmin, xmax, ymin, ymax} of the maps
 */
record LabFrame(int step, int steps, double loss, double testLoss, double accuracy, double testAccuracy, double lr,
        boolean playing,
        double[] map, double[][] thumbs, double[] weights, double[] bounds) {
    private static final JsonFactory JSON = new JsonFactory();

    String json(int run, List<double[]> curve) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            g.writeNumberField("run", run);
            g.writeNumberField("step", step);
            g.writeNumberField("steps", steps);
            number(g, "loss", loss);
            number(g, "accuracy", accuracy);
            number(g, "lr", lr);
            g.writeBooleanField("playing", playing);
            array(g, "bounds", bounds, false);
            if (map != null) {
                mapFields(g);
            }
            array(g, "weights", weights, false);
            g.writeArrayFieldStart("curve");
            for (double[] p : curve) {
                g.writeStartArray();
                for (double v : p) {
                    if (Double.isFinite(v)) {
                        g.writeNumber(v);
                    } else {
                        g.writeNull();
                    }
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * The part of the frame {@link LabRun#mapped} adds, alone: {@code testLoss}, {@code testAccuracy}, {@code map}
     * and {@code thumbs}. The web edition computes them in a worker of their own and adds them to the training
     * worker's frame, which {@link #json} writes without them when its map is null.
     */
    String mapsJson() {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            mapFields(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private void mapFields(JsonGenerator g) throws IOException {
        number(g, "testLoss", testLoss);
        number(g, "testAccuracy", testAccuracy);
        array(g, "map", map, true);
        g.writeArrayFieldStart("thumbs");
        for (double[] t : thumbs) {
            g.writeStartArray();
            for (double v : t) {
                rounded(g, v);
            }
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String name, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumberField(name, v);
        } else {
            g.writeNullField(name);
        }
    }

    private static void array(JsonGenerator g, String name, double[] values, boolean round) throws IOException {
        g.writeArrayFieldStart(name);
        for (double v : values) {
            if (round) {
                rounded(g, v);
            } else if (Double.isFinite(v)) {
                g.writeNumber(v);
            } else {
                g.writeNull();
            }
        }
        g.writeEndArray();
    }

    /**
     * A map value in thousandths, as a whole number: the colours need no more precision, and whole
     * numbers are quicker to write and to parse than decimals (a frame has 10,000 map values and 400 per
     * neuron). Values beyond a long's range are clamped; not finite, null.
     */
    static void rounded(JsonGenerator g, double v) throws IOException {
        if (!Double.isFinite(v)) {
            g.writeNull();
        } else {
            g.writeNumber(Math.round(v * 1000));
        }
    }
}
