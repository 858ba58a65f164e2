package io.github.micrograd4j.playground.expression;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.micrograd4j.lang.grad.GradJson;
import io.github.micrograd4j.lang.grad.GradRun;
import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.dot.DotExporter;
import io.github.micrograd4j.core.explain.BackpropStep;
import io.github.micrograd4j.core.explain.Contribution;
import io.github.micrograd4j.core.explain.DivisionNote;
import io.github.micrograd4j.viz.BackpropPictures;
import io.github.micrograd4j.viz.render.SvgRenderer;
import io.github.micrograd4j.core.text.CoreText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.function.Predicate;

/**
 * The answer of {@code POST /api/grad}: every field of {@code grad --json} (written by the same
 * {@link GradJson}), then what the page draws with:
 * <ul>
 *   <li>{@code svg}: the {@code <svg>} element {@code grad --svg} writes (without the XML declaration);</li>
 *   <li>{@code dot}: the graph in DOT, as {@code grad --dot} writes it;</li>
 *   <li>{@code steps}: the walkthrough's steps, output first: the box's id, the grad text, the chain-rule
 *       sentence and its reason;</li>
 *   <li>{@code nodes}: per value id, its name, op, inputs and local derivatives (rule and number), whether it is a
 *       constant (a number written into the program, drawn apart from the inputs), and a note where the picture
 *       needs one (a division's {@code **-1} and {@code *}: {@link DivisionNote}) or null;</li>
 *   <li>{@code inputs}: the program's inputs in order, with the value run at and the grad.</li>
 * </ul>
 */
public final class GradResponse {
    private static final JsonFactory JSON = new JsonFactory();

    private GradResponse() {
    }

    /**
     * The answer, written in full (the served playground's and the web edition's).
     *
     * @param grad the run, after backward
     * @param pictures its graph laid out, and its steps
     * @return the JSON text
     */
    public static String json(GradRun grad, BackpropPictures pictures) {
        StringWriter text = new StringWriter(8192);
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            GradJson.writeFields(g, grad.program(), grad.run(), grad.report());
            g.writeStringField("svg", SvgRenderer.element(pictures.graph()));
            g.writeStringField("dot", DotExporter.toDot(grad.run().output()));
            steps(g, pictures);
            nodes(g, pictures, grad.run().output().topologicalOrder(), grad.run().constants());
            inputs(g, grad);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void steps(JsonGenerator g, BackpropPictures pictures) throws IOException {
        g.writeArrayFieldStart("steps");
        for (BackpropStep step : pictures.steps()) {
            g.writeStartObject();
            g.writeStringField("id", "v" + pictures.idOf(step.node()));
            g.writeStringField("name", step.name());
            g.writeStringField("grad", Numbers.fixed(step.grad(), 4));
            g.writeStringField("text", step.text());
            g.writeStringField("reason", step.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** One local derivative of a node: d(node)/d(its input at {@code index}). */
    private record Local(int index, int child, String rule, double value) {
    }

    /**
     * Each node's local derivatives, gathered from the steps: a step's contributions are the terms its
     * parents pass back, and its reason lists their rules in the same order, separated by the language's
     * separator ("; " in English).
     */
    private static void nodes(JsonGenerator g, BackpropPictures pictures, List<Value> order, Predicate<Value> constant)
            throws IOException {
        Map<Value, List<Local>> locals = new IdentityHashMap<>();
        String separator = Pattern.quote(CoreText.REASON_SEPARATOR.in(pictures.language()));
        for (BackpropStep step : pictures.steps()) {
            String[] rules = step.reason().isEmpty() ? new String[0] : step.reason().split(separator);
            List<Contribution> terms = step.contributions();
            for (int j = 0; j < terms.size(); j++) {
                Contribution c = terms.get(j);
                locals.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(new Local(c.childIndex(),
                        pictures.idOf(step.node()), rules.length == terms.size() ? rules[j] : "", c.local()));
            }
        }
        g.writeArrayFieldStart("nodes");
        for (int id = 0; id < order.size(); id++) {
            Value v = order.get(id);
            g.writeStartObject();
            g.writeStringField("id", "v" + id);
            g.writeStringField("name", pictures.name(id));
            g.writeStringField("op", v.opLabel());
            g.writeNumberField("data", v.data());
            g.writeNumberField("grad", v.grad());
            g.writeBooleanField("constant", v.isLeaf() && constant.test(v));
            String note = DivisionNote.of(v, x -> pictures.name(pictures.idOf(x)), pictures.language());
            if (note == null) {
                g.writeNullField("note");
            } else {
                g.writeStringField("note", note);
            }
            g.writeArrayFieldStart("locals");
            List<Local> mine = new ArrayList<>(locals.getOrDefault(v, List.of()));
            mine.sort((a, b) -> Integer.compare(a.index(), b.index()));
            for (Local l : mine) {
                g.writeStartObject();
                g.writeStringField("input", pictures.name(l.child()));
                g.writeStringField("rule", l.rule());
                g.writeNumberField("value", l.value());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * The inputs with the leaves they were run as: the k-th input is the k-th statement whose value is a
     * leaf not seen in an earlier statement ({@code c = b} passes b's leaf on and is not an input).
     */
    private static void inputs(JsonGenerator g, GradRun grad) throws IOException {
        Map<Value, Boolean> seen = new IdentityHashMap<>();
        List<Value> leaves = new ArrayList<>();
        for (Value v : grad.run().results()) {
            if (seen.put(v, Boolean.TRUE) == null && v.isLeaf()) {
                leaves.add(v);
            }
        }
        Iterator<Value> leaf = leaves.size() == grad.program().inputs().size() ? leaves.iterator()
                : Collections.emptyIterator();
        g.writeArrayFieldStart("inputs");
        for (Map.Entry<String, Double> in : grad.program().inputs().entrySet()) {
            Value v = leaf.hasNext() ? leaf.next() : null;
            g.writeStartObject();
            g.writeStringField("name", in.getKey());
            g.writeNumberField("literal", in.getValue());
            g.writeNumberField("value", v == null ? in.getValue() : v.data());
            if (v != null) {
                g.writeNumberField("grad", v.grad());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
