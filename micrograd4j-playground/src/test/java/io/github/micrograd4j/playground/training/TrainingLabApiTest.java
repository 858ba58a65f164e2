package io.github.micrograd4j.playground.training;

import io.github.micrograd4j.playground.http.Limits;
import io.github.micrograd4j.playground.http.HttpHost;
import io.github.micrograd4j.playground.PlaygroundServer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The training lab's API on loopback: the run limit and its message, a closed stream's run stopped, refusals. */
class TrainingLabApiTest {
    private static final String TOKEN = "lab-api-test-token";
    private PlaygroundServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<InputStream> streams = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = PlaygroundServer.start(new HttpHost.Config("127.0.0.1", 0, TOKEN, Limits.defaults()));
    }

    @AfterEach
    void stop() throws Exception {
        for (InputStream s : streams) {
            s.close();
        }
        server.close();
    }

    private String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private InputStream openPage(String page) throws Exception {
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/train/events?page=" + page))
                .header("X-Micrograd-Token", TOKEN).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        InputStream in = r.body();
        in.read(new byte[5]); // the hello event has been written: the page is registered
        streams.add(in);
        return in;
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("X-Micrograd-Token", TOKEN)
                .header("Origin", base()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int runs() throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/train/status"))
                .header("X-Micrograd-Token", TOKEN).build(), HttpResponse.BodyHandlers.ofString()).body();
        return Integer.parseInt(body.replaceAll("^\\{\"runs\":(\\d+),.*$", "$1"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("X-Micrograd-Token", TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The page's keys, defaults and choices come from Java's table; the language's functions from Op. */
    @Test
    void theSettingsTableAndTheFunctionsAreServed() throws Exception {
        HttpResponse<String> settings = get("/api/train/settings");
        assertThat(settings.statusCode()).isEqualTo(200);
        assertThat(settings.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        assertThat(settings.body()).isEqualTo(io.github.micrograd4j.nn.json.SettingsJson.write())
                .contains("{\"key\":\"lr-changes\"");
        HttpResponse<String> functions = get("/api/functions");
        assertThat(functions.statusCode()).isEqualTo(200);
        for (io.github.micrograd4j.core.Op op : io.github.micrograd4j.core.Op.values()) {
            if (!op.functionName().isEmpty()) {
                assertThat(functions.body()).contains("{\"name\":\"" + op.functionName() + "\",\"arity\":" + op.arity()
                        + "}");
            }
        }
        assertThat(functions.body()).contains("\"sin\"").contains("\"cos\"");
        assertThat(get("/transport.js").body()).contains("export async function settings()");
    }

    /**
     * A short run can end before its start is answered: the answer and every frame carry the run's number on
     * the page, so the page can keep the new run's frames apart from the old one's.
     */
    @Test
    void theStartAnswerAndTheFramesCarryTheRunsNumber() throws Exception {
        InputStream events = openPage("pagerunnumber");
        HttpResponse<String> first = post("/api/train/run", "{\"page\":\"pagerunnumber\",\"settings\":"
                + "{\"points\":\"20\",\"layers\":\"3\",\"steps\":\"5\"},\"play\":true}");
        assertThat(first.body()).startsWith("{\"run\":1,");
        HttpResponse<String> second = post("/api/train/run", "{\"page\":\"pagerunnumber\",\"settings\":"
                + "{\"points\":\"20\",\"layers\":\"3\",\"steps\":\"5\"},\"play\":true}");
        assertThat(second.body()).startsWith("{\"run\":2,");
        // read frames until the second run's last one (step 5, not playing); every frame names run 1 or 2
        java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(events,
                java.nio.charset.StandardCharsets.UTF_8));
        java.util.regex.Pattern frame = java.util.regex.Pattern.compile("^data: \\{\"run\":(\\d+),\"step\":(\\d+),.*"
                + "\"playing\":(true|false).*");
        List<String> seen = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            java.util.regex.Matcher m = frame.matcher(line);
            if (!line.startsWith("data: {\"run\"")) {
                continue;
            }
            assertThat(m.matches()).as(line.substring(0, Math.min(80, line.length()))).isTrue();
            seen.add(m.group(1) + ":" + m.group(2));
            assertThat(m.group(1)).isIn("1", "2");
            if (m.group(1).equals("2") && m.group(2).equals("5") && m.group(3).equals("false")) {
                break;
            }
        }
        assertThat(seen).last().isEqualTo("2:5");
    }

    @Test
    void aFifthRunIsRefusedUntilAPageCloses() throws Exception {
        List<InputStream> pages = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            pages.add(openPage("page0000000" + i));
        }
        for (int i = 0; i < 4; i++) {
            assertThat(post("/api/train/run", "{\"page\":\"page0000000" + i + "\",\"settings\":{\"points\":\"20\","
                    + "\"layers\":\"3\"}}").statusCode()).isEqualTo(200);
        }
        // a page's second run replaces its first: still 4
        assertThat(post("/api/train/run", "{\"page\":\"page00000000\",\"settings\":{}}").statusCode()).isEqualTo(200);
        assertThat(runs()).isEqualTo(4);
        HttpResponse<String> fifth = post("/api/train/run", "{\"page\":\"page00000004\",\"settings\":{}}");
        assertThat(fifth.statusCode()).isEqualTo(503);
        assertThat(fifth.body()).contains("already training 4 runs").contains("close another training tab");
        pages.get(1).close();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (runs() != 3 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(runs()).isEqualTo(3);
        assertThat(post("/api/train/run", "{\"page\":\"page00000004\",\"settings\":{}}").statusCode()).isEqualTo(200);
    }

    @Test
    void badSettingsAndSizesAreRefusedNamingTheValue() throws Exception {
        openPage("pageabcdefgh");
        HttpResponse<String> r = post("/api/train/run", "{\"page\":\"pageabcdefgh\",\"settings\":{\"points\":\"1\"}}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("points must be at least 2, got 1");
        r = post("/api/train/run", "{\"page\":\"pageabcdefgh\",\"settings\":{\"layers\":\"8,65\"}}");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("at most 64 neurons a layer, got 65");
        r = post("/api/train/run", "{\"page\":\"pageabcdefgh\",\"csv\":\"x1,x2,label\\n1,oops,1\\n\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("'oops' is not a finite number");
        r = post("/api/train/control", "{\"page\":\"nosuchpage1\",\"action\":\"play\"}");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(runs()).isZero();
    }

    /** The page sends its language; a refusal comes back in it, the keys, values and numbers as in English. */
    @Test
    void refusalsAreToldInTheRequestsLanguage() throws Exception {
        openPage("pagechinese1");
        HttpResponse<String> r = post("/api/train/run", "{\"page\":\"pagechinese1\",\"lang\":\"zh\","
                + "\"settings\":{\"lr\":\"-1\"}}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("lr 必须为正数，而不是 -1.0");
        r = post("/api/train/run", "{\"page\":\"pagechinese1\",\"lang\":\"zh\",\"settings\":{\"lr\":\"x\","
                + "\"dataset\":\"iris\",\"layers\":\"8,8,8,8,8,8,8\"}}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("有 3 个设置被拒绝：", "lr 必须是一个数，而不是 'x'", "未知的数据集 'iris'",
                "layers：最多 6 个隐藏层，而不是 7 个").doesNotContain("must", "unknown", "at most");
        r = post("/api/train/run", "{\"page\":\"pagechinese1\",\"lang\":\"zh\",\"settings\":{\"layers\":\"8,65\"}}");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("layers：每层最多 64 个神经元，而不是 65 个");
        r = post("/api/train/run", "{\"page\":\"pagechinese1\",\"lang\":\"zh\",\"csv\":\"x1,x2,label\\n1,oops,1\\n\"}");
        assertThat(r.body()).contains("upload.csv：第 2 行第 2 列：'oops' 不是有限的数");
        r = post("/api/train/control", "{\"page\":\"pagechinese1\",\"lang\":\"zh\",\"action\":\"play\"}");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("这个页面还没有开始训练");
        r = post("/api/train/run", "{\"page\":\"pagechinese1\",\"settings\":{\"lr\":\"-1\"}}");
        assertThat(r.body()).contains("lr must be positive, got -1.0");
    }

    /**
     * A run being made while its page goes (here: the server closing) must not start playing with nobody to stop
     * it: the session re-checks that it is still open before the run starts. Seeded delays put the close at
     * different moments of the run's making (a 2,000-point 32,32 net takes a while to compile to a tape).
     */
    @Test
    void aRunMadeWhileThePageCloses_doesNotOutliveIt() throws Exception {
        java.util.Random random = new java.util.Random(26);
        for (int i = 0; i < 12; i++) {
            String page = "pagerace" + i;
            openPage(page);
            java.util.concurrent.CompletableFuture<Void> starting = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    post("/api/train/run", "{\"page\":\"" + page + "\",\"play\":true,\"settings\":{\"points\":\"2000\","
                            + "\"layers\":\"32,32\",\"steps\":\"1000000\"}}");
                } catch (Exception e) {
                    // refused or cut off by the close: either is fine, a run left behind is not
                }
            });
            Thread.sleep(random.nextInt(60));
            server.close();
            starting.get(60, java.util.concurrent.TimeUnit.SECONDS);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (runThreads(page) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(runThreads(page)).as("run threads of %s after the server closed", page).isZero();
            for (InputStream s : streams) {
                s.close();
            }
            streams.clear();
            server = PlaygroundServer.start(new HttpHost.Config("127.0.0.1", 0, TOKEN, Limits.defaults()));
        }
    }

    private static long runThreads(String page) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("micrograd4j-lab-run-" + page.substring(0, 8))).count();
    }
}
