package io.github.micrograd4j.playground.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The open Server-Sent Event streams. A stream's handler returns at once, leaving the response open; events
 * are written from whichever thread has one to push, so an open page holds no request thread. One
 * scheduled thread writes a comment every {@link #HEARTBEAT_SECONDS} seconds to every stream, which keeps
 * proxies from timing them out and finds closed pages (the write fails and the stream is dropped).
 *
 * <p>The training lab pushes its frames through {@link #send}, one stream per page.
 */
public final class EventStreams {
    /** Seconds between heartbeats. */
    static final int HEARTBEAT_SECONDS = 15;
    /** How long a probe waits for a gone page's reset to come back (loopback: well under a millisecond). */
    private static final int PROBE_MILLIS = 50;

    private final int max;
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();

    EventStreams(int max, ScheduledExecutorService timer) {
        this.max = max;
        timer.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * One open event stream.
     */
    public static final class Stream {
        private final Exchange exchange;
        private final OutputStream out;
        private final List<Runnable> onClose = new CopyOnWriteArrayList<>();
        private volatile boolean closed;

        private Stream(Exchange exchange) {
            this.exchange = exchange;
            this.out = exchange.responseBody();
        }

        /**
         * Whether the stream has been closed, by either side.
         *
         * @return {@code true} once closed
         */
        public boolean isClosed() {
            return closed;
        }

        /**
         * Runs {@code action} once the stream closes: the page went away, a write failed, or the server
         * stopped. The training lab stops a page's run this way, so no run outlives its page.
         *
         * @param action what to run, on the thread that finds the stream closed
         */
        public void onClose(Runnable action) {
            onClose.add(action);
            if (closed) {
                action.run();
            }
        }
    }

    /**
     * Opens a stream on a request: sends the event-stream headers and a first {@code hello} event.
     *
     * @param exchange the request
     * @return the stream
     * @throws ApiException 503 when {@code max} streams are open
     * @throws IOException if the client has gone
     */
    Stream open(Exchange exchange) throws IOException {
        return open(exchange, s -> { });
    }

    /**
     * {@link #open(Exchange)}, handing the stream to {@code registered} before its {@code hello}: a
     * page answers the hello with requests that must find the stream already registered.
     *
     * @param exchange the request
     * @param registered called with the new stream before anything is sent on it
     * @return the stream
     * @throws ApiException 503 when {@code max} streams are open
     * @throws IOException if the client has gone
     */
    Stream open(Exchange exchange, java.util.function.Consumer<Stream> registered) throws IOException {
        if (open.size() >= max) {
            prune();
        }
        synchronized (open) {
            if (open.size() >= max) {
                throw new ApiException(503, "too many open event streams (" + max + "): close another playground tab");
            }
            exchange.setHeader("Content-Type", "text/event-stream; charset=utf-8");
            Responses.common(exchange.responseHeaders());
            exchange.status(200, -1);
            Stream stream = new Stream(exchange);
            open.add(stream);
            registered.accept(stream);
            send(stream, "hello", "{\"heartbeatSeconds\":" + HEARTBEAT_SECONDS + "}");
            return stream;
        }
    }

    /**
     * How many streams are open.
     *
     * @return the count
     */
    public int openCount() {
        return open.size();
    }

    /**
     * Sends one event. A stream whose client has gone is closed and dropped.
     *
     * @param stream the stream
     * @param event the event's name
     * @param data the event's data, one line (JSON)
     * @return whether the event was written
     */
    public boolean send(Stream stream, String event, String data) {
        if (data.indexOf('\n') >= 0 || data.indexOf('\r') >= 0 || event.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("an event's name and data must be one line each");
        }
        return write(stream, "event: " + event + "\ndata: " + data + "\n\n");
    }

    private boolean write(Stream stream, String text) {
        if (stream.closed) {
            return false;
        }
        synchronized (stream) {
            try {
                stream.out.write(text.getBytes(StandardCharsets.UTF_8));
                stream.out.flush();
                return true;
            } catch (IOException | RuntimeException e) {
                close(stream);
                return false;
            }
        }
    }

    /**
     * Drops the streams whose pages have gone. A closed tab is not noticed until a write to it fails, and
     * the first write after the other side closed still succeeds (its reset comes back after it), so each
     * stream is written to twice, a moment apart. Run when the limit is reached, so that reloading a page
     * a few times in a row does not use up the streams.
     */
    private void prune() {
        for (int round = 0; round < 2; round++) {
            for (Stream s : open) {
                write(s, ": probe\n\n");
            }
            if (round == 0) {
                try {
                    Thread.sleep(PROBE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void heartbeat() {
        for (Stream s : open) {
            write(s, ": heartbeat\n\n");
        }
    }

    /**
     * Closes a stream.
     *
     * @param stream the stream
     */
    public void close(Stream stream) {
        boolean first;
        synchronized (stream) {
            first = !stream.closed;
            stream.closed = true;
        }
        open.remove(stream);
        stream.exchange.close();
        if (first) {
            stream.onClose.forEach(Runnable::run);
        }
    }

    /** Closes every stream, when the server stops. */
    void closeAll() {
        for (Stream s : open) {
            close(s);
        }
    }
}
