package io.github.micrograd4j.playground.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.nn.run.RunSettings;
import io.github.micrograd4j.nn.train.GraphEngine;
import io.github.micrograd4j.nn.train.Trainer;
import io.github.micrograd4j.playground.PlaygroundServer;
import io.github.micrograd4j.playground.http.HttpHost;
import io.github.micrograd4j.playground.http.Limits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The training lab's {@code weight} action (TensorFlow Playground's click on an edge): the weight changes in the
 * running model, the next frame's loss is the edited model's as nn computes it, and training goes on from there;
 * a bad layer, neuron, input or value is refused naming it, and leaves the model as it was.
 */
class WeightEditApiTest {
    private static final String TOKEN = "weight-edit-test-token";
    private static final String PAGE = "weightedit01";
    /** A small run, mini-batches of 8 so that the loss is the next step's batch's. */
    private static final Map<String, String> SETTINGS = Map.of("points", "30", "layers", "3", "steps", "50",
            "batch", "8");
    private PlaygroundServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private InputStream stream;
    private BufferedReader events;

    @BeforeEach
    void start() throws Exception {
        server = PlaygroundServer.start(new HttpHost.Config("127.0.0.1", 0, TOKEN, Limits.defaults()));
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/train/events?page="
                + PAGE)).header("X-Micrograd-Token", TOKEN).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        stream = r.body();
        events = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
        for (String line = events.readLine(); !line.startsWith("event: hello"); line = events.readLine()) {
            assertThat(line).as("the stream before its hello").doesNotStartWith("data: {\"run\"");
        } // the page is registered
        StringBuilder settings = new StringBuilder();
        SETTINGS.forEach((k, v) -> settings.append(settings.length() == 0 ? "" : ",").append('"').append(k)
                .append("\":\"").append(v).append('"'));
        assertThat(post("{\"page\":\"" + PAGE + "\",\"settings\":{" + settings + "}}", "/api/train/run").statusCode())
                .isEqualTo(200);
    }

    @AfterEach
    void stop() throws Exception {
        stream.close();
        server.close();
    }

    private String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private HttpResponse<String> post(String json, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("X-Micrograd-Token", TOKEN)
                .header("Origin", base()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> control(String fields) throws Exception {
        return post("{\"page\":\"" + PAGE + "\"," + fields + "}", "/api/train/control");
    }

    /** A frame's step, loss, weights and curve points. */
    record Frame(int step, double loss, double[] weights, List<double[]> curve) {
    }

    /** Reads frames until one matches. */
    private Frame frameWhere(Predicate<Frame> wanted) throws IOException {
        for (String line = events.readLine(); line != null; line = events.readLine()) {
            if (line.startsWith("data: {\"run\"")) {
                Frame f = parse(line.substring(6));
                if (wanted.test(f)) {
                    return f;
                }
            }
        }
        throw new AssertionError("the stream ended");
    }

    private static Frame parse(String json) throws IOException {
        int step = -1;
        double loss = Double.NaN;
        double[] weights = null;
        List<double[]> curve = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "step" -> step = p.getIntValue();
                    case "loss" -> loss = t == JsonToken.VALUE_NULL ? Double.NaN : p.getDoubleValue();
                    case "weights" -> weights = numbers(p);
                    case "curve" -> {
                        while (p.nextToken() == JsonToken.START_ARRAY) {
                            curve.add(numbers(p));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        }
        return new Frame(step, loss, weights, curve);
    }

    /** The numbers of the array the parser is at (null as NaN), up to its end. */
    private static double[] numbers(JsonParser p) throws IOException {
        List<Double> out = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            out.add(t == JsonToken.VALUE_NULL ? Double.NaN : p.getDoubleValue());
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void theWeightChangesAndTheNextFramesLossIsTheEditedModels() throws Exception {
        for (int k = 0; k < 2; k++) {
            assertThat(control("\"action\":\"step\"").statusCode()).isEqualTo(200);
        }
        Frame before = frameWhere(f -> f.step() == 2);
        // the same run in nn: two steps, then the weight of layer 1's neuron 0 from layer 0's neuron 2 (hidden 3, out 1)
        Run reference = Run.create(RunSettings.fromMap(SETTINGS), null);
        try (GraphEngine engine = new GraphEngine(reference.objective())) {
            for (int k = 0; k < 2; k++) {
                Trainer.step(engine, reference.optimizer(), reference.batches(), k);
            }
            assertThat(before.weights()).containsExactly(reference.model().parameterData(), within(1e-12));
            double unedited = engine.evaluate(reference.batches().batch(2)).loss();
            reference.model().layers().get(1).neurons().get(0).weights().get(2).setData(-1.25);
            double expected = engine.evaluate(reference.batches().batch(2)).loss();
            assertThat(expected).isNotCloseTo(unedited, within(1e-6)); // the edit makes a difference

            HttpResponse<String> answer = control("\"action\":\"weight\",\"layer\":1,\"neuron\":0,\"input\":2,"
                    + "\"value\":-1.25");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).contains("\"layer\":1,\"neuron\":0,\"input\":2,").contains("\"weight\":-1.25");
            // parameters: layer 0 is 3 neurons of 2 weights and a bias (9), then layer 1's neuron 0's weights
            int index = 9 + 2;
            Frame edited = frameWhere(f -> f.weights()[index] == -1.25);
            assertThat(edited.step()).isEqualTo(2);
            assertThat(edited.weights()).containsExactly(reference.model().parameterData(), within(1e-12));
            assertThat(edited.loss()).isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));

            // training goes on from the edited model: the next step records that loss at its start
            assertThat(control("\"action\":\"step\"").statusCode()).isEqualTo(200);
            Frame next = frameWhere(f -> f.step() == 3);
            assertThat(next.curve()).anySatisfy(p -> {
                assertThat(p[0]).isEqualTo(3.0);
                assertThat(p[1]).isEqualTo(edited.loss());
            });
        }
    }

    @Test
    void aWeightEditWhilePlayingIsKept() throws Exception {
        assertThat(control("\"action\":\"play\"").statusCode()).isEqualTo(200);
        frameWhere(f -> f.step() > 0);
        HttpResponse<String> answer = control("\"action\":\"weight\",\"layer\":0,\"neuron\":1,\"input\":0,\"value\":3.5");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"weight\":3.5");
        // layer 0's neuron 1's first weight is parameter 3: the frames after the edit start from 3.5 (a step moves it
        // by at most lr * |grad|, far less than 3.5's distance from the initial weights in [-1, 1])
        Frame after = frameWhere(f -> Math.abs(f.weights()[3] - 3.5) < 0.5);
        assertThat(after.weights()[3]).isBetween(3.0, 4.0);
    }

    @Test
    void aBadLayerNeuronInputOrValueIsRefusedNamingItAndTheModelStays() throws Exception {
        String model = control("\"action\":\"model\"").body();
        Map<String, String> refusals = new java.util.LinkedHashMap<>();
        refusals.put("\"layer\":2,\"neuron\":0,\"input\":0,\"value\":1", "layer must be 0 to 1 (the net has 2 layers of "
                + "weights), got 2");
        refusals.put("\"layer\":-1,\"neuron\":0,\"input\":0,\"value\":1", "layer must be 0 to 1");
        refusals.put("\"layer\":0,\"neuron\":3,\"input\":0,\"value\":1", "neuron must be 0 to 2 in layer 0, got 3");
        refusals.put("\"layer\":1,\"neuron\":1,\"input\":0,\"value\":1", "neuron must be 0 to 0 in layer 1, got 1");
        refusals.put("\"layer\":0,\"neuron\":0,\"input\":2,\"value\":1", "input must be 0 to 1 for layer 0's neurons, "
                + "got 2");
        refusals.put("\"layer\":1,\"neuron\":0,\"input\":3,\"value\":1", "input must be 0 to 2 for layer 1's neurons, "
                + "got 3");
        refusals.put("\"layer\":0,\"neuron\":0,\"input\":0,\"value\":1e999", "value must be a finite number, got 1e999");
        refusals.put("\"layer\":0,\"neuron\":0,\"input\":0,\"value\":\"2\"", "value must be a finite number, got '2'");
        refusals.put("\"layer\":0,\"neuron\":0,\"input\":0,\"value\":null", "value must be a finite number, got null");
        refusals.put("\"layer\":0.5,\"neuron\":0,\"input\":0,\"value\":1", "layer must be a whole number, got 0.5");
        refusals.put("\"layer\":0,\"neuron\":0,\"input\":1.5,\"value\":1", "input must be a whole number, got 1.5");
        refusals.put("\"layer\":0,\"neuron\":0,\"input\":0", "value is missing");
        refusals.put("\"neuron\":0,\"input\":0,\"value\":1", "layer is missing");
        refusals.put("\"layer\":0,\"neuron\":0,\"value\":1", "input is missing");
        for (Map.Entry<String, String> e : refusals.entrySet()) {
            HttpResponse<String> r = control("\"action\":\"weight\"," + e.getKey());
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(400);
            assertThat(r.body()).as(e.getKey()).contains(e.getValue()).startsWith("{\"status\":400,");
        }
        assertThat(control("\"action\":\"model\"").body()).isEqualTo(model);
        assertThat(control("\"action\":\"weigh\"").body()).contains("action must be play, pause, step, lr, neuron, "
                + "program, weight, check or model, got 'weigh'");
    }

    @Test
    void aRefusalIsToldInTheRequestsLanguageTheNamesAndNumbersKept() throws Exception {
        HttpResponse<String> layer = control("\"lang\":\"zh\",\"action\":\"weight\",\"layer\":2,\"neuron\":0,"
                + "\"input\":0,\"value\":1");
        assertThat(layer.statusCode()).isEqualTo(400);
        assertThat(layer.body()).contains("layer 必须在 0 到 1 之间（这个网络有 2 层权重），而不是 2");
        // the language comes after the bad value: the refusal waits for it
        HttpResponse<String> value = control("\"action\":\"weight\",\"layer\":0,\"neuron\":0,\"input\":0,"
                + "\"value\":\"abc\",\"lang\":\"zh\"");
        assertThat(value.statusCode()).isEqualTo(400);
        assertThat(value.body()).contains("value（权重的新值）必须是有限的数，而不是 'abc'");
        assertThat(control("\"action\":\"weight\",\"layer\":0,\"neuron\":0,\"input\":0,\"lang\":\"zh\"").body())
                .contains("设置权重需要 layer、neuron、input 和 value；缺少 value");
    }
}
