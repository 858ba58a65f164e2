package io.github.micrograd4j.core.tape;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A few daemon threads that, together with the calling thread, run one job over tiles
 * {@code 0 .. n-1}. Tiles are claimed one at a time from a shared counter by whichever thread is
 * free, the caller included: when a worker is slow to wake (the machine is busy with other
 * programs), the caller simply runs its tiles too instead of waiting for it. Which thread ran a
 * tile never changes a result, because every tile writes only its own arrays.
 *
 * <p>Hand-rolled instead of an {@link java.util.concurrent.ExecutorService} so that a run allocates
 * nothing (no futures): a replay step of the demo takes tens of microseconds, so the hand-off has to
 * be cheap to pay at all. Waiting threads spin briefly, then park.
 */
final class TileWorkers implements AutoCloseable {
    private static final int SPINS = 10_000;

    private final Thread[] threads;
    /** The run's number in the high 32 bits, the next unclaimed tile in the low 32 bits. */
    private final AtomicLong cursor = new AtomicLong();
    private final AtomicInteger done = new AtomicInteger();
    private volatile int generation;
    private volatile boolean closed;
    private volatile Thread waiter;
    private volatile Throwable failure;
    // written before the cursor moves to a new run; read after reading the cursor
    private IntConsumer job;
    private int tileCount;

    TileWorkers(int extraThreads, String name) {
        threads = new Thread[extraThreads];
        for (int i = 0; i < extraThreads; i++) {
            Thread t = new Thread(this::work, name + "-" + (i + 1));
            t.setDaemon(true);
            threads[i] = t;
            t.start();
        }
    }

    /** Runs {@code job} for every tile in {@code 0 .. tiles-1} and returns when all are done. */
    void run(IntConsumer job, int tiles) {
        if (closed) {
            throw new IllegalStateException("the tape's worker threads were closed");
        }
        int run = generation + 1;
        this.job = job;
        this.tileCount = tiles;
        this.failure = null;
        this.waiter = Thread.currentThread();
        done.set(0);
        cursor.set((long) run << 32);
        generation = run;
        for (Thread t : threads) {
            LockSupport.unpark(t);
        }
        claimAndRun(run);
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

    /** Claims tiles of run {@code run} until none is left; a claim for an older run fails. */
    private void claimAndRun(int run) {
        while (true) {
            long c = cursor.get();
            if ((int) (c >>> 32) != run) {
                return;
            }
            int tile = (int) c;
            IntConsumer j = job;
            int n = tileCount;
            if (tile >= n) {
                return;
            }
            if (!cursor.compareAndSet(c, c + 1)) {
                continue;
            }
            // the run cannot finish, nor job change, before this tile is counted as done
            try {
                j.accept(tile);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            if (done.incrementAndGet() == n) {
                LockSupport.unpark(waiter);
            }
        }
    }

    private void work() {
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
            claimAndRun(run);
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
