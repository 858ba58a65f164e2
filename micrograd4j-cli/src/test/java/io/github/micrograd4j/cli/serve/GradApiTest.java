package io.github.micrograd4j.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.micrograd4j.cli.commands.GradJson;
import io.github.micrograd4j.cli.commands.GradRun;
import io.github.micrograd4j.cli.lang.Program;
import io.github.micrograd4j.viz.BackpropPictures;
import io.github.micrograd4j.viz.render.SvgRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/grad} answers with {@code grad --json}'s fields, written by the same code, followed by
 * the SVG {@code grad --svg} draws, the steps and the rest.
 */
class GradApiTest {
    private static final String PROGRAM = "a = 2.0\nb = -3.0\nc = 10.0\ne = a * b\nd = e + c\nf = -2.0\nL = d * f";

    @Test
    void answersWithGradJsonsFieldsFirstThenTheSvgAndTheSteps() throws IOException {
        GradService service = new GradService(Limits.defaults());
        try {
            String answer = service.grad(GradRequest.parse(("{\"program\": \"" + PROGRAM.replace("\n", "\\n") + "\"}")
                    .getBytes(StandardCharsets.UTF_8)));
            GradRun run = GradRun.of(Program.parse(PROGRAM), Map.of(), false);
            StringWriter fields = new StringWriter();
            String gradJson;
            try (JsonGenerator g = new JsonFactory().createGenerator(fields)) {
                g.writeStartObject();
                GradJson.writeFields(g, "L", run.run(), null);
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
        } finally {
            service.close();
        }
    }

    @Test
    void runsAtTheInputsTheSlidersSet() {
        GradService service = new GradService(Limits.defaults());
        try {
            String answer = service.grad(GradRequest.parse("{\"program\": \"x = 1; L = x * x\", \"inputs\": {\"x\": 3}}"
                    .getBytes(StandardCharsets.UTF_8)));
            assertThat(answer).contains("\"output\":\"L\",\"data\":9.0")
                    .contains("{\"name\":\"x\",\"literal\":1.0,\"value\":3.0,\"grad\":6.0}");
        } finally {
            service.close();
        }
    }
}
