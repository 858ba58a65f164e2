package io.github.micrograd4j.lang.grad;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.micrograd4j.lang.Evaluation;
import io.github.micrograd4j.lang.Program;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.check.GradientCheckReport;
import io.github.micrograd4j.core.check.InputCheck;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code grad --json}: the output's name, data and grad, every value of the graph with ids in
 * topological order, and the gradient check when one was run. One writer, so that {@code grad --json} and
 * the playground's {@code POST /api/grad} cannot drift apart.
 */
public final class GradJson {
    private GradJson() {
    }

    /**
     * The whole document, pretty printed, as {@code grad --json} prints it.
     *
     * @param program the program, for the names and for telling a failed check at a kink
     * @param run the run, after backward
     * @param report the gradient check, or {@code null} when none was run
     * @return the JSON text
     */
    public static String document(Program program, Evaluation run, GradientCheckReport report) {
        return document(program, run, report, null, null);
    }

    /**
     * The document of {@code grad --json --hessian}: {@link #document(Program, Evaluation, GradientCheckReport)}
     * with {@code "hessian": {"inputs": [...], "matrix": [[...], ...]}} added (NaN and infinities as
     * the strings the other numbers use).
     *
     * @param program the program
     * @param run the run, after backward
     * @param report the gradient check, or {@code null}
     * @param hessianInputs the Hessian's row and column names, or {@code null} for no Hessian
     * @param hessian the Hessian, rows and columns in the order of {@code hessianInputs}
     * @return the JSON text
     */
    public static String document(Program program, Evaluation run, GradientCheckReport report,
            List<String> hessianInputs, double[][] hessian) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            writeFields(g, program, run, report);
            if (hessianInputs != null) {
                g.writeObjectFieldStart("hessian");
                g.writeArrayFieldStart("inputs");
                for (String name : hessianInputs) {
                    g.writeString(name);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("matrix");
                for (double[] row : hessian) {
                    g.writeStartArray();
                    for (double d : row) {
                        g.writeNumber(d);
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Writes the document's fields into an object the caller has started, so a caller can add its own
     * fields after them.
     *
     * @param g the generator, inside an object
     * @param program the program, for the names and for telling a failed check at a kink
     * @param run the run, after backward
     * @param report the gradient check, or {@code null} when none was run
     * @throws IOException if the generator cannot write
     */
    public static void writeFields(JsonGenerator g, Program program, Evaluation run, GradientCheckReport report)
            throws IOException {
        // named as the table names it: L@2:1 if the name is assigned more than once
        g.writeStringField("output", run.names().get(run.names().size() - 1));
        g.writeNumberField("data", run.output().data());
        g.writeNumberField("grad", run.output().grad());
        g.writeArrayFieldStart("values");
        List<Value> order = run.output().topologicalOrder();
        Map<Value, Integer> ids = new IdentityHashMap<>();
        for (Value v : order) {
            ids.put(v, ids.size());
            g.writeStartObject();
            g.writeNumberField("id", ids.get(v));
            g.writeStringField("label", v.label());
            g.writeStringField("op", v.opLabel());
            g.writeNumberField("data", v.data());
            g.writeNumberField("grad", v.grad());
            g.writeArrayFieldStart("children");
            for (Value child : v.children()) {
                g.writeNumber(ids.get(child));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        if (report != null) {
            g.writeObjectFieldStart("check");
            g.writeBooleanField("passed", report.passed());
            g.writeArrayFieldStart("inputs");
            for (InputCheck line : report.inputs()) {
                g.writeStartObject();
                g.writeStringField("name", line.name());
                g.writeNumberField("value", line.value());
                g.writeNumberField("analytic", line.analytic());
                g.writeNumberField("numeric", line.numeric());
                g.writeNumberField("error", line.error());
                g.writeBooleanField("passed", line.passed());
                if (!line.passed() && KinkExplanation.explain(program, line) != null) {
                    g.writeBooleanField("differentiable", false);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
