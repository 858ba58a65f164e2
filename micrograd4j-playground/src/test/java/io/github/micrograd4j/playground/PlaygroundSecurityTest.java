package io.github.micrograd4j.playground;

import io.github.micrograd4j.playground.http.Limits;
import io.github.micrograd4j.playground.http.HttpHost;
import io.github.micrograd4j.playground.http.RawHttp;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The playground against hostile and malformed requests, on a real server on loopback: over a thousand of
 * them (bad JSON, huge and slow bodies, wrong methods, path traversal, bad tokens, rebinding Host values,
 * foreign origins), then 50 concurrent clients. Every request gets the right status and a JSON error, a
 * good request still succeeds after each kind, and afterwards the server holds no extra threads.
 */
class PlaygroundSecurityTest {
    private static final String TOKEN = "security-test-token";
    private static final String WALKTHROUGH = "{\"program\": \"a = 2.0; b = -3.0; c = 10.0; e = a*b; d = e + c; "
            + "f = -2.0; L = d*f\"}";

    private PlaygroundServer server;
    private InetAddress loopback;
    private String host;
    private int hostile;

    @BeforeEach
    void start() throws IOException {
        server = PlaygroundServer.start(new HttpHost.Config("127.0.0.1", 0, TOKEN, Limits.defaults()));
        loopback = InetAddress.getByName("127.0.0.1");
        host = "127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RawHttp send(String head, String body) throws IOException {
        return RawHttp.send(loopback, server.port(), head, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private RawHttp post(String path, String body, String... headers) throws IOException {
        List<String> all = new ArrayList<>(List.of(headers));
        all.add("Content-Type: application/json");
        all.add("Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length);
        return send(RawHttp.head("POST", path, host, all.toArray(String[]::new)), body);
    }

    /** A hostile request: it must be refused with {@code status} and a one-line JSON error. */
    private void refused(RawHttp answer, int... statuses) {
        hostile++;
        assertThat(answer.status()).as(answer.headers() + "\n" + answer.body()).isIn(box(statuses));
        if (answer.status() != 400 || answer.body().startsWith("{")) { // the JDK itself answers some bad requests
            assertThat(answer.body()).startsWith("{\"status\":").doesNotContain("\n").doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }
    }

    private static Integer[] box(int... statuses) {
        Integer[] boxed = new Integer[statuses.length];
        for (int i = 0; i < statuses.length; i++) {
            boxed[i] = statuses[i];
        }
        return boxed;
    }

    private void stillServes() throws IOException {
        RawHttp ok = post("/api/grad", WALKTHROUGH, "X-Micrograd-Token: " + TOKEN);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.body()).contains("\"output\":\"L\"").contains("\"data\":-8.0");
    }

    @Test
    void refusesAThousandHostileRequestsAndKeepsServing() throws Exception {
        int baselineThreads = ManagementFactory.getThreadMXBean().getThreadCount();
        long baselineHeap = heapAfterGc();
        Random random = new Random(14);
        List<Socket> slow = slowBodies(4); // dribbling while everything else runs

        for (int i = 0; i < 200; i++) { // bad JSON: random bytes, truncations, wrong shapes
            String body = switch (i % 5) {
                case 0 -> randomText(random, 1 + random.nextInt(200));
                case 1 -> WALKTHROUGH.substring(0, 1 + random.nextInt(WALKTHROUGH.length() - 1));
                case 2 -> "[" + WALKTHROUGH + "]";
                case 3 -> "{\"program\": " + random.nextInt() + "}";
                default -> "{\"program\": \"a = 1\", \"extra" + i + "\": true}";
            };
            refused(post("/api/grad", body, "X-Micrograd-Token: " + TOKEN), 400);
        }
        stillServes();

        for (int i = 0; i < 20; i++) { // huge bodies: declared, and sent
            refused(send(RawHttp.head("POST", "/api/grad", host, "X-Micrograd-Token: " + TOKEN,
                    "Content-Length: " + (2_000_000 + i)), "{\"program\": \""), 413);
        }
        byte[] huge = new byte[1_100_000];
        java.util.Arrays.fill(huge, (byte) 'a');
        for (int i = 0; i < 5; i++) {
            refused(RawHttp.send(loopback, server.port(), RawHttp.head("POST", "/api/grad", host,
                    "X-Micrograd-Token: " + TOKEN, "Transfer-Encoding: chunked"), chunked(huge)), 413);
        }
        String longProgram = "{\"program\": \"" + "a = 1; ".repeat(15_000) + "L = a\"}";
        refused(post("/api/grad", longProgram, "X-Micrograd-Token: " + TOKEN), 413);
        stillServes();

        String[] methods = {"PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD", "CONNECT", "PROPFIND", "GET"};
        for (int i = 0; i < 180; i++) { // wrong methods on every route
            String method = methods[i % methods.length];
            String path = i % 2 == 0 ? "/api/grad?token=" + TOKEN : "/?token=" + TOKEN;
            if (method.equals("GET") && path.startsWith("/?")) {
                method = "POST";
            }
            String m = method;
            RawHttp answer = send(RawHttp.head(m, path, host, "Content-Length: 0"), null);
            if (m.equals("HEAD")) { // a HEAD answer has no body, by HTTP's rules
                hostile++;
                assertThat(answer.status()).isEqualTo(405);
                continue;
            }
            refused(answer, 405, 400);
            if (answer.status() == 405) {
                assertThat(answer.headers()).containsIgnoringCase("Allow:");
            }
        }
        stillServes();

        String[] traversals = {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
            "/%252e%252e/%252e%252e/etc/passwd", "/playground.js/../../../etc/passwd", "//etc/passwd",
            "/assets/../../pom.xml", "/..\\..\\etc\\passwd", "/%c0%ae%c0%ae/etc/passwd", "/.%2e/.%2e/etc/passwd",
            "/io/github/micrograd4j/playground/assets/index.html", "/api/../../etc/passwd", "/./index.html",
            "/%2fetc%2fpasswd", "/WEB-INF/web.xml", "/playground.js%00.html", "/file:///etc/passwd",
            "/api/grad/../../etc/passwd", "/micrograd4j-version.properties", "/io/github/micrograd4j/cli/Main.class"};
        for (int i = 0; i < 200; i++) {
            String path = traversals[i % traversals.length];
            RawHttp answer = send(RawHttp.head("GET", path + (path.contains("?") ? "&" : "?") + "token=" + TOKEN,
                    host), null);
            refused(answer, 404, 400);
            assertThat(answer.body()).doesNotContain("root:").doesNotContain("<project").doesNotContain("version=");
        }
        stillServes();

        for (int i = 0; i < 200; i++) { // bad tokens, in every place a token may be
            String bad = switch (i % 8) {
                case 0 -> "";
                case 1 -> TOKEN.substring(0, TOKEN.length() - 1);
                case 2 -> TOKEN + "x";
                case 3 -> TOKEN.toUpperCase(java.util.Locale.ROOT);
                case 4 -> randomToken(random);
                case 5 -> "%" + Integer.toHexString(random.nextInt(256));
                case 6 -> "%zz" + TOKEN;
                default -> TOKEN.replace('-', '_');
            };
            RawHttp answer = switch (i % 4) {
                case 0 -> send(RawHttp.head("GET", "/?token=" + bad, host), null);
                case 1 -> post("/api/grad", WALKTHROUGH, "X-Micrograd-Token: " + bad);
                case 2 -> post("/api/grad", WALKTHROUGH, "Cookie: micrograd4j-token-" + server.port() + "=" + bad);
                default -> send(RawHttp.head("GET", "/api/events", host, "Authorization: Bearer " + bad), null);
            };
            refused(answer, 403);
        }
        refused(send(RawHttp.head("GET", "/api/events", host), null), 403);
        refused(post("/api/grad", WALKTHROUGH), 403);
        stillServes();

        int port = server.port();
        String[] hosts = {"evil.example", "evil.example:" + port, "127.0.0.1:" + (port + 1), "localhost",
            "127.0.0.1", "[::1]:" + (port == 65535 ? 1 : port + 1), "127.0.0.1.nip.io:" + port, "localhost.:" + port,
            "0.0.0.0:" + port, "127.1:" + port, "2130706433:" + port, "LOCALHOST:" + port + ".evil.example",
            "[::ffff:127.0.0.1]:" + port, "", "127.0.0.1:" + port + "@evil.example"};
        for (int i = 0; i < 195; i++) { // DNS rebinding: every Host that is not ours
            String h = hosts[i % hosts.length];
            RawHttp answer = i % 2 == 0 ? send(RawHttp.head("GET", "/?token=" + TOKEN, h), null)
                    : post2(h, "/api/grad", WALKTHROUGH, "X-Micrograd-Token: " + TOKEN);
            refused(answer, 403, 400);
        }
        refused(send(RawHttp.head("GET", "/?token=" + TOKEN, null), null), 403, 400); // no Host at all
        refused(send(RawHttp.head("GET", "/?token=" + TOKEN, host, "Host: evil.example"), null), 403, 400);
        String[] origins = {"http://evil.example", "null", "http://localhost:" + (port + 1), "https://" + host};
        for (int i = 0; i < 20; i++) { // a foreign page posting with a stolen token
            refused(post("/api/grad", WALKTHROUGH, "X-Micrograd-Token: " + TOKEN, "Origin: " + origins[i % 4]), 403);
        }
        refused(post("/api/grad", WALKTHROUGH, "X-Micrograd-Token: " + TOKEN, "Sec-Fetch-Site: cross-site"), 403);
        stillServes();

        for (Socket s : slow) { // the slow bodies were cut off (or refused), not left holding threads
            hostile++;
            RawHttp answer = RawHttp.read(s.getInputStream());
            assertThat(answer.status()).isIn(-1, 400, 408, 413);
            s.close();
        }
        assertThat(hostile).isGreaterThanOrEqualTo(1000);

        concurrentClients(50);
        stillServes();
        server.close();
        assertThat(threadsBackTo(baselineThreads)).as("threads after the barrage, baseline " + baselineThreads)
                .isLessThanOrEqualTo(baselineThreads);
        // a busy machine may take a while to run a stopped thread to its end: wait for them, bounded
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (serverThreadsAlive() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(Thread.getAllStackTraces().keySet()).as("the server's own threads, after close")
                .noneMatch(PlaygroundSecurityTest::isServerThread);
        // no memory held either: over a thousand requests (several past a megabyte) leave at most a few MB
        assertThat(heapAfterGc() - baselineHeap).as("heap growth, bytes").isLessThan(32L << 20);
    }

    private static long heapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) { // a collection is a request; the least of three is the steady state
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private RawHttp post2(String hostHeader, String path, String body, String header) throws IOException {
        return send(RawHttp.head("POST", path, hostHeader, header, "Content-Type: application/json",
                "Content-Length: " + body.length()), body);
    }

    /** Sockets that send a request head and then a byte of body now and then, far slower than any client. */
    private List<Socket> slowBodies(int count) throws IOException {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Socket s = new Socket(loopback, server.port());
            s.setSoTimeout(RawHttp.TIMEOUT_MS * 2);
            OutputStream out = s.getOutputStream();
            out.write(RawHttp.head("POST", "/api/grad", host, "X-Micrograd-Token: " + TOKEN,
                    "Content-Length: 100000").getBytes(StandardCharsets.ISO_8859_1));
            out.write("{\"program\": \"".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            sockets.add(s);
        }
        return sockets;
    }

    private void concurrentClients(int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<Object[]>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                work.add(() -> {
                    RawHttp page = send(RawHttp.head("GET", "/?token=" + TOKEN, host), null);
                    RawHttp grad = post("/api/grad", "{\"program\": \"x = " + client + "; L = x * x + 1\"}",
                            "X-Micrograd-Token: " + TOKEN);
                    boolean right = grad.body().contains("\"data\":" + (double) (client * client + 1));
                    return new Object[] {page, grad, right};
                });
            }
            for (Future<Object[]> f : pool.invokeAll(work, 120, TimeUnit.SECONDS)) {
                Object[] r = f.get();
                RawHttp page = (RawHttp) r[0];
                RawHttp grad = (RawHttp) r[1];
                assertThat(page.status()).as(page.body()).isEqualTo(200);
                assertThat(grad.status()).as(grad.body()).isEqualTo(200);
                assertThat((Boolean) r[2]).as("each client gets its own program's answer").isTrue();
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** Waits (at most 30 s) for the thread count to fall to the baseline; returns the last count seen. */
    private static boolean isServerThread(Thread t) {
        return t.getName().startsWith("micrograd4j-") || t.getName().startsWith("HTTP-Dispatcher")
                || t.getName().startsWith("server-timer");
    }

    private static boolean serverThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(PlaygroundSecurityTest::isServerThread);
    }

    private static int threadsBackTo(int baseline) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int count = ManagementFactory.getThreadMXBean().getThreadCount();
        while (count > baseline && System.nanoTime() < deadline) {
            Thread.sleep(200);
            count = ManagementFactory.getThreadMXBean().getThreadCount();
        }
        return count;
    }

    private static byte[] chunked(byte[] data) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int at = 0; at < data.length; at += 65536) {
            int n = Math.min(65536, data.length - at);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(data, at, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static String randomText(Random random, int length) {
        StringBuilder s = new StringBuilder();
        String alphabet = "{}[]\":,\\ abc123-+.eE\u00e9\u2028nulltrue";
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static String randomToken(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(40); i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    @Test
    void theTokenUrlSetsAStrictHttpOnlyCookieThatThenOpensTheApi() throws IOException {
        RawHttp page = send(RawHttp.head("GET", "/?token=" + TOKEN, host), null);
        assertThat(page.status()).isEqualTo(200);
        String cookie = "micrograd4j-token-" + server.port() + "=" + TOKEN;
        assertThat(page.headers()).containsIgnoringCase("Set-Cookie: " + cookie + "; Path=/; HttpOnly; SameSite=Strict");
        assertThat(post("/api/grad", WALKTHROUGH, "Cookie: " + cookie, "Origin: http://" + host).status())
                .isEqualTo(200);
        assertThat(post("/api/grad", WALKTHROUGH, "Cookie: other=1").status()).isEqualTo(403);
    }

    @Test
    void everyLoopbackNameOfThePortIsAllowed() throws IOException {
        for (String h : new String[] {"127.0.0.1:" + server.port(), "localhost:" + server.port(),
            "[::1]:" + server.port(), "LocalHost:" + server.port()}) {
            assertThat(send(RawHttp.head("GET", "/?token=" + TOKEN, h), null).status()).as(h).isEqualTo(200);
        }
    }

    @Test
    void answersABadProgramWithWhereTheErrorIs() throws IOException {
        RawHttp answer = post("/api/grad", "{\"program\": \"a = 2\\nL = a *\"}", "X-Micrograd-Token: " + TOKEN);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("\"kind\":\"syntax\"").contains("\"line\":2").contains("\"column\":");
        RawHttp anomaly = post("/api/grad", "{\"program\": \"x = 0\\nL = log(x)\", \"detectAnomaly\": true}",
                "X-Micrograd-Token: " + TOKEN);
        assertThat(anomaly.status()).isEqualTo(400);
        assertThat(anomaly.body()).contains("\"kind\":\"anomaly\"").contains("\"line\":2");
    }

    @Test
    void refusesAGraphLargerThanThePicturesDraw() throws IOException {
        StringBuilder program = new StringBuilder("x0 = 1");
        for (int i = 1; i <= 1100; i++) { // two values a statement: past the 2,000 the pictures draw
            program.append("; x").append(i).append(" = x").append(i - 1).append(" + 1");
        }
        RawHttp answer = post("/api/grad", "{\"program\": \"" + program + "\"}", "X-Micrograd-Token: " + TOKEN);
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("more than the 2000");
    }

    @Test
    void stopsAnEvaluationPastItsTimeAndRefusesPastTheQueue() throws Exception {
        server.close();
        Limits tight = new Limits(Limits.DEFAULT_MAX_BODY_BYTES, Limits.DEFAULT_MAX_PROGRAM_CHARS, Duration.ofMillis(1),
                1, 1, 16, 1);
        server = PlaygroundServer.start(new HttpHost.Config("127.0.0.1", 0, TOKEN, tight));
        host = "127.0.0.1:" + server.port();
        StringBuilder program = new StringBuilder("x0 = 1");
        for (int i = 1; i <= 900; i++) { // a layout of 1,800 values takes far longer than 1 ms
            program.append("; x").append(i).append(" = x").append(i - 1).append(" * 1.001");
        }
        String body = "{\"program\": \"" + program + "\"}";
        RawHttp answer = post("/api/grad", body, "X-Micrograd-Token: " + TOKEN);
        assertThat(answer.status()).as(answer.body()).isIn(408, 503);
        assertThat(answer.body()).containsAnyOf("longer than 1 ms", "busy");

        // one event stream at most: the second is refused while the first is open
        try (Socket first = new Socket(loopback, server.port())) {
            first.getOutputStream().write(RawHttp.head("GET", "/api/events?token=" + TOKEN, host)
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = first.getInputStream();
            byte[] hello = new byte[512];
            assertThat(in.read(hello)).isPositive();
            assertThat(new String(hello, StandardCharsets.ISO_8859_1)).contains("200").contains("text/event-stream");
            refused(send(RawHttp.head("GET", "/api/events?token=" + TOKEN, host), null), 503);
        }
    }
}
