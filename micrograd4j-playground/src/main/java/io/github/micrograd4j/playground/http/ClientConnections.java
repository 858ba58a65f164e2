package io.github.micrograd4j.playground.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;

/**
 * The open connections, by client address, and the first request's header deadline. Jetty tells it of each
 * connection opened and closed; a connection whose first request's headers have not all come within the
 * header time-out is closed then, however slowly it keeps sending (a per-read idle time-out alone would let
 * one byte every few seconds hold it open for ever).
 */
final class ClientConnections implements Connection.Listener {
    private final Duration headerTimeout;
    private final ScheduledExecutorService timer;
    private final Map<String, AtomicInteger> byAddress = new ConcurrentHashMap<>();
    /** Connections whose first request's headers are still coming. */
    private final Map<Connection, Boolean> waiting = new ConcurrentHashMap<>();
    /** Each open connection's address, taken when it opened (a closed socket no longer knows it). */
    private final Map<Connection, String> addresses = new ConcurrentHashMap<>();

    ClientConnections(Duration headerTimeout, ScheduledExecutorService timer) {
        this.headerTimeout = headerTimeout;
        this.timer = timer;
    }

    private static String address(Connection connection) {
        return Exchange.addressOf(connection.getEndPoint().getRemoteSocketAddress());
    }

    @Override
    public void onOpened(Connection connection) {
        String address = address(connection);
        addresses.put(connection, address);
        byAddress.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
        waiting.put(connection, Boolean.TRUE);
        timer.schedule(() -> {
            if (waiting.remove(connection) != null) {
                connection.getEndPoint().close();
            }
        }, headerTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void onClosed(Connection connection) {
        waiting.remove(connection);
        String address = addresses.remove(connection);
        if (address != null) {
            byAddress.computeIfPresent(address, (a, n) -> n.decrementAndGet() <= 0 ? null : n);
        }
    }

    /**
     * A request's headers have come on this connection: its header deadline is met.
     *
     * @param connection the connection
     */
    void requestBegan(Connection connection) {
        waiting.remove(connection);
    }

    /**
     * The connections one address holds open.
     *
     * @param address the client's address text
     * @return the count, 0 for none
     */
    int openFrom(String address) {
        AtomicInteger n = byAddress.get(address);
        return n == null ? 0 : n.get();
    }
}
