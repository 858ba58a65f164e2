package io.github.micrograd4j.core.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The threading of {@link TileWorkers}, proved with latches rather than hoped for: tiles that can
 * only finish when another tile has started (so two threads really run at once), a worker whose tile
 * throws, workers that have gone to sleep between runs, and closing. Every wait is bounded, and the
 * class has a timeout: a lost wake-up fails the test instead of hanging the build.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TileWorkersTest {
    private static final long WAIT_SECONDS = 20;

    /** Waits for the latch, failing (from inside the tile) if it does not open in time. */
    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("latch not released: the other tile never ran at the same time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void twoTilesRunAtTheSameTimeOnTwoThreads() {
        try (TileWorkers workers = new TileWorkers(1, 2, "tiles-test")) {
            for (int run = 0; run < 50; run++) {
                CountDownLatch bothStarted = new CountDownLatch(2);
                AtomicReferenceArray<Thread> ranOn = new AtomicReferenceArray<>(2);
                // each tile waits until the other has started: one thread alone would wait forever
                workers.run(tile -> {
                    ranOn.set(tile, Thread.currentThread());
                    bothStarted.countDown();
                    await(bothStarted);
                });
                assertThat(ranOn.get(0)).isNotNull().isNotSameAs(ranOn.get(1));
                assertThat(Set.of(ranOn.get(0), ranOn.get(1))).contains(Thread.currentThread());
            }
        }
    }

    @Test
    void everyTileRunsExactlyOncePerRunWhateverTheThreadCount() {
        SplittableRandom rng = new SplittableRandom(17);
        for (int extra = 0; extra <= 3; extra++) {
            for (int tiles : new int[] {1, 2, 3, 7, 64}) {
                try (TileWorkers workers = new TileWorkers(extra, tiles, "tiles-test")) {
                    for (int run = 0; run < 200; run++) {
                        AtomicIntegerArray count = new AtomicIntegerArray(tiles);
                        int spin = rng.nextInt(200);
                        workers.run(tile -> {
                            count.incrementAndGet(tile);
                            for (int i = 0; i < spin; i++) {
                                Thread.onSpinWait();
                            }
                        });
                        for (int t = 0; t < tiles; t++) {
                            assertThat(count.get(t)).as("extra %d, tiles %d, run %d, tile %d", extra, tiles, run, t)
                                    .isEqualTo(1);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theWorkersAreNamedDaemonThreads() {
        Set<Thread> seen = ConcurrentHashMap.newKeySet();
        try (TileWorkers workers = new TileWorkers(2, 3, "named")) {
            CountDownLatch allStarted = new CountDownLatch(3);
            workers.run(tile -> {
                seen.add(Thread.currentThread());
                allStarted.countDown();
                await(allStarted);
            });
        }
        assertThat(seen).hasSize(3).contains(Thread.currentThread());
        List<String> names = new ArrayList<>();
        for (Thread t : seen) {
            if (t != Thread.currentThread()) {
                assertThat(t.isDaemon()).as(t.getName()).isTrue();
                names.add(t.getName());
            }
        }
        assertThat(names).containsExactlyInAnyOrder("named-1", "named-2");
    }

    @Test
    void aTileThatThrowsOnAWorkerThreadIsRethrownByRunAfterTheOtherTilesFinish() {
        RuntimeException planted = new IllegalStateException("planted in tile 1");
        try (TileWorkers workers = new TileWorkers(1, 3, "tiles-test")) {
            CountDownLatch tileOneDone = new CountDownLatch(1);
            AtomicIntegerArray ran = new AtomicIntegerArray(3);
            AtomicReferenceArray<Thread> ranOn = new AtomicReferenceArray<>(3);
            assertThatThrownBy(() -> workers.run(tile -> {
                ranOn.set(tile, Thread.currentThread());
                ran.incrementAndGet(tile);
                if (tile == 0) {
                    await(tileOneDone); // the calling thread holds tile 0, so a worker must run tile 1
                } else if (tile == 1) {
                    tileOneDone.countDown();
                    throw planted;
                }
            })).isSameAs(planted);
            assertThat(ranOn.get(1)).isNotSameAs(Thread.currentThread());
            for (int t = 0; t < 3; t++) {
                assertThat(ran.get(t)).as("tile %d", t).isEqualTo(1);
            }
            // the failure belongs to that run only: the next run succeeds and runs every tile again
            AtomicIntegerArray again = new AtomicIntegerArray(3);
            workers.run(again::incrementAndGet);
            for (int t = 0; t < 3; t++) {
                assertThat(again.get(t)).isEqualTo(1);
            }
        }
    }

    /** An error no code under test throws by itself. */
    private static final class PlantedError extends Error {
        private static final long serialVersionUID = 1L;

        PlantedError() {
            super("planted");
        }
    }

    @Test
    void anErrorInATileIsRethrownAsItIs() {
        try (TileWorkers workers = new TileWorkers(1, 4, "tiles-test")) {
            PlantedError planted = new PlantedError();
            assertThatThrownBy(() -> workers.run(tile -> {
                if (tile == 2) {
                    throw planted;
                }
            })).isSameAs(planted);
            AtomicIntegerArray again = new AtomicIntegerArray(4);
            workers.run(again::incrementAndGet);
            assertThat(again.get(2)).isEqualTo(1);
        }
    }

    @Test
    void theCallerSleepsUntilASlowWorkerWakesIt() throws Exception {
        try (TileWorkers workers = new TileWorkers(1, 2, "tiles-test")) {
            for (int run = 0; run < 3; run++) {
                // let the idle worker go past its spins and park, so that run() must unpark it
                Thread.sleep(100);
                CountDownLatch tileOneStarted = new CountDownLatch(1);
                AtomicReferenceArray<Thread> ranOn = new AtomicReferenceArray<>(2);
                workers.run(tile -> {
                    ranOn.set(tile, Thread.currentThread());
                    if (tile == 0) {
                        await(tileOneStarted); // so the worker, not this thread, holds tile 1
                    } else {
                        tileOneStarted.countDown();
                        // outlast the caller's spins, so that it parks and needs this thread's unpark
                        sleep(100);
                    }
                });
                assertThat(ranOn.get(0)).isNotSameAs(ranOn.get(1));
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void closeEndsTheWorkersAndLaterRunsAreRefused() throws Exception {
        Set<Thread> seen = ConcurrentHashMap.newKeySet();
        TileWorkers workers = new TileWorkers(2, 3, "closing");
        CountDownLatch allStarted = new CountDownLatch(3);
        workers.run(tile -> {
            seen.add(Thread.currentThread());
            allStarted.countDown();
            await(allStarted);
        });
        Thread.sleep(100); // the workers park
        workers.close();
        for (Thread t : seen) {
            if (t != Thread.currentThread()) {
                t.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
                assertThat(t.isAlive()).as("%s after close", t.getName()).isFalse();
            }
        }
        assertThatThrownBy(() -> workers.run(tile -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void closeEndsWorkersThatAreStillSpinning() throws Exception {
        Set<Thread> seen = ConcurrentHashMap.newKeySet();
        TileWorkers workers = new TileWorkers(1, 2, "spinning");
        CountDownLatch bothStarted = new CountDownLatch(2);
        workers.run(tile -> {
            seen.add(Thread.currentThread());
            bothStarted.countDown();
            await(bothStarted);
        });
        workers.close(); // at once: the worker may still be spinning, not parked
        for (Thread t : seen) {
            if (t != Thread.currentThread()) {
                t.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
                assertThat(t.isAlive()).isFalse();
            }
        }
    }

    /** Waits, bounded, until {@code thread} is parked (WAITING); false if it never is. */
    private static boolean becomesParked(Thread thread) {
        for (int i = 0; i < 20_000; i++) { // about 20 s at most
            if (thread.getState() == Thread.State.WAITING) {
                return true;
            }
            sleep(1);
        }
        return false;
    }

    @Test
    void aCallerWaitingForASlowTileParksInsteadOfSpinningForever() {
        Thread caller = Thread.currentThread();
        try (TileWorkers workers = new TileWorkers(1, 2, "tiles-test")) {
            CountDownLatch tileOneStarted = new CountDownLatch(1);
            boolean[] parked = new boolean[1];
            workers.run(tile -> {
                if (tile == 0) {
                    await(tileOneStarted);
                } else {
                    tileOneStarted.countDown();
                    // the caller has nothing left to run: it must end up parked, not spinning
                    parked[0] = becomesParked(caller);
                }
            });
            assertThat(parked[0]).as("the waiting caller parked").isTrue();
        }
    }

    @Test
    void anIdleWorkerParks() {
        Set<Thread> seen = ConcurrentHashMap.newKeySet();
        try (TileWorkers workers = new TileWorkers(1, 2, "idle")) {
            CountDownLatch bothStarted = new CountDownLatch(2);
            workers.run(tile -> {
                seen.add(Thread.currentThread());
                bothStarted.countDown();
                await(bothStarted);
            });
            seen.remove(Thread.currentThread());
            assertThat(seen).hasSize(1);
            assertThat(becomesParked(seen.iterator().next())).as("the idle worker parked").isTrue();
            // and a parked worker is woken by the next run
            AtomicIntegerArray again = new AtomicIntegerArray(2);
            workers.run(again::incrementAndGet);
            assertThat(again.get(0) + again.get(1)).isEqualTo(2);
        }
    }

    @Test
    void eachThreadRunsItsOwnTilesFirst() {
        // 1 worker, 4 tiles: the caller's own tiles are 0 and 2, the worker's 1 and 3. Tile 0 holds the
        // caller until 1 and 3 are done, so the worker's first two tiles must be its own, 1 then 3.
        try (TileWorkers workers = new TileWorkers(1, 4, "own")) {
            for (int run = 0; run < 20; run++) {
                CountDownLatch oneAndThreeDone = new CountDownLatch(2);
                List<Integer> byWorker = java.util.Collections.synchronizedList(new ArrayList<>());
                Thread caller = Thread.currentThread();
                workers.run(tile -> {
                    if (Thread.currentThread() != caller) {
                        byWorker.add(tile);
                    }
                    if (tile == 0 && Thread.currentThread() == caller) {
                        await(oneAndThreeDone);
                    }
                    if (tile == 1 || tile == 3) {
                        oneAndThreeDone.countDown();
                    }
                });
                assertThat(byWorker.subList(0, 2)).as("run %d", run).containsExactly(1, 3);
            }
        }
    }

    @Test
    void aThreadRunsTilesThatAreNotItsOwnWhenTheirOwnerIsBusy() {
        // tile 1 (the worker's) waits until tile 3 (also the worker's) is done: only another thread
        // taking tile 3, or tile 1, lets the run finish
        try (TileWorkers workers = new TileWorkers(1, 4, "steal")) {
            for (int run = 0; run < 20; run++) {
                CountDownLatch threeDone = new CountDownLatch(1);
                AtomicIntegerArray count = new AtomicIntegerArray(4);
                workers.run(tile -> {
                    count.incrementAndGet(tile);
                    if (tile == 1) {
                        await(threeDone);
                    } else if (tile == 3) {
                        threeDone.countDown();
                    }
                });
                for (int t = 0; t < 4; t++) {
                    assertThat(count.get(t)).isEqualTo(1);
                }
            }
        }
    }
}
