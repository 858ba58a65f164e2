package io.github.micrograd4j.web;

import io.github.micrograd4j.core.AnomalyMode;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.lang.Program;
import io.github.micrograd4j.lang.ProgramException;
import io.github.micrograd4j.lang.grad.GradJson;
import io.github.micrograd4j.lang.grad.GradRun;
import io.github.micrograd4j.playground.expression.GradRequest;
import io.github.micrograd4j.playground.expression.GradResponse;
import io.github.micrograd4j.playground.http.ApiException;
import io.github.micrograd4j.playground.http.Responses;
import io.github.micrograd4j.viz.BackpropPictures;
import io.github.micrograd4j.viz.GraphTooLargeException;
import io.github.micrograd4j.viz.layout.Layouter;
import java.nio.charset.StandardCharsets;

/**
 * The expression lab's work in the browser: what the playground's {@code GradService} does for
 * {@code POST /api/grad}, minus its thread pool and time limit (the page's own tab pays for a slow
 * program), and with the graph laid out by elkjs in two halves, because elkjs answers asynchronously.
 */
final class ExpressionRuns {
    private ExpressionRuns() {
    }

    static String gradJson(String body) {
        try {
            GradRun run = run(GradRequest.parse(body.getBytes(StandardCharsets.UTF_8)));
            return GradJson.document(run.program(), run.run(), run.report());
        } catch (ApiException e) {
            return Responses.errorJson(e);
        } catch (RuntimeException | StackOverflowError e) {
            return Responses.errorJson(unexpected(e));
        }
    }

    static String elkGraph(String body) {
        try {
            GradRun run = run(GradRequest.parse(body.getBytes(StandardCharsets.UTF_8)));
            ElkGraphs.Recorder recorder = new ElkGraphs.Recorder();
            pictures(run, recorder);
            return recorder.json();
        } catch (ApiException e) {
            return Responses.errorJson(e);
        } catch (RuntimeException | StackOverflowError e) {
            return Responses.errorJson(unexpected(e));
        }
    }

    static String answer(String body, String layout) {
        try {
            GradRun run = run(GradRequest.parse(body.getBytes(StandardCharsets.UTF_8)));
            return GradResponse.json(run, pictures(run, ElkGraphs.placed(layout)));
        } catch (ApiException e) {
            return Responses.errorJson(e);
        } catch (RuntimeException | StackOverflowError e) {
            return Responses.errorJson(unexpected(e));
        }
    }

    /** What the served playground answers for a failure that is not the request's fault. */
    static ApiException unexpected(Throwable e) {
        return e instanceof StackOverflowError ? new ApiException(400, "the program nests too deeply to run")
                : new ApiException(500, "internal error: " + e.getClass().getSimpleName() + " " + e.getMessage()
                        + " (a bug in micrograd4j's web edition; please report it with the program you ran)");
    }

    private static BackpropPictures pictures(GradRun run, Layouter layouter) {
        try {
            return BackpropPictures.of(run.run().output(), Language.EN, layouter);
        } catch (GraphTooLargeException e) {
            throw new ApiException(422, e.tooManyCrossings()
                    ? "the graph's layout is too large: its " + e.values() + " values need " + e.layerCrossings()
                        + " layer crossings, more than the " + BackpropPictures.MAX_LAYER_CROSSINGS + " drawn"
                    : "the graph has " + e.values() + " values, more than the " + BackpropPictures.MAX_VALUES
                        + " drawn");
        }
    }

    @SuppressWarnings("try") // the scope is only opened and closed around the run
    private static GradRun run(GradRequest request) {
        Program program;
        try {
            program = Program.parse(request.program());
        } catch (ProgramException e) {
            throw programError("syntax", e);
        }
        if (!request.detectAnomaly()) {
            return evaluate(program, request);
        }
        try (AnomalyMode anomaly = AnomalyMode.enable()) {
            return evaluate(program, request);
        }
    }

    private static GradRun evaluate(Program program, GradRequest request) {
        try {
            return GradRun.of(program, request.inputs(), request.check());
        } catch (ProgramException e) {
            throw e.line() > 0 ? programError(request.detectAnomaly() ? "anomaly" : "program", e)
                    : new ApiException(400, e.getMessage());
        }
    }

    private static ApiException programError(String kind, ProgramException e) {
        String excerpt = e.describe().equals(e.getMessage()) ? null
                : e.describe().substring(e.getMessage().length()).replaceFirst("^(?:\r\n|\n|\r)", "");
        return new ApiException(400, e.getMessage(), new ApiException.ErrorDetail(kind, e.line(), e.column(), excerpt));
    }
}
