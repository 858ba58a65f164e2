package io.github.micrograd4j.playground;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.playground.http.HttpHost;
import io.github.micrograd4j.playground.http.Limits;
import io.github.micrograd4j.playground.http.RawHttp;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that never finish their headers (a "slowloris" on loopback) cannot stall the server: with 40
 * of them open, a normal request is still answered, within 2 s, with 200 or the 503 and its one-line JSON.
 * The JDK's server read headers on its 16 request threads, so 17 such connections stalled it for 20 s.
 */
class SlowClientsTest {
    private static final String TOKEN = "slow-clients-test-token";
    private static final int HALF_OPEN = 40;

    private PlaygroundServer server;
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = PlaygroundServer.start(new HttpHost.Config("127.0.0.1", 0, TOKEN, Limits.defaults()));
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        server.close();
    }

    private String host() {
        return "127.0.0.1:" + server.port();
    }

    /** Opens a connection that sends part of a request's headers and then nothing more. */
    private void halfOpen(String partial) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
        sockets.add(s);
        OutputStream out = s.getOutputStream();
        out.write(partial.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** The normal request, bounded to 2 s: a stalled server fails this with a time-out. */
    private RawHttp normalRequest() throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return RawHttp.send(InetAddress.getLoopbackAddress(), server.port(),
                        RawHttp.head("GET", "/api/examples?token=" + TOKEN, host()), null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(2, TimeUnit.SECONDS);
    }

    private static void answered(RawHttp answer) {
        assertThat(answer.status()).as(answer.headers() + "\n" + answer.body()).isIn(200, 503);
        if (answer.status() == 503) {
            assertThat(answer.body()).startsWith("{\"status\":503,\"error\":\"").doesNotContain("\n");
        } else {
            assertThat(answer.body()).contains("\"program\"");
        }
    }

    @Test
    void fortyConnectionsStuckInTheirHeadersDoNotStallANormalRequest() throws Exception {
        for (int i = 0; i < HALF_OPEN; i++) {
            halfOpen("GET /api/examples?token=" + TOKEN + " HTTP/1.1\r\nHost: " + host() + "\r\nX-Slow: ");
        }
        Thread.sleep(300); // every one of them has reached the server and begun its headers
        answered(normalRequest());
        answered(normalRequest());
    }

    @Test
    void connectionsThatSendNothingOrOnlyARequestLineDoNotStallIt() throws Exception {
        for (int i = 0; i < HALF_OPEN; i++) {
            halfOpen(i % 2 == 0 ? "" : "POST /api/grad HTTP/1.1\r\n");
        }
        Thread.sleep(300);
        answered(normalRequest());
    }

    @Test
    void aConnectionThatStopsInItsHeadersIsClosedAfterTheHeaderTimeout() throws Exception {
        Limits quick = new Limits(Limits.DEFAULT_MAX_BODY_BYTES, Limits.DEFAULT_MAX_PROGRAM_CHARS,
                java.time.Duration.ofSeconds(10), 2, 4, 16, 8, java.time.Duration.ofMillis(500), 64);
        server.close();
        server = PlaygroundServer.start(new HttpHost.Config("127.0.0.1", 0, TOKEN, quick));
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(5_000); // far past the header time-out: a server that never closes fails here
            s.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host() + "\r\n").getBytes(StandardCharsets.US_ASCII));
            RawHttp answer = RawHttp.read(s.getInputStream());
            // closed, with or without a 408: never a page
            assertThat(answer.status()).isIn(-1, 408);
        }
    }

    @Test
    void aClientPastItsConnectionLimitIsRefusedAndTheOthersStillServed() throws Exception {
        Limits few = new Limits(Limits.DEFAULT_MAX_BODY_BYTES, Limits.DEFAULT_MAX_PROGRAM_CHARS,
                java.time.Duration.ofSeconds(10), 2, 4, 16, 8, java.time.Duration.ofSeconds(10), 8);
        server.close();
        server = PlaygroundServer.start(new HttpHost.Config("127.0.0.1", 0, TOKEN, few));
        for (int i = 0; i < 8; i++) {
            halfOpen("GET / HTTP/1.1\r\n");
        }
        Thread.sleep(300);
        // the ninth connection from the same address is answered at once with the 503, not left waiting
        RawHttp refused = normalRequest();
        assertThat(refused.status()).isEqualTo(503);
        answered(refused);
        assertThat(refused.body()).contains("too many connections from 127.0.0.1");
        for (Socket s : sockets) {
            s.close();
        }
        sockets.clear();
        Thread.sleep(300);
        RawHttp served = normalRequest();
        assertThat(served.status()).isEqualTo(200);
    }
}
