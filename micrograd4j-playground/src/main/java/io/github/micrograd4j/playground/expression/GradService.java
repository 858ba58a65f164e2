package io.github.micrograd4j.playground.expression;

import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.lang.grad.GradRun;
import io.github.micrograd4j.playground.http.ApiException;
import io.github.micrograd4j.playground.http.HttpHost;
import io.github.micrograd4j.playground.http.Limits;
import io.github.micrograd4j.playground.text.PlaygroundText;
import io.github.micrograd4j.viz.BackpropPictures;
import io.github.micrograd4j.viz.layout.LayeredLayout;
import io.github.micrograd4j.viz.render.PngRenderer;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs programs for the API on a bounded pool: {@link Limits#evaluationThreads()} threads, at most
 * {@link Limits#evaluationQueue()} waiting (503 past it), each run given {@link Limits#evaluationTimeout()}
 * (408 past it). A run is {@link GradRuns}'s: parse, forward, backward, the gradient check if asked, and
 * the layout, with anomaly mode around it if asked: the same steps as {@code grad}, through the same classes.
 */
public final class GradService implements AutoCloseable {
    private final Limits limits;
    private final ThreadPoolExecutor pool;
    /** Places: running or waiting evaluations; a request waits for one at most the evaluation timeout. */
    private final Semaphore places;

    /**
     * A service with its own evaluation threads.
     *
     * @param limits the time and size limits of one evaluation
     */
    public GradService(Limits limits) {
        this.limits = limits;
        this.pool = new ThreadPoolExecutor(limits.evaluationThreads(), limits.evaluationThreads(), 5, TimeUnit.SECONDS,
                // the places semaphore bounds the queue; a bounded queue as well would refuse work in the
                // moment between a task's future completing and its thread taking the next one
                new LinkedBlockingQueue<>(), HttpHost.threads("micrograd4j-eval-"),
                new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
        this.places = new Semaphore(limits.evaluationThreads() + limits.evaluationQueue());
    }

    /**
     * Runs a request and writes the API's answer.
     *
     * @param request the request
     * @return the response JSON
     * @throws ApiException for a bad program (400), a graph too large to draw (422), a timeout (408) or a
     *     full queue (503), told in the request's language
     */
    public String grad(GradRequest request) {
        return submit(request.language(), () -> {
            Pictured p = run(request);
            return GradResponse.json(p.run(), p.pictures());
        });
    }

    /**
     * Runs a request and draws its graph as PNG, as {@code grad --png} does.
     *
     * @param request the request
     * @return the PNG bytes
     */
    public byte[] png(GradRequest request) {
        return submit(request.language(), () -> PngRenderer.render(run(request).pictures().graph()));
    }

    private record Pictured(GradRun run, BackpropPictures pictures) {
    }

    private Pictured run(GradRequest request) {
        if (request.program().length() > limits.maxProgramChars()) {
            throw new ApiException(413, new Message(PlaygroundText.PROGRAM_TOO_LONG, request.program().length(),
                    limits.maxProgramChars()));
        }
        GradRun run = GradRuns.run(request);
        return new Pictured(run, GradRuns.pictures(run, request.language(), LayeredLayout::layout));
    }

    private <T> T submit(Language language, Callable<T> work) {
        try {
            return submitIn(work);
        } catch (ApiException e) {
            throw e.in(language);
        }
    }

    private <T> T submitIn(Callable<T> work) {
        long timeout = limits.evaluationTimeout().toMillis();
        try {
            // a burst of requests waits its turn; only a sustained overload is refused
            if (!places.tryAcquire(timeout, TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, new Message(PlaygroundText.STOPPING));
        }
        try {
            Future<T> future;
            try {
                future = pool.submit(work);
            } catch (RejectedExecutionException e) {
                throw busy();
            }
            return await(future, timeout);
        } finally {
            places.release();
        }
    }

    private ApiException busy() {
        return new ApiException(503, new Message(PlaygroundText.BUSY, limits.evaluationThreads(),
                limits.evaluationQueue()));
    }

    private static <T> T await(Future<T> future, long timeout) {
        try {
            return future.get(timeout, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ApiException(408, new Message(PlaygroundText.TIMEOUT, timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, new Message(PlaygroundText.STOPPING));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ApiException api) {
                throw api;
            }
            if (cause instanceof StackOverflowError) {
                throw new ApiException(400, new Message(PlaygroundText.TOO_DEEP));
            }
            if (cause instanceof OutOfMemoryError) {
                throw new ApiException(503, new Message(PlaygroundText.OUT_OF_MEMORY));
            }
            throw new ApiException(500, new Message(PlaygroundText.INTERNAL, cause.getClass().getSimpleName()));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
