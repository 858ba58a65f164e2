package io.github.micrograd4j.web.host.tape;

import java.util.function.IntConsumer;

/**
 * Core's {@code io.github.micrograd4j.core.tape.TileWorkers} as the browser has it: every tile on the
 * caller's thread, in order. Core asks for no worker threads there ({@code Host.threads} answers 1), so
 * this is never built; it stands in so that the thread code (atomics, parking, spinning) is not
 * compiled for the browser at all.
 */
final class TileWorkers implements AutoCloseable {
    private final int tiles;

    TileWorkers(int extraThreads, int tiles, String name) {
        this.tiles = tiles;
    }

    void run(IntConsumer job) {
        for (int tile = 0; tile < tiles; tile++) {
            job.accept(tile);
        }
    }

    @Override
    public void close() {
        // no threads to stop
    }
}
