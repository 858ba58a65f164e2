package io.github.micrograd4j.bench.playground;

import io.github.micrograd4j.playground.expression.GradRequest;
import io.github.micrograd4j.testkit.HeadlessChromium;
import io.github.micrograd4j.playground.PlaygroundServer;
import io.github.micrograd4j.playground.http.HttpHost;
import io.github.micrograd4j.playground.http.Limits;
import io.github.micrograd4j.playground.expression.GradService;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures the playground's speed figures for docs/PERFORMANCE.md and takes docs/PLAYGROUND.md's screenshot. Not a
 * test: it asserts nothing and is run by {@code docs/playground/speed.sh}. Figures, as medians:
 * <ul>
 *   <li>edit to new graph, server side, warm: {@link GradService#grad} for the walkthrough (parse, forward,
 *       backward, layout, SVG, JSON), and the same through HTTP on loopback;</li>
 *   <li>the same for a 500-value graph;</li>
 *   <li>keystroke to redrawn page in headless Chromium: from the editor's input event to the first
 *       animation frame after the new SVG is in the page (the page's {@code window.playground.lastRenderMs});</li>
 * </ul>
 */
public final class PlaygroundSpeed {
    private static final String WALKTHROUGH = "a = 2.0\nb = -3.0\nc = 10.0\ne = a * b\nd = e + c\nf = -2.0\nL = d * f\n";

    private PlaygroundSpeed() {
    }

    /**
     * Prints the figures as a Markdown table and writes the screenshot.
     *
     * @param args the screenshot's path (optional), or {@code --screenshot-only PATH}
     * @throws Exception if anything fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--screenshot-only")) {
            try (PlaygroundServer server = PlaygroundServer.start(
                    new HttpHost.Config("127.0.0.1", 0, null, Limits.defaults()))) {
                WebDriver driver = HeadlessChromium.start(1400, 1000).driver();
                try {
                    screenshot(driver, server, Path.of(args[1]));
                } finally {
                    driver.quit();
                }
            }
            return;
        }
        Path screenshot = args.length > 0 ? Path.of(args[0]) : null;
        String big = fiveHundredValues();
        List<String> rows = new ArrayList<>();
        try (GradService service = new GradService(Limits.defaults())) {
            rows.add(row("edit to new graph, server side (GradService), walkthrough (7 values)",
                    inProcess(service, WALKTHROUGH, 300, 300)));
            rows.add(row("edit to new graph, server side (GradService), 500 values", inProcess(service, big, 20, 30)));
        }
        try (PlaygroundServer server = PlaygroundServer.start(
                new HttpHost.Config("127.0.0.1", 0, null, Limits.defaults()))) {
            rows.add(row("POST /api/grad over loopback HTTP, walkthrough", overHttp(server, WALKTHROUGH, 300, 300)));
            rows.add(row("POST /api/grad over loopback HTTP, 500 values", overHttp(server, big, 20, 30)));
            Path dir = Files.createTempDirectory("playground-speed");
            WebDriver driver = HeadlessChromium.start(1400, 1000).driver();
            try {
                List<double[]> split = new ArrayList<>();
                rows.add(row("keystroke to redrawn page, headless Chromium, walkthrough",
                        keystrokes(driver, server, 10, 40, split)));
                rows.add(row("  of which the request (server, network, JSON parse)", column(split, 0)));
                rows.add(row("  of which the page's own work (DOM)", column(split, 1)));
                split.clear();
                rows.add(row("program opened to drawn page, headless Chromium, 500 values",
                        opened(driver, server, big, 3, 10, split)));
                rows.add(row("  of which the request (server, network, JSON parse)", column(split, 0)));
                rows.add(row("  of which the page's own work (DOM)", column(split, 1)));
                if (screenshot != null) {
                    screenshot(driver, server, screenshot);
                }
            } finally {
                driver.quit();
            }
        }
        System.out.println("| figure | median | min | max | runs |");
        System.out.println("|---|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.println("Java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " cores");
    }

    /** 125 terms x_i * w_i summed and squashed by tanh: 250 inputs, 125 products, 124 sums, 1 tanh. */
    static String fiveHundredValues() {
        StringBuilder p = new StringBuilder();
        for (int i = 1; i <= 125; i++) {
            p.append(String.format(Locale.ROOT, "x%d = %.2f%nw%d = %.2f%n", i, Math.sin(i) , i, Math.cos(i) / 10));
        }
        p.append("s = x1 * w1\n");
        for (int i = 2; i <= 125; i++) {
            p.append("s += x").append(i).append(" * w").append(i).append('\n');
        }
        return p.append("L = tanh(s)\n").toString();
    }

    private static String body(String program) {
        return "{\"program\": \"" + program.replace("\n", "\\n") + "\"}";
    }

    private static List<Double> inProcess(GradService service, String program, int warm, int runs) {
        GradRequest request = GradRequest.parse(body(program).getBytes(StandardCharsets.UTF_8));
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < warm + runs; i++) {
            long t = System.nanoTime();
            service.grad(request);
            if (i >= warm) {
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        return ms;
    }

    private static List<Double> overHttp(PlaygroundServer server, String program, int warm, int runs)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/grad"))
                .header("X-Micrograd-Token", server.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(program))).build();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < warm + runs; i++) {
            long t = System.nanoTime();
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(answer.body());
            }
            if (i >= warm) {
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        return ms;
    }

    private static Object js(WebDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static int renders(WebDriver driver) {
        return ((Number) js(driver, "return window.playground ? window.playground.renders : 0;")).intValue();
    }

    private static double lastRenderMs(WebDriver driver) {
        return ((Number) js(driver, "return window.playground.lastRenderMs;")).doubleValue();
    }

    private static double[] timings(WebDriver driver) {
        Object fetch = js(driver, "return window.playground.lastTimings.fetchMs;");
        Object render = js(driver, "return window.playground.lastTimings.renderMs;");
        return new double[] {((Number) fetch).doubleValue(), ((Number) render).doubleValue()};
    }

    private static List<Double> column(List<double[]> rows, int index) {
        List<Double> values = new ArrayList<>();
        for (double[] r : rows) {
            values.add(r[index]);
        }
        return values;
    }

    private static void open(WebDriver driver, PlaygroundServer server, String program) {
        driver.get("about:blank");
        driver.get(server.url() + "#program=" + URLEncoder.encode(program, StandardCharsets.UTF_8).replace("+", "%20"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> renders(d) > 0);
    }

    /** Types one digit at a time at the end of the program ("L = d * f" then "L = d * f1", ...). */
    private static List<Double> keystrokes(WebDriver driver, PlaygroundServer server, int warm, int runs,
            List<double[]> split) {
        open(driver, server, WALKTHROUGH + "g = 1");
        WebElement editor = driver.findElement(By.id("program"));
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < warm + runs; i++) {
            int before = renders(driver);
            js(driver, "window.playground.lastRenderMs = NaN;");
            editor.sendKeys(Integer.toString(1 + i % 9));
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> renders(d) > before
                    && !Double.isNaN(lastRenderMs(d)));
            if (i >= warm) {
                ms.add(lastRenderMs(driver));
                split.add(timings(driver));
            }
        }
        return ms;
    }

    private static List<Double> opened(WebDriver driver, PlaygroundServer server, String program, int warm, int runs,
            List<double[]> split) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < warm + runs; i++) {
            open(driver, server, program);
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !Double.isNaN(lastRenderMs(d)));
            if (i >= warm) {
                ms.add(lastRenderMs(driver));
                split.add(timings(driver));
            }
        }
        return ms;
    }

    /** The walkthrough at step 4 with the output's details open: what docs/PLAYGROUND.md shows. */
    private static void screenshot(WebDriver driver, PlaygroundServer server, Path file) throws IOException {
        open(driver, server, WALKTHROUGH);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1500, 900));
        driver.findElement(By.tagName("h1")).click();
        for (int i = 0; i < 4; i++) {
            driver.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
        }
        js(driver, "document.getElementById('v4').dispatchEvent(new MouseEvent('click', {bubbles: true}));");
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".playground", ".png.tmp");
        Files.write(tmp, png);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.err.println("wrote " + file);
    }

    private static String row(String name, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        return String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms | %d |", name, median, sorted.get(0),
                sorted.get(sorted.size() - 1), sorted.size());
    }
}
