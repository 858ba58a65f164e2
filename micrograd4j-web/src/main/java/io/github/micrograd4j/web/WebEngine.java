package io.github.micrograd4j.web;

import io.github.micrograd4j.nn.json.SettingsJson;
import io.github.micrograd4j.playground.expression.ExpressionLab;
import io.github.micrograd4j.playground.training.BrowserLab;
import io.github.micrograd4j.playground.training.BrowserMaps;
import org.teavm.jso.JSExport;

/**
 * The functions the compiled engine exports to JavaScript: the expression lab's and the training
 * lab's, each a JSON text in and a JSON text out, in the shapes of the playground's HTTP API.
 */
public final class WebEngine {
    private WebEngine() {
    }

    /**
     * TeaVM's entry point; the page calls the exported functions instead.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        // nothing to start: the exports are the API
    }

    /**
     * A program's {@code grad --json}: the same document, written by the same code.
     *
     * @param request {@code {"program": "...", "inputs": {...}, "check": bool, "detectAnomaly": bool}}
     * @return the document, or {@code {"status": 400, "error": "...", ...}} as the server answers
     */
    @JSExport
    public static String grad(String request) {
        return ExpressionRuns.gradJson(request);
    }

    /**
     * The first half of the expression lab's {@code /api/grad}: the program's graph in ELK's JSON format,
     * with the options {@code grad --svg} lays it out with, for elkjs to lay out.
     *
     * @param request as for {@link #grad(String)}
     * @return the ELK graph, or the error the server would answer
     */
    @JSExport
    public static String graph(String request) {
        return ExpressionRuns.elkGraph(request);
    }

    /**
     * The second half: the whole answer of the served {@code POST /api/grad}, drawn with elkjs's layout.
     *
     * @param request as for {@link #grad(String)}
     * @param layout the graph {@link #graph(String)} gave, as elkjs laid it out
     * @return the answer, or the error the server would answer
     */
    @JSExport
    public static String answer(String request, String layout) {
        return ExpressionRuns.answer(request, layout);
    }

    /**
     * The served {@code GET /api/functions}: the expression language's functions, from the engine's ops.
     *
     * @return {@code {"functions": [{"name", "arity"}, ...]}}, written by the playground's own code
     */
    @JSExport
    public static String functions() {
        return ExpressionLab.functionsJson();
    }

    /**
     * The served {@code GET /api/train/settings}: the training settings' one table.
     *
     * @return {@code {"settings": [...]}}, written by nn's {@link SettingsJson}
     */
    @JSExport
    public static String settings() {
        return SettingsJson.write();
    }

    /**
     * The training lab's {@code POST /api/train/run}, in the worker: starts its run.
     *
     * @param request the page's request
     * @return the run's info, or the error the server would answer
     */
    @JSExport
    public static String trainStart(String request) {
        return BrowserLab.start(request);
    }

    /**
     * The training lab's {@code POST /api/train/control}, in the worker.
     *
     * @param request the page's request
     * @return the answer, or the error the server would answer
     */
    @JSExport
    public static String trainControl(String request) {
        return BrowserLab.control(request);
    }

    /**
     * Trains for a slice of time and answers the frame the server's event stream would send.
     *
     * @param budgetMillis how long to train, in milliseconds
     * @return the frame's JSON, or {@code null} with nothing to send
     */
    @JSExport
    public static String trainTick(double budgetMillis) {
        return BrowserLab.tick(budgetMillis);
    }

    /**
     * Whether the worker should tick again.
     *
     * @return whether the run plays, has steps to take or owes a frame
     */
    @JSExport
    public static boolean trainBusy() {
        return BrowserLab.busy();
    }

    /**
     * Makes the run of a training request in the maps' worker, for its maps.
     *
     * @param request the page's {@code POST /api/train/run} request, as the training worker had it
     * @return {@code {"ok":true}}, or the error the server would answer
     */
    @JSExport
    public static String mapsStart(String request) {
        return BrowserMaps.start(request);
    }

    /**
     * The maps and test scores of the maps' worker's run at a frame's weights.
     *
     * @param weights the frame's weights, as a JSON array
     * @return {@code {"testLoss", "testAccuracy", "map", "thumbs"}}, or an error
     */
    @JSExport
    public static String maps(String weights) {
        return BrowserMaps.maps(weights);
    }
}
