package io.github.micrograd4j.web;

import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.lang.grad.GradJson;
import io.github.micrograd4j.lang.grad.GradRun;
import io.github.micrograd4j.playground.expression.GradRequest;
import io.github.micrograd4j.playground.expression.GradResponse;
import io.github.micrograd4j.playground.expression.GradRuns;
import io.github.micrograd4j.playground.http.ApiException;
import io.github.micrograd4j.playground.http.Responses;
import io.github.micrograd4j.playground.text.PlaygroundText;
import java.nio.charset.StandardCharsets;

/**
 * The expression lab's work in the browser: the playground's {@link GradRuns}, minus the served
 * {@code GradService}'s thread pool and time limit (the page's own tab pays for a slow program), and with
 * the graph laid out by elkjs in two halves, because elkjs answers asynchronously.
 */
final class ExpressionRuns {
    private ExpressionRuns() {
    }

    static String gradJson(String body) {
        Language language = Language.EN;
        try {
            GradRequest request = GradRequest.parse(body.getBytes(StandardCharsets.UTF_8));
            language = request.language();
            GradRun run = GradRuns.run(request);
            return GradJson.document(run.program(), run.run(), run.report());
        } catch (ApiException e) {
            return Responses.errorJson(e);
        } catch (RuntimeException | StackOverflowError e) {
            return Responses.errorJson(unexpected(e).in(language));
        }
    }

    static String elkGraph(String body) {
        Language language = Language.EN;
        try {
            GradRequest request = GradRequest.parse(body.getBytes(StandardCharsets.UTF_8));
            language = request.language();
            GradRun run = GradRuns.run(request);
            ElkGraphs.Recorder recorder = new ElkGraphs.Recorder();
            GradRuns.pictures(run, request.language(), recorder);
            return recorder.json();
        } catch (ApiException e) {
            return Responses.errorJson(e);
        } catch (RuntimeException | StackOverflowError e) {
            return Responses.errorJson(unexpected(e).in(language));
        }
    }

    static String answer(String body, String layout) {
        Language language = Language.EN;
        try {
            GradRequest request = GradRequest.parse(body.getBytes(StandardCharsets.UTF_8));
            language = request.language();
            GradRun run = GradRuns.run(request);
            return GradResponse.json(run, GradRuns.pictures(run, request.language(), ElkGraphs.placed(layout)));
        } catch (ApiException e) {
            return Responses.errorJson(e);
        } catch (RuntimeException | StackOverflowError e) {
            return Responses.errorJson(unexpected(e).in(language));
        }
    }

    /** What the served playground answers for a failure that is not the request's fault. */
    static ApiException unexpected(Throwable e) {
        return e instanceof StackOverflowError ? new ApiException(400, new Message(PlaygroundText.TOO_DEEP))
                : new ApiException(500, "internal error: " + e.getClass().getSimpleName() + " " + e.getMessage()
                        + " (a bug in micrograd4j's web edition; please report it with the program you ran)");
    }
}
