package io.github.micrograd4j.playground.http;

import java.io.IOException;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * The playground's HTTP host: Jetty's core server (no servlets), a bounded pool of request threads, the
 * {@link Guard} every request passes, and a table of routes. It knows no lab: pages and APIs are routes that
 * each lab adds before {@link #start()}.
 *
 * <p>Jetty reads a request's headers as they arrive, on its one selector thread, and takes a request thread
 * only once they are complete: connections that send their headers slowly, or never, hold no thread, so
 * they cannot stall other clients (the JDK's server read headers on its request threads, and 17 such
 * connections stalled it). {@link ClientConnections} closes a connection that has not sent its first
 * request's headers within {@link Limits#headerTimeout()} and counts each address's connections.
 *
 * <pre>{@code
 * try (HttpHost server = HttpHost.start(new HttpHost.Config("127.0.0.1", 0, null,
 *         Limits.defaults()))) {
 *     System.out.println(server.url());
 * }
 * }</pre>
 */
public final class HttpHost implements AutoCloseable {
    /**
     * Threads in Jetty's pool: its acceptor and selector, and the requests. Requests past the concurrent
     * request limit wait on a thread for a place, then get 503; event streams hold no thread.
     */
    static final int THREADS = 32;
    /** Connections the kernel holds before the acceptor takes them. */
    static final int ACCEPT_QUEUE = 64;
    /** The characters a token may have: those that need no escaping in a URL or a cookie. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~-]{1,256}");

    /**
     * How to start a server.
     *
     * @param host the address to listen on, {@code 127.0.0.1} normally
     * @param port the port, 0 for a free one
     * @param token the token, or {@code null} for a random one
     * @param limits the limits
     */
    public record Config(String host, int port, String token, Limits limits) {
        /**
         * Checks the configuration.
         *
         * @param host the address
         * @param port the port
         * @param token the token or {@code null}
         * @param limits the limits
         * @throws IllegalArgumentException naming a bad port or token
         */
        public Config {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(limits, "limits");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("the port must be 0 to 65535, not " + port);
            }
            if (token != null && !TOKEN.matcher(token).matches()) {
                throw new IllegalArgumentException("the token must be 1 to 256 characters from A-Z a-z 0-9 . _ ~ -, "
                        + "not '" + (token.length() > 40 ? token.substring(0, 40) + "..." : token) + "'");
            }
        }
    }

    /** A route's handler. */
    @FunctionalInterface
    public interface Handler {
        /**
         * Answers one request that passed the guard. It sends a response (or opens an event stream) or
         * throws an {@link ApiException}.
         *
         * @param exchange the request
         * @throws IOException if the client has gone
         */
        void handle(Exchange exchange) throws IOException;
    }

    private record Route(Handler handler, boolean stream) {
    }

    private final Server server;
    private final ServerConnector connector;
    private final ClientConnections clients;
    private final ScheduledExecutorService timer;
    private final Guard guard;
    private final String token;
    private final Limits limits;
    private final EventStreams events;
    private final Semaphore inFlight;
    private final Map<String, Map<String, Route>> routes = new ConcurrentHashMap<>();
    private final List<AutoCloseable> resources = new CopyOnWriteArrayList<>();

    private HttpHost(Config config) throws IOException {
        this.limits = config.limits();
        this.token = config.token() != null ? config.token() : HexFormat.of().formatHex(randomBytes());
        QueuedThreadPool pool = new QueuedThreadPool(THREADS, 2, 5_000);
        pool.setName("micrograd4j-http");
        pool.setDaemon(true);
        this.server = new Server(pool, new ScheduledExecutorScheduler("micrograd4j-http-timer", true), null);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        connector.setAcceptQueueSize(ACCEPT_QUEUE);
        // a silent connection is closed after the header time-out; a request being answered gets longer
        connector.setIdleTimeout(limits.headerTimeout().toMillis());
        this.timer = Executors.newSingleThreadScheduledExecutor(threads("micrograd4j-events-"));
        this.clients = new ClientConnections(limits.headerTimeout(), timer);
        connector.addBean(clients);
        server.addConnector(connector);
        server.setHandler(new org.eclipse.jetty.server.Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                clients.requestBegan(request.getConnectionMetaData().getConnection());
                dispatch(new Exchange(request, response, callback),
                        request.getConnectionMetaData().getConnection().getEndPoint());
                return true;
            }
        });
        server.setErrorHandler(Responses::jettyError);
        try {
            connector.open(); // bound now, so that the port and the guard are known before start
        } catch (IOException e) {
            if (e.getCause() instanceof java.net.BindException) { // Jetty wraps it: a taken port stays a BindException
                java.net.BindException taken = new java.net.BindException(e.getMessage());
                taken.initCause(e);
                throw taken;
            }
            throw e;
        } catch (Exception e) {
            throw new IOException("could not listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        this.guard = new Guard(connector.getLocalPort(), config.host(), token);
        this.events = new EventStreams(limits.maxEventStreams(), timer);
        this.inFlight = new Semaphore(limits.maxConcurrentRequests());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /**
     * Daemon threads named {@code prefix1}, {@code prefix2}, ..., so that a thread dump says whose they are
     * and none of them keeps the JVM alive.
     *
     * @param prefix the name's start
     * @return the factory
     */
    public static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Binds a host; it answers nothing until routes are added and {@link #start()} is called.
     *
     * @param config where to listen, the token and the limits
     * @return the host
     * @throws IOException if the address cannot be bound ({@link java.net.BindException} when it is taken)
     */
    public static HttpHost create(Config config) throws IOException {
        return new HttpHost(config);
    }

    /**
     * Starts answering requests, with the routes added so far.
     *
     * @return this host
     */
    public HttpHost start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the playground server did not start: " + e.getMessage(), e);
        }
        return this;
    }

    /**
     * Adds a {@code GET} route for one of the bundled page files ({@link Assets}).
     *
     * @param path the URL path
     * @param name the file's name in the assets folder
     * @param type its content type
     */
    public void asset(String path, String name, String type) {
        byte[] bytes = Assets.read(name);
        route("GET", path, exchange -> Responses.send(exchange, 200, type, bytes));
    }

    /**
     * Adds a route. The guard runs before it; a plain route also counts against the concurrent request limit.
     *
     * @param method {@code GET} or {@code POST}
     * @param path the exact path, such as {@code /api/grad}
     * @param handler the handler
     */
    public void route(String method, String path, Handler handler) {
        routes.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(method, new Route(handler, false));
    }

    /**
     * Adds a route that opens an event stream (GET): counted against the stream limit, not the request limit.
     *
     * @param path the exact path
     * @param handler the handler, which calls {@link #events()}'s open through {@link #openStream}
     */
    public void streamRoute(String path, Handler handler) {
        routes.computeIfAbsent(path, p -> new LinkedHashMap<>()).put("GET", new Route(handler, true));
    }

    /**
     * Opens an event stream on a request, for a stream route's handler.
     *
     * @param exchange the request
     * @return the stream
     * @throws IOException if the client has gone
     */
    public EventStreams.Stream openStream(Exchange exchange) throws IOException {
        return events.open(exchange);
    }

    /**
     * Opens an event stream on a request, handing it to {@code registered} before its first event (the
     * {@code hello}), which the page may answer at once with requests that need the stream known.
     *
     * @param exchange the request
     * @param registered called with the new stream before anything is sent on it
     * @return the stream
     * @throws IOException if the client has gone
     */
    public EventStreams.Stream openStream(Exchange exchange, java.util.function.Consumer<EventStreams.Stream>
            registered) throws IOException {
        return events.open(exchange, registered);
    }

    private void dispatch(Exchange exchange, EndPoint endPoint) {
        try {
            boolean tokenInUrl = guard.check(exchange);
            int open = clients.openFrom(exchange.clientAddress());
            if (open > limits.maxConnectionsPerClient()) {
                throw new ApiException(503, "too many connections from " + exchange.clientAddress() + " (" + open
                        + " open, at most " + limits.maxConnectionsPerClient() + "): close some and try again");
            }
            Map<String, Route> byMethod = routes.get(exchange.rawPath());
            if (byMethod == null) {
                throw new ApiException(404, "no such page or API: " + shorten(exchange.rawPath()));
            }
            Route route = byMethod.get(exchange.method());
            if (route == null) {
                exchange.setHeader("Allow", String.join(", ", byMethod.keySet()));
                throw new ApiException(405, "the method " + shorten(exchange.method()) + " is not allowed here; "
                        + "use " + String.join(" or ", byMethod.keySet()));
            }
            if (tokenInUrl && "GET".equals(exchange.method()) && !route.stream()) {
                exchange.addHeader("Set-Cookie", guard.cookie(token));
            }
            if (route.stream()) {
                // heartbeats keep an open stream from looking idle
                endPoint.setIdleTimeout(TimeUnit.SECONDS.toMillis(3L * EventStreams.HEARTBEAT_SECONDS));
                route.handler().handle(exchange);
                return; // the stream stays open
            }
            // a request being answered may take its evaluation's time without a byte either way
            endPoint.setIdleTimeout(limits.evaluationTimeout().plus(limits.headerTimeout()).toMillis());
            if (!inFlight.tryAcquire(limits.evaluationTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ApiException(503, "the playground is busy (" + limits.maxConcurrentRequests()
                        + " requests at once); try again");
            }
            try {
                route.handler().handle(exchange);
            } finally {
                inFlight.release();
                endPoint.setIdleTimeout(limits.headerTimeout().toMillis());
            }
        } catch (ApiException e) {
            try {
                Responses.error(exchange, e);
            } catch (IOException | RuntimeException gone) {
                exchange.abort(gone);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.abort(e); // the server is stopping
        } catch (IOException e) {
            exchange.abort(e); // the client went, or was silent past the time-out
        } catch (RuntimeException | StackOverflowError e) {
            try {
                Responses.error(exchange, new ApiException(500, "internal error: " + e.getClass().getSimpleName()
                        + " (a bug in micrograd4j; please report it with the program you ran)"));
            } catch (IOException | RuntimeException gone) {
                exchange.abort(gone);
            }
        }
    }

    private static String shorten(String text) {
        String shown = text.length() > 80 ? text.substring(0, 80) + "..." : text;
        return shown.replaceAll("[^\\x20-\\x7e]", "?");
    }

    /**
     * The port the server listens on (the free one chosen for port 0).
     *
     * @return the port
     */
    public int port() {
        return connector.getLocalPort();
    }

    /**
     * The address the server listens on.
     *
     * @return the bound address ({@code 127.0.0.1} normally)
     */
    public InetAddress address() {
        try {
            return InetAddress.getByName(connector.getHost());
        } catch (java.net.UnknownHostException e) {
            return InetAddress.getLoopbackAddress();
        }
    }

    /**
     * The token every request must carry.
     *
     * @return the token
     */
    public String token() {
        return token;
    }

    /**
     * The URL to open: {@code http://127.0.0.1:PORT/?token=TOKEN}.
     *
     * @return the URL
     */
    public String url() {
        return url("/");
    }

    /**
     * The URL of one page, with the token: {@code http://127.0.0.1:PORT/train?token=TOKEN}.
     *
     * @param path the page's path, starting with {@code /}
     * @return the URL
     */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path + "?token=" + token;
    }

    /**
     * The limits the server runs with.
     *
     * @return the limits
     */
    public Limits limits() {
        return limits;
    }

    /**
     * The open event streams, for pushing.
     *
     * @return the streams
     */
    public EventStreams events() {
        return events;
    }

    /**
     * Stops the server: no new connections, open streams closed, then the threads end.
     */
    @Override
    public void close() {
        events.closeAll();
        try {
            server.stop(); // joins Jetty's threads
        } catch (Exception e) {
            // stopping: nothing left to tell; the rest still closes
        }
        timer.shutdownNow();
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                // stopping: nothing left to tell; the other resources still close
            }
        }
        try {
            // so that a caller (or a test counting threads) sees the threads gone when close returns
            timer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Registers something to close when the server stops, such as a page's thread pool.
     *
     * @param resource the resource
     */
    public void onClose(AutoCloseable resource) {
        resources.add(resource);
    }
}
