package io.github.micrograd4j.playground.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The playground's HTTP host: the JDK's {@code com.sun.net.httpserver} (no dependency, maintained with
 * the JDK), a bounded pool of request threads, the {@link Guard} every request passes, and a table of
 * routes. It knows no lab: pages and APIs are routes that each lab adds before {@link #start()}.
 *
 * <pre>{@code
 * try (HttpHost server = HttpHost.start(new HttpHost.Config("127.0.0.1", 0, null,
 *         Limits.defaults()))) {
 *     System.out.println(server.url());
 * }
 * }</pre>
 */
public final class HttpHost implements AutoCloseable {
    /** Request threads: enough for a page's parallel asset loads plus event streams being opened. */
    static final int REQUEST_THREADS = 16;
    /** Connections waiting for a request thread; past it they wait in the kernel's backlog. */
    static final int REQUEST_QUEUE = 256;
    /**
     * Seconds a request may take from its first byte to its response's headers; the JDK server closes the
     * connection past it, which ends slowly dribbled ("slowloris") headers and bodies. It must exceed the
     * evaluation timeout.
     */
    static final int MAX_REQUEST_SECONDS = 20;
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
        void handle(HttpExchange exchange) throws IOException;
    }

    private record Route(Handler handler, boolean stream) {
    }

    private final HttpServer server;
    private final ThreadPoolExecutor requests;
    private final ScheduledExecutorService timer;
    private final Guard guard;
    private final String token;
    private final Limits limits;
    private final EventStreams events;
    private final Semaphore inFlight;
    private final Map<String, Map<String, Route>> routes = new ConcurrentHashMap<>();
    private final List<AutoCloseable> resources = new CopyOnWriteArrayList<>();

    private HttpHost(Config config) throws IOException {
        // both are read once, when the JDK server's classes load; a user's own setting is kept
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", Integer.toString(MAX_REQUEST_SECONDS));
        }
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            // without TCP_NODELAY a response's headers and body, written apart, meet the client's delayed ACK:
            // about 40 ms per request on loopback (measured: 48 ms median against 2.3 ms of work)
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        this.limits = config.limits();
        this.token = config.token() != null ? config.token() : HexFormat.of().formatHex(randomBytes());
        this.server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 64);
        this.guard = new Guard(server.getAddress().getPort(), config.host(), token);
        this.requests = new ThreadPoolExecutor(REQUEST_THREADS, REQUEST_THREADS, 5, TimeUnit.SECONDS,
                // past the queue a connection is dropped unanswered (the JDK server gives the executor no way
                // to answer it); with 256 queued behind 16 threads that is an overload no page produces
                new LinkedBlockingQueue<>(REQUEST_QUEUE), threads("micrograd4j-http-"),
                new ThreadPoolExecutor.DiscardPolicy());
        // idle request threads end, so a quiet server holds only the JDK's dispatcher and the timer
        requests.allowCoreThreadTimeOut(true);
        this.timer = Executors.newSingleThreadScheduledExecutor(threads("micrograd4j-events-"));
        this.events = new EventStreams(limits.maxEventStreams(), timer);
        this.inFlight = new Semaphore(limits.maxConcurrentRequests());
        server.setExecutor(requests);
        server.createContext("/", this::dispatch);
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
     * @throws IOException if the address cannot be bound
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
        server.start();
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
    public EventStreams.Stream openStream(HttpExchange exchange) throws IOException {
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
    public EventStreams.Stream openStream(HttpExchange exchange, java.util.function.Consumer<EventStreams.Stream>
            registered) throws IOException {
        return events.open(exchange, registered);
    }

    private void dispatch(HttpExchange exchange) {
        try {
            boolean tokenInUrl = guard.check(exchange);
            Map<String, Route> byMethod = routes.get(exchange.getRequestURI().getRawPath());
            if (byMethod == null) {
                throw new ApiException(404, "no such page or API: " + shorten(exchange.getRequestURI().getRawPath()));
            }
            Route route = byMethod.get(exchange.getRequestMethod());
            if (route == null) {
                exchange.getResponseHeaders().set("Allow", String.join(", ", byMethod.keySet()));
                throw new ApiException(405, "the method " + shorten(exchange.getRequestMethod()) + " is not allowed here; "
                        + "use " + String.join(" or ", byMethod.keySet()));
            }
            if (tokenInUrl && "GET".equals(exchange.getRequestMethod()) && !route.stream()) {
                exchange.getResponseHeaders().add("Set-Cookie", guard.cookie(token));
            }
            if (route.stream()) {
                route.handler().handle(exchange);
                return; // the stream stays open
            }
            if (!inFlight.tryAcquire(limits.evaluationTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ApiException(503, "the playground is busy (" + limits.maxConcurrentRequests()
                        + " requests at once); try again");
            }
            try {
                route.handler().handle(exchange);
            } finally {
                inFlight.release();
            }
        } catch (ApiException e) {
            try {
                Responses.error(exchange, e);
            } catch (IOException | RuntimeException gone) {
                exchange.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close(); // the server is stopping
        } catch (IOException e) {
            exchange.close(); // the client went, or the request timer closed a slow one
        } catch (RuntimeException | StackOverflowError e) {
            try {
                Responses.error(exchange, new ApiException(500, "internal error: " + e.getClass().getSimpleName()
                        + " (a bug in micrograd4j; please report it with the program you ran)"));
            } catch (IOException | RuntimeException gone) {
                exchange.close();
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
        return server.getAddress().getPort();
    }

    /**
     * The address the server listens on.
     *
     * @return the bound address ({@code 127.0.0.1} normally)
     */
    public InetAddress address() {
        return server.getAddress().getAddress();
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
        server.stop(0);
        timer.shutdownNow();
        requests.shutdownNow();
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                // stopping: nothing left to tell; the other resources still close
            }
        }
        try {
            // so that a caller (or a test counting threads) sees the threads gone when close returns
            requests.awaitTermination(2, TimeUnit.SECONDS);
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
