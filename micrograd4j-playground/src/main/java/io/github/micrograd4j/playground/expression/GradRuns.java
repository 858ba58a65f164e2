package io.github.micrograd4j.playground.expression;

import io.github.micrograd4j.core.AnomalyMode;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.lang.Program;
import io.github.micrograd4j.lang.ProgramException;
import io.github.micrograd4j.lang.grad.GradRun;
import io.github.micrograd4j.playground.http.ApiException;
import io.github.micrograd4j.playground.text.PlaygroundText;
import io.github.micrograd4j.viz.BackpropPictures;
import io.github.micrograd4j.viz.GraphTooLargeException;
import io.github.micrograd4j.viz.layout.Layouter;

/**
 * What {@code POST /api/grad} computes, with the errors it answers: parse, forward, backward and the
 * gradient check if asked, with anomaly mode around them if asked (the same steps as {@code grad}, through
 * the same classes), then the pictures. The one home of these steps for the served playground
 * ({@link GradService}, on its threads and under its time limit) and the web edition (in the page, with the
 * graph laid out by elkjs).
 */
public final class GradRuns {
    private GradRuns() {
    }

    /**
     * Runs a request's program.
     *
     * @param request the request
     * @return the run, with its check if asked
     * @throws ApiException 400 for a syntax error, an anomaly, a bad input or a check without inputs, with the
     *     line, column and excerpt where there is one, told in the request's language (the position, the caret
     *     and the names the same in every language)
     */
    @SuppressWarnings("try") // the scope is only opened and closed around the run
    public static GradRun run(GradRequest request) {
        Program program;
        try {
            program = Program.parse(request.program());
        } catch (ProgramException e) {
            throw programError("syntax", e, request.language());
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
            // an anomaly names its statement; an error of the whole request (an unknown input, a check
            // without inputs) has no position to show
            throw e.line() > 0 ? programError(request.detectAnomaly() ? "anomaly" : "program", e, request.language())
                    : new ApiException(400, e.message(request.language()));
        }
    }

    /**
     * The run's pictures, the numbers written into the program drawn as constants (apart from the inputs,
     * which have sliders), laid out by {@code layouter} (ELK on the JVM, elkjs in the browser).
     *
     * @param run the run
     * @param language the language of the pictures' words (the numbers are the same in every language)
     * @param layouter places the boxes, ellipses and edges
     * @return the pictures
     * @throws ApiException 422 for a graph too large to draw, told in the language
     */
    public static BackpropPictures pictures(GradRun run, Language language, Layouter layouter) {
        try {
            return BackpropPictures.of(run.run().output(), language, run.run().constants(), layouter);
        } catch (GraphTooLargeException e) {
            throw new ApiException(422, (e.tooManyCrossings()
                    ? new Message(PlaygroundText.LAYOUT_TOO_LARGE, e.values(), e.layerCrossings(),
                        BackpropPictures.MAX_LAYER_CROSSINGS)
                    : new Message(PlaygroundText.GRAPH_TOO_LARGE, e.values(), BackpropPictures.MAX_VALUES))
                    .in(language));
        }
    }

    private static ApiException programError(String kind, ProgramException e, Language language) {
        // the excerpt is the same in every language: the program's line and the caret under the column
        return new ApiException(400, e.message(language),
                new ApiException.ErrorDetail(kind, e.line(), e.column(), e.excerpt()));
    }
}
