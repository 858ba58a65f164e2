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
 */
public record Limits(int maxBodyBytes, int maxProgramChars, Duration evaluationTimeout, int evaluationThreads,
        int evaluationQueue, int maxConcurrentRequests, int maxEventStreams) {

    /** The largest request body, 1 MiB: a program of the largest size fits many times over. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
    /**
     * The longest program, in characters. 100,000 characters is about 5,000 statements, far past the
     * pictures' 2,000 values, so no drawable program is refused for its length.
     */
    public static final int DEFAULT_MAX_PROGRAM_CHARS = 100_000;

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
     * @throws IllegalArgumentException naming the first limit that is not positive
     */
    public Limits {
        positive("maxBodyBytes", maxBodyBytes);
        positive("maxProgramChars", maxProgramChars);
        positive("evaluationThreads", evaluationThreads);
        positive("evaluationQueue", evaluationQueue);
        positive("maxConcurrentRequests", maxConcurrentRequests);
        positive("maxEventStreams", maxEventStreams);
        if (evaluationTimeout == null || evaluationTimeout.isNegative() || evaluationTimeout.isZero()) {
            throw new IllegalArgumentException("evaluationTimeout must be positive, not " + evaluationTimeout);
        }
    }

    /**
     * The defaults: 1 MiB bodies, 100,000-character programs, 10 s per evaluation on 2 threads with 4
     * queued, 16 requests and 8 event streams at once. A layout of the largest drawable graph takes a few
     * seconds on a 2-core machine, so 10 s refuses only runaway work.
     *
     * @return the default limits
     */
    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_PROGRAM_CHARS, Duration.ofSeconds(10), 2, 4, 16, 8);
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }
}
