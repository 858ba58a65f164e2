package io.github.micrograd4j.playground.expression;

import io.github.micrograd4j.playground.http.Assets;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.micrograd4j.lang.grad.GradJson;
import io.github.micrograd4j.lang.grad.GradRun;
import io.github.micrograd4j.lang.Program;
import io.github.micrograd4j.viz.BackpropPictures;
import io.github.micrograd4j.viz.render.SvgRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /api/grad} answers with {@code grad --json}'s fields, written by the same code, followed by
 * the SVG {@code grad --svg} draws, the steps and the rest.
 */
class GradApiTest {
    @RegisterExtension
    static final ServedGrad GRAD = new ServedGrad();
    private static final String PROGRAM = "a = 2.0\nb = -3.0\nc = 10.0\ne = a * b\nd = e + c\nf = -2.0\nL = d * f";

    @Test
    void answersWithGradJsonsFieldsFirstThenTheSvgAndTheSteps() throws IOException {
        String answer = GRAD.grad("{\"program\": \"" + PROGRAM.replace("\n", "\\n") + "\"}");
        GradRun run = GradRun.of(Program.parse(PROGRAM), Map.of(), false);
        StringWriter fields = new StringWriter();
        String gradJson;
        try (JsonGenerator g = new JsonFactory().createGenerator(fields)) {
            g.writeStartObject();
            GradJson.writeFields(g, run.program(), run.run(), null);
            g.flush();
            gradJson = fields.toString(); // the object still open: the API's answer goes on from here
        }
        assertThat(gradJson).contains("\"values\":[{\"id\":0,\"label\":\"a\"");
        assertThat(answer.startsWith(gradJson + ",\"svg\":\"" + SvgRenderer.element(
                BackpropPictures.of(run.run().output()).graph()).replace("\"", "\\\"").replace("\n", "\\n")))
                .as("the answer starts with grad --json's fields, then grad --svg's picture").isTrue();
        assertThat(answer).contains(">grad 6.0000</text>") // the picture after backward, grads as text
                .contains("\"text\":\"dL/dc = dL/dd * dd/dc = -2.0000 * 1.0000 = -2.0000\"")
                .contains("\"rule\":\"e = a * b, so de/da = b\"")
                .contains("{\"name\":\"f\",\"literal\":-2.0,\"value\":-2.0,\"grad\":4.0}");
    }

    /** A number in a formula is drawn and listed as a constant, not an input; a division's two nodes say why they are there. */
    @Test
    void constantsAreNotInputsAndADivisionIsExplainedOnItsNodes() throws IOException {
        String answer = GRAD.grad("{\"program\": \"x1 = 0.5\\nL = cos(x1) / 2\"}");
        assertThat(answer).contains("class=\\\"value constant\\\"").contains("class=\\\"value leaf\\\"")
                .contains("\"inputs\":[{\"name\":\"x1\",");
        assertThat(answer.split("\"constant\":true", -1)).as("one constant node").hasSize(2);
        assertThat(answer).contains("\"note\":\"v3 = v2 ** -1 = 1 / v2, the reciprocal of v2: micrograd computes a"
                + " division a / b as a * b ** -1")
                .contains("\"note\":\"L = v1 * v3 is the division v1 / v2: micrograd computes a / b as a * b ** -1");
        assertThat(answer.split("\"note\":\"", -1)).as("two notes, on the division's nodes").hasSize(3);
    }

    @Test
    void everyExampleOfTheMenuRunsAndMicrogradsReadmeExampleGivesItsNumbers() throws IOException {
        try (JsonParser p = new JsonFactory().createParser(Assets.read("examples.json"))) {
            Map<String, String> answers = new java.util.LinkedHashMap<>();
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("name")) {
                    String name = p.nextTextValue();
                    while (!(p.nextToken() == JsonToken.FIELD_NAME && p.currentName().equals("program"))) {
                        assertThat(p.currentToken()).isNotNull();
                    }
                    String program = p.nextTextValue();
                    StringWriter body = new StringWriter();
                    try (JsonGenerator g = new JsonFactory().createGenerator(body)) {
                        g.writeStartObject();
                        g.writeStringField("program", program);
                        g.writeEndObject();
                    }
                    answers.put(name, GRAD.grad(body.toString()));
                }
            }
            assertThat(answers).containsOnlyKeys("walkthrough", "neuron-tanh", "neuron-exp", "micrograd-readme");
            assertThat(answers.get("walkthrough")).contains("\"output\":\"L\",\"data\":-8.0");
            // the lecture's neuron: o = tanh(n) = 0.7071, do/dx1 = -1.5, do/dw1 = 1.0, in both forms
            for (String neuron : new String[] {"neuron-tanh", "neuron-exp"}) {
                assertThat(answers.get(neuron)).contains("\"output\":\"o\",\"data\":0.707106")
                        .containsPattern("\\{\"name\":\"x1\",\"literal\":2.0,\"value\":2.0,\"grad\":(-1.5}|-1.49999)")
                        .containsPattern("\\{\"name\":\"w1\",\"literal\":-3.0,\"value\":-3.0,\"grad\":(1.0|0.99999)");
            }
            // micrograd's README: g 24.7041, a.grad 138.8338, b.grad 645.5773 (unrounded here: 645.57725...)
            // g is assigned on lines 12 and 13: the output is named as grad's table names it
            assertThat(answers.get("micrograd-readme")).contains("\"output\":\"g@13:1\",\"data\":24.70408")
                    .containsPattern("\\{\"name\":\"a\",\"literal\":-4.0,\"value\":-4.0,\"grad\":138.8338")
                    .containsPattern("\\{\"name\":\"b\",\"literal\":2.0,\"value\":2.0,\"grad\":645.57725");
        }
    }

    @Test
    void runsAtTheInputsTheSlidersSet() {
        String answer = GRAD.grad("{\"program\": \"x = 1; L = x * x\", \"inputs\": {\"x\": 3}}");
        assertThat(answer).contains("\"output\":\"L\",\"data\":9.0")
                .contains("{\"name\":\"x\",\"literal\":1.0,\"value\":3.0,\"grad\":6.0}");
    }
}
