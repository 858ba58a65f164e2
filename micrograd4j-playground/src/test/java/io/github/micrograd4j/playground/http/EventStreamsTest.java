package io.github.micrograd4j.playground.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The event stream as part 2 will use it: a route opens a stream, events reach the page in order, and when
 * the page goes away the stream's close actions run, so a run tied to it stops.
 */
class EventStreamsTest {
    private static final String TOKEN = "events-test-token";

    @Test
    void pushesEventsAndRunsCloseActionsWhenThePageGoes() throws Exception {
        try (HttpHost server = HttpHost.create(
                new HttpHost.Config("127.0.0.1", 0, TOKEN, Limits.defaults())).start()) {
            AtomicReference<EventStreams.Stream> opened = new AtomicReference<>();
            CountDownLatch closed = new CountDownLatch(1);
            CountDownLatch stored = new CountDownLatch(1);
            server.streamRoute("/api/test-events", exchange -> {
                EventStreams.Stream stream = server.openStream(exchange);
                stream.onClose(closed::countDown);
                opened.set(stream);
                stored.countDown();
            });
            String host = "127.0.0.1:" + server.port();
            try (Socket page = new Socket(InetAddress.getByName("127.0.0.1"), server.port())) {
                page.setSoTimeout(20_000);
                page.getOutputStream().write(("GET /api/test-events HTTP/1.1\r\nHost: " + host
                        + "\r\nX-Micrograd-Token: " + TOKEN + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                InputStream in = page.getInputStream();
                String hello = readUntil(in, "\n\n");
                assertThat(hello).startsWith("HTTP/1.1 200").contains("text/event-stream").contains("event: hello");
                // the hello can arrive before the route's thread has stored the stream
                assertThat(stored.await(10, TimeUnit.SECONDS)).isTrue();
                assertThat(server.events().openCount()).isEqualTo(1);
                assertThat(server.events().send(opened.get(), "frame", "{\"step\":1}")).isTrue();
                assertThat(readUntil(in, "\n\n")).contains("event: frame").contains("data: {\"step\":1}");
            }
            // the page is gone: the next writes fail, the stream closes and its actions run
            for (int i = 0; i < 200 && closed.getCount() > 0; i++) {
                server.events().send(opened.get(), "frame", "{\"step\":" + i + "}");
                Thread.sleep(20);
            }
            assertThat(closed.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(opened.get().isClosed()).isTrue();
            assertThat(server.events().openCount()).isZero();
        }
    }

    @Test
    void aReloadedPageGetsAStreamAlthoughTheGoneOneWasNeverClosedProperly() throws Exception {
        Limits oneStream = new Limits(Limits.DEFAULT_MAX_BODY_BYTES, Limits.DEFAULT_MAX_PROGRAM_CHARS,
                java.time.Duration.ofSeconds(10), 1, 1, 4, 1);
        try (HttpHost server = HttpHost.create(
                new HttpHost.Config("127.0.0.1", 0, TOKEN, oneStream)).start()) {
            server.streamRoute("/api/events", server::openStream);
            for (int reload = 0; reload < 5; reload++) { // each page goes without a word, as a closed tab does
                try (Socket page = new Socket(InetAddress.getByName("127.0.0.1"), server.port())) {
                    page.setSoTimeout(20_000);
                    page.getOutputStream().write(("GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                            + "\r\nX-Micrograd-Token: " + TOKEN + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    assertThat(readUntil(page.getInputStream(), "\n\n")).as("reload " + reload)
                            .startsWith("HTTP/1.1 200").contains("event: hello");
                }
            }
            assertThat(server.events().openCount()).isLessThanOrEqualTo(1);
        }
    }

    private static String readUntil(InputStream in, String end) throws java.io.IOException {
        StringBuilder text = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            text.append((char) c);
            String seen = text.toString().replace("\r", "");
            if (seen.contains("event:") && seen.endsWith(end)) {
                return text.toString();
            }
        }
        return text.toString();
    }
}
