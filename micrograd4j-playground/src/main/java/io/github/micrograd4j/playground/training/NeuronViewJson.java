package io.github.micrograd4j.playground.training;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/** The training lab's answer to a neuron drill-down: a {@link NeuronView} as JSON. */
final class NeuronViewJson {
    private static final JsonFactory JSON = new JsonFactory();

    private NeuronViewJson() {
    }

    /**
     * The view as the lab's JSON: {@code program}, {@code neuron} ({@code layer} and {@code index} from 1,
     * {@code hidden}), {@code point} ({@code index}, {@code x1}, {@code x2}, {@code class} or, for real-valued targets,
     * {@code target}, {@code set},
     * {@code of}), {@code activation}, {@code z}, {@code out}, {@code dLdOut}, {@code dLdz}, {@code zero} (an id
     * or null) and {@code nearest} (a point with its {@code dLdz}, or null).
     *
     * @param v the view
     * @return the JSON text
     */
    static String write(NeuronView v) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField("program", v.program());
            g.writeObjectFieldStart("neuron");
            g.writeNumberField("layer", v.layer() + 1);
            g.writeNumberField("index", v.index() + 1);
            g.writeBooleanField("hidden", v.hidden());
            g.writeEndObject();
            g.writeObjectFieldStart("point");
            writePoint(g, v.point(), v.at(), v.pointClass(), v.regression());
            g.writeNumberField("of", v.trainSize());
            g.writeEndObject();
            g.writeStringField("activation", v.activation().id().toLowerCase(Locale.ROOT));
            number(g, "z", v.z());
            number(g, "out", v.out());
            number(g, "dLdOut", v.dLdOut());
            number(g, "dLdz", v.dLdz());
            if (v.zero() == null) {
                g.writeNullField("zero");
            } else {
                g.writeStringField("zero", v.zero().id());
            }
            if (v.nearest() == null) {
                g.writeNullField("nearest");
            } else {
                g.writeObjectFieldStart("nearest");
                writePoint(g, v.nearest().point(), v.nearest().at(), v.nearest().pointClass(), v.regression());
                number(g, "dLdz", v.nearest().dLdz());
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writePoint(JsonGenerator g, int index, double[] at, double label, boolean regression)
            throws IOException {
        g.writeNumberField("index", index);
        number(g, "x1", at[0]);
        number(g, "x2", at[1]);
        if (regression) {
            number(g, "target", label); // a real-valued target: the page words it as one, not as a class
        } else {
            g.writeNumberField("class", (int) label);
        }
        g.writeStringField("set", "train");
    }

    /** A number, or null where it is not finite (JSON has no NaN). */
    private static void number(JsonGenerator g, String name, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumberField(name, v);
        } else {
            g.writeNullField(name);
        }
    }
}
