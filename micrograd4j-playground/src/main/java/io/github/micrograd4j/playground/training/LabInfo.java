package io.github.micrograd4j.playground.training;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.data.Generators;
import io.github.micrograd4j.nn.run.Run;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The training lab's answers: a new run's description (points, net, command line) and a neuron's map. */
final class LabInfo {
    private static final JsonFactory JSON = new JsonFactory();

    private LabInfo() {
    }

    static String json(int number, Run run, String dataFile, String commandLine) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            g.writeNumberField("run", number); // the number its frames carry
            g.writeStringField("dataset", run.data().name());
            g.writeNumberField("classes", run.data().classCount());
            // real-valued targets: the page colours points and map on a continuous scale and shows no accuracy
            g.writeBooleanField("regression", run.data().isRegression());
            points(g, "train", run.train());
            if (run.test() != null) {
                points(g, "test", run.test());
            }
            MLP m = run.model();
            g.writeNumberField("inputs", m.inputCount());
            g.writeArrayFieldStart("sizes");
            for (int s : m.sizes()) {
                g.writeNumber(s);
            }
            g.writeEndArray();
            g.writeNumberField("parameters", m.parameterCount());
            g.writeStringField("model", m.toString());
            g.writeStringField("loss", run.loss().id());
            g.writeNumberField("lr", run.settings().learningRate()); // the rate in force, a default included
            if (dataFile == null) { // generated data: the noise in force, the generator's default included
                Double noise = run.settings().noise();
                var generator = Generators.find(run.settings().dataset());
                if (generator.isPresent()) {
                    g.writeNumberField("noise", noise != null ? noise : generator.get().defaultNoise());
                }
            }
            // each input feature's map, for the diagram's input nodes: nn's Feature over the thumbnails' grid
            g.writeArrayFieldStart("featureMaps");
            for (double[] f : DecisionGrid.featureMaps(run.settings().features(), run.data())) {
                g.writeStartArray();
                for (double v : f) {
                    LabFrame.rounded(g, v); // thousandths, as the neurons' maps
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeStringField("command", commandLine);
            if (dataFile != null) {
                g.writeStringField("dataFile", dataFile);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void points(JsonGenerator g, String name, Dataset d) throws IOException {
        g.writeArrayFieldStart(name);
        for (int i = 0; i < d.size(); i++) {
            double[] p = d.features(i);
            g.writeStartArray();
            g.writeNumber(p[0]);
            g.writeNumber(p[1]);
            if (d.isRegression()) {
                g.writeNumber(d.target(i));
            } else {
                g.writeNumber(d.classOf(i));
            }
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    /** A JSON string literal. */
    static String quote(String text) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String map(double[] values) {
        StringBuilder b = new StringBuilder("{\"map\":[");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            double v = values[i];
            b.append(Double.isFinite(v) ? String.valueOf(Math.round(v * 1000)) : "null"); // thousandths, as LabFrame
        }
        return b.append("]}").toString();
    }
}
