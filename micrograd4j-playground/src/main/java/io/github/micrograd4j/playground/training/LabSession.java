package io.github.micrograd4j.playground.training;

import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.playground.http.ApiException;
import io.github.micrograd4j.playground.http.EventStreams;
import io.github.micrograd4j.playground.text.PlaygroundText;

/**
 * One open training-lab page: its event stream, its run (at most one) and the sender thread that
 * writes the newest frame to the stream. A frame waiting when a newer one comes is dropped, so a slow
 * or hidden tab never makes frames queue up or the run wait.
 */
final class LabSession {
    private final EventStreams events;
    private final EventStreams.Stream stream;
    private final String page;
    private LabRun run;
    private LabFrame pending;
    private LabRun pendingRun;
    private int curveSent;
    /** Runs started on this page so far: the next run's number is one more. */
    private int started;
    private boolean closed;
    private final Thread sender;
    /** How often an idle page is written to, so that a closed tab's run stops within about a second. */
    static final int PING_MILLIS = 500;

    LabSession(EventStreams events, EventStreams.Stream stream, String page) {
        this.events = events;
        this.stream = stream;
        this.page = page;
        this.sender = new Thread(this::send, "micrograd4j-lab-send-" + page.substring(0, 8));
        sender.setDaemon(true);
        sender.start();
    }

    /**
     * Replaces the page's run with a new one (the old one stopped first).
     *
     * @return the new run's number, which its frames carry
     */
    int start(Run r, boolean play) {
        LabRun old;
        LabRun fresh;
        int number;
        synchronized (this) {
            if (closed) {
                throw new ApiException(409, new Message(PlaygroundText.STREAM_CLOSED));
            }
            old = run;
            run = null;
            number = ++started;
        }
        if (old != null) {
            old.stop();
        }
        fresh = new LabRun(number, r, play, this::offer, "micrograd4j-lab-run-" + page.substring(0, 8));
        boolean closedMeanwhile;
        synchronized (this) {
            // the page may have gone (or the server closed) while the run was being made: close() then found no
            // run to stop, so this one must not start playing on its own with nobody to stop it
            closedMeanwhile = closed;
            if (!closedMeanwhile) {
                run = fresh;
                curveSent = 0;
                pending = null;
            }
        }
        fresh.start();
        if (closedMeanwhile) {
            fresh.stop(); // started only so that its thread frees what the run holds (the engine's workers)
            throw new ApiException(409, new Message(PlaygroundText.STREAM_CLOSED));
        }
        return number;
    }

    private void offer(LabFrame frame) {
        synchronized (this) {
            pending = frame;
            pendingRun = run;
            notifyAll();
        }
    }

    private void send() {
        try {
            while (true) {
                LabFrame frame;
                LabRun from;
                int sent;
                synchronized (this) {
                    if (!closed && pending == null) {
                        wait(PING_MILLIS);
                    }
                    if (closed) {
                        return;
                    }
                    frame = pending;
                    from = pendingRun;
                    pending = null;
                    sent = curveSent;
                }
                if (frame == null) {
                    // nothing new (paused, or done): a small event, written outside the lock, finds a closed tab
                    if (!events.send(stream, "ping", "{}")) {
                        return;
                    }
                    continue;
                }
                if (from == null) {
                    continue;
                }
                LabFrame full = from.withMaps(frame); // first: it writes the test loss into the curve
                var curve = from.curveFrom(sent);
                synchronized (this) {
                    if (from != run) {
                        continue;
                    }
                    curveSent = sent + curve.size();
                }
                if (!events.send(stream, "frame", full.json(from.number(), curve))) {
                    return; // the stream closed; its onClose closes this session
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized LabRun run() {
        return run;
    }

    synchronized boolean hasRun() {
        return run != null && !closed;
    }

    /** Stops the run and the sender; the page's run count goes down when this returns. */
    void close() {
        LabRun r;
        synchronized (this) {
            closed = true;
            r = run;
            run = null;
            notifyAll();
        }
        if (r != null) {
            r.stop();
        }
        sender.interrupt();
        events.close(stream);
    }
}
