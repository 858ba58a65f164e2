package io.github.micrograd4j.core.tape;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A few daemon threads that, together with the calling thread, run one job over tiles
 * {@code 0 .. n-1}: thread {@code w} of {@code W} takes tiles {@code w, w + W, w + 2W, ...}. Which
 * thread ran a tile never changes a result, because every tile writes only its own arrays.
 *
 * <p>Hand-rolled instead of an {@link java.util.concurrent.ExecutorService} so that a run allocates
 * nothing (no futures) and wakes each worker once: a replay step of the demo takes tens of
 * microseconds, so the hand-off has to be cheap to pay at all. Waiting threads spin briefly, then
 * park.
 */
final class TileWorkers implements AutoCloseable {
    private static final int SPINS = 10_000;

    private final Thread[] threads;
    private final AtomicInteger pending = new AtomicInteger();
    private volatile int generation;
    private volatile boolean closed;
    private volatile Thread waiter;
    private volatile Throwable failure;
    // written before the volatile generation bump, read after reading it
    private IntConsumer job;
    private int tileCount;

    TileWorkers(int extraThreads, String name) {
        threads = new Thread[extraThreads];
        for (int i = 0; i < extraThreads; i++) {
            int worker = i + 1;
            Thread t = new Thread(() -> work(worker), name + "-" + worker);
            t.setDaemon(true);
            threads[i] = t;
            t.start();
        }
    }

    /** The number of threads a run uses, the caller included. */
    int parallelism() {
        return threads.length + 1;
    }

    /** Runs {@code job} for every tile in {@code 0 .. tiles-1} and returns when all are done. */
    void run(IntConsumer job, int tiles) {
        if (closed) {
            throw new IllegalStateException("the tape's worker threads were closed");
        }
        this.job = job;
        this.tileCount = tiles;
        this.failure = null;
        this.waiter = Thread.currentThread();
        pending.set(threads.length);
        generation = generation + 1;
        for (Thread t : threads) {
            LockSupport.unpark(t);
        }
        Throwable own = null;
        try {
            share(0);
        } catch (RuntimeException | Error e) {
            own = e;
        }
        int spins = 0;
        while (pending.get() != 0) {
            if (spins < SPINS) {
                spins++;
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
            }
        }
        Throwable theirs = failure;
        if (own == null && theirs != null) {
            own = theirs;
        }
        if (own instanceof RuntimeException re) {
            throw re;
        }
        if (own instanceof Error err) {
            throw err;
        }
    }

    private void share(int worker) {
        int step = threads.length + 1;
        for (int tile = worker; tile < tileCount; tile += step) {
            job.accept(tile);
        }
    }

    private void work(int worker) {
        int seen = 0;
        while (true) {
            int spins = 0;
            int gen;
            while ((gen = generation) == seen && !closed) {
                if (spins < SPINS) {
                    spins++;
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            if (closed) {
                return;
            }
            seen = gen;
            try {
                share(worker);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            if (pending.decrementAndGet() == 0) {
                LockSupport.unpark(waiter);
            }
        }
    }

    /** Stops the worker threads; they end after the run in progress, if any. */
    @Override
    public void close() {
        closed = true;
        for (Thread t : threads) {
            LockSupport.unpark(t);
        }
    }
}
