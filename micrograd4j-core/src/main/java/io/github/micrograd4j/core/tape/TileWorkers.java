package io.github.micrograd4j.core.tape;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A few daemon threads that, together with the calling thread, run one job over tiles
 * {@code 0 .. n-1}. Thread {@code w} of {@code W} first runs its own tiles {@code w, w + W, ...}
 * (so a tile's rows stay in one core's cache from step to step), then any tile nobody has claimed
 * yet: when a worker is slow to wake (the machine is busy with other programs), the others run its
 * tiles instead of waiting for it. Each tile is claimed once per run with a compare-and-set. Which
 * thread ran a tile never changes a result, because every tile writes only its own arrays.
 *
 * <p>Hand-rolled instead of an {@link java.util.concurrent.ExecutorService} so that a run allocates
 * nothing (no futures): a replay step of the demo takes tens of microseconds, so the hand-off has to
 * be cheap to pay at all. Waiting threads spin briefly, then park.
 */
final class TileWorkers implements AutoCloseable {
    private static final int SPINS = 10_000;

    private final Thread[] threads;
    private final int tiles;
    /** For each tile, the last run that claimed it: a tile is free in run r while it holds r - 1. */
    private final AtomicIntegerArray claims;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int generation;
    private volatile boolean closed;
    private volatile Thread waiter;
    private volatile Throwable failure;
    // written before the volatile generation moves to a new run, read after a claim in that run
    private IntConsumer job;

    TileWorkers(int extraThreads, int tiles, String name) {
        this.tiles = tiles;
        this.claims = new AtomicIntegerArray(tiles);
        threads = new Thread[extraThreads];
        for (int i = 0; i < extraThreads; i++) {
            int worker = i + 1;
            Thread t = new Thread(() -> work(worker), name + "-" + worker);
            t.setDaemon(true);
            threads[i] = t;
            t.start();
        }
    }

    /** Runs {@code job} for every tile and returns when all are done. */
    void run(IntConsumer job) {
        if (closed) {
            throw new IllegalStateException("the tape's worker threads were closed");
        }
        int run = generation + 1;
        this.job = job;
        this.failure = null;
        this.waiter = Thread.currentThread();
        done.set(0);
        generation = run;
        for (Thread t : threads) {
            LockSupport.unpark(t);
        }
        share(0, run);
        int spins = 0;
        while (done.get() < tiles) {
            if (spins < SPINS) {
                spins++;
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
            }
        }
        Throwable t = failure;
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
    }

    /** Thread {@code worker}'s own tiles of run {@code run}, then whatever is left unclaimed. */
    private void share(int worker, int run) {
        int step = threads.length + 1;
        for (int tile = worker; tile < tiles; tile += step) {
            tryRun(tile, run);
        }
        for (int tile = 0; tile < tiles; tile++) {
            tryRun(tile, run);
        }
    }

    private void tryRun(int tile, int run) {
        if (!claims.compareAndSet(tile, run - 1, run)) {
            return; // claimed already, or this thread is late and the run is over
        }
        // the run cannot finish, nor the job change, before this tile is counted as done
        try {
            job.accept(tile);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        if (done.incrementAndGet() == tiles) {
            LockSupport.unpark(waiter);
        }
    }

    private void work(int worker) {
        int seen = 0;
        while (true) {
            int spins = 0;
            int run;
            while ((run = generation) == seen && !closed) {
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
            seen = run;
            share(worker, run);
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
