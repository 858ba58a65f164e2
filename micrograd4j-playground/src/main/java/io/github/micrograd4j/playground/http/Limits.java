package io.github.micrograd4j.playground.http;

import java.time.Duration;

/**
 * What one playground server accepts at most. Each limit, when passed, is answered with a JSON error and a
 * 4xx or 503 status; none is a crash or a slow machine.
 *
 * @param maxBodyBytes the largest request body read (413 past it)
 * @param maxProgramChars the longest program run (413 past it)
 * @param evaluationTimeout how long one evaluation may take (408 past it)
 * @param evaluationThreads threads that evaluate programs
 * @param evaluationQueue evaluations that may wait for a thread; more wait for a place, up to the evaluation
 *     timeout, then get 503
 * @param maxConcurrentRequests requests handled at once, event streams aside; more wait, up to the evaluation
 *     timeout, then get 503
 * @param maxEventStreams event streams open at once (503 past it)
 * @param headerTimeout how long a new connection may take to send its first request's headers, and how long
 *     a connection may stay silent while the server waits for it to send (closed past it); none of this time
 *     holds a request thread
 * @param maxConnectionsPerClient connections one address may hold open; a request on one more is answered 503
 */
public record Limits(int maxBodyBytes, int maxProgramChars, Duration evaluationTimeout, int evaluationThreads,
        int evaluationQueue, int maxConcurrentRequests, int maxEventStreams, Duration headerTimeout,
        int maxConnectionsPerClient) {

    /** The largest request body, 1 MiB: a program of the largest size fits many times over. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
    /**
     * The longest program, in characters. 100,000 characters is about 5,000 statements, far past the
     * pictures' 2,000 values, so no drawable program is refused for its length.
     */
    public static final int DEFAULT_MAX_PROGRAM_CHARS = 100_000;
    /** The header time-out: 10 s, far more than a page on loopback takes, and it frees a silent connection. */
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
    /**
     * Connections per address: 64, ten times the six a browser opens to one host, so that a page with
     * several tabs never meets it.
     */
    public static final int DEFAULT_MAX_CONNECTIONS_PER_CLIENT = 64;

    /**
     * Checks the limits.
     *
     * @param maxBodyBytes the largest request body
     * @param maxProgramChars the longest program
     * @param evaluationTimeout the time one evaluation may take
     * @param evaluationThreads threads that evaluate
     * @param evaluationQueue evaluations that may wait
     * @param maxConcurrentRequests requests at once
     * @param maxEventStreams event streams at once
     * @param headerTimeout the time for a request's headers
     * @param maxConnectionsPerClient connections per address
     * @throws IllegalArgumentException naming the first limit that is not positive
     */
    public Limits {
        positive("maxBodyBytes", maxBodyBytes);
        positive("maxProgramChars", maxProgramChars);
        positive("evaluationThreads", evaluationThreads);
        positive("evaluationQueue", evaluationQueue);
        positive("maxConcurrentRequests", maxConcurrentRequests);
        positive("maxEventStreams", maxEventStreams);
        positive("maxConnectionsPerClient", maxConnectionsPerClient);
        positive("evaluationTimeout", evaluationTimeout);
        positive("headerTimeout", headerTimeout);
    }

    /**
     * Limits with the default header time-out and connections per client.
     *
     * @param maxBodyBytes the largest request body
     * @param maxProgramChars the longest program
     * @param evaluationTimeout the time one evaluation may take
     * @param evaluationThreads threads that evaluate
     * @param evaluationQueue evaluations that may wait
     * @param maxConcurrentRequests requests at once
     * @param maxEventStreams event streams at once
     */
    public Limits(int maxBodyBytes, int maxProgramChars, Duration evaluationTimeout, int evaluationThreads,
            int evaluationQueue, int maxConcurrentRequests, int maxEventStreams) {
        this(maxBodyBytes, maxProgramChars, evaluationTimeout, evaluationThreads, evaluationQueue,
                maxConcurrentRequests, maxEventStreams, DEFAULT_HEADER_TIMEOUT, DEFAULT_MAX_CONNECTIONS_PER_CLIENT);
    }

    /**
     * The defaults: 1 MiB bodies, 100,000-character programs, 10 s per evaluation on 2 threads with 4
     * queued, 16 requests and 8 event streams at once, 10 s for headers, 64 connections per address. A layout of the largest drawable graph takes a few
     * seconds on a 2-core machine, so 10 s refuses only runaway work.
     *
     * @return the default limits
     */
    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_PROGRAM_CHARS, Duration.ofSeconds(10), 2, 4, 16, 8);
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }
}
