package io.github.micrograd4j.playground.training;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.playground.http.ApiException;
import io.github.micrograd4j.playground.http.Responses;
import io.github.micrograd4j.playground.text.PlaygroundText;
import java.io.IOException;

/**
 * The training lab's maps in the browser, in a Web Worker of their own: what the server's event stream adds to
 * each of the run's frames on its own thread ({@link LabRun#mapped}), the big map, the neurons' thumbnails and
 * the test scores at the frame's weights. The training worker's frames ({@link BrowserLab}) come without them,
 * so that training does not wait for 10,400 forward passes a frame, as it does not on the server.
 *
 * <p>The page starts it with the same request as the training worker's run, which makes the same run (the same
 * seed, data and network), and then asks it for the maps at each frame's weights.
 */
public final class BrowserMaps {
    private static final JsonFactory JSON = new JsonFactory();
    private static BrowserMaps current;

    private final Run run;
    private final DecisionGrid grid;
    private final int parameters;

    private BrowserMaps(Run run) {
        this.run = run;
        this.grid = new DecisionGrid(run.model(), run.objective().features(), run.data(), run.test());
        this.parameters = run.model().parameters().size();
    }

    /**
     * Makes the run of a {@code POST /api/train/run} request, as the training worker does, for its maps.
     *
     * @param body the request, as the page sends it to the server
     * @return {@code {"ok":true}}, or the error the server would answer
     */
    public static String start(String body) {
        return BrowserLab.answer(body, request -> {
            Run run = TrainingLab.create(request, BrowserLab.MEMORY);
            if (current != null) {
                current.grid.close();
            }
            current = new BrowserMaps(run);
            return "{\"ok\":true}";
        });
    }

    /**
     * The maps and test scores at some weights: {@code {"testLoss", "testAccuracy", "map", "thumbs"}}, the fields
     * of the server's frame that the training worker's frame lacks.
     *
     * @param weights the parameters' values in the model's order, as a JSON array (null for a value that is not
     *     finite, as the frames write it)
     * @return the maps' JSON, or the error the server would answer to a bad request
     */
    public static String maps(String weights) {
        try {
            if (current == null) {
                throw new ApiException(409, new Message(PlaygroundText.NO_RUN));
            }
            return current.at(parse(weights, current.parameters));
        } catch (ApiException e) {
            return Responses.errorJson(e);
        } catch (RuntimeException e) {
            return BrowserLab.internalError(e);
        }
    }

    private String at(double[] weights) {
        LabFrame bare = new LabFrame(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, null,
                null, weights, grid.bounds());
        return LabRun.mapped(run, grid, bare).mapsJson();
    }

    /** A JSON array of exactly {@code count} numbers (or nulls, read as NaN). */
    static double[] parse(String json, int count) {
        double[] values = new double[count];
        int n = 0;
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new ApiException(400, "expected the weights as a JSON array, got " + brief(json));
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null) {
                    throw new ApiException(400, "the weights' array is not closed after " + n + " values");
                }
                if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NULL) {
                    throw new ApiException(400, "weight " + n + " is not a number: " + p.getText());
                }
                if (n < count) {
                    values[n] = t == JsonToken.VALUE_NULL ? Double.NaN : p.getDoubleValue();
                }
                n++;
            }
        } catch (IOException e) {
            throw new ApiException(400, "the weights are not JSON: " + e.getMessage());
        }
        if (n != count) {
            throw new ApiException(400, "expected " + count + " weights, got " + n);
        }
        return values;
    }

    private static String brief(String text) {
        return text.length() <= 20 ? "'" + text + "'" : "'" + text.substring(0, 20) + "...'";
    }
}
