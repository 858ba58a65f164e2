package io.github.micrograd4j.web;

import io.github.micrograd4j.playground.PlaygroundServer;
import io.github.micrograd4j.playground.training.BrowserLab;
import io.github.micrograd4j.playground.http.HttpHost;
import io.github.micrograd4j.playground.http.Limits;
import io.github.micrograd4j.testkit.HeadlessChromium;
import io.github.micrograd4j.testkit.TestJson;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.nn.run.RunSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The training lab's speed in Chromium, side by side: the web edition (the engine compiled for the
 * browser, in a Web Worker) and the served playground (the engine on this JVM), training the demo
 * (MLP(2, [16, 16, 1]), 100 moons, SVM loss, full batch) for the same number of steps, alternated round by
 * round. Steps per second are read from the page's own step counter between the first frame and the
 * last. Run by {@code docs/web-speed.sh}; not a test.
 */
public final class WebSpeed {
    private WebSpeed() {
    }

    /**
     * Measures.
     *
     * @param args steps per run (default 3000), rounds (default 3), and the folder of the engines' page
     *     ({@code docs/web-speed}, built), if the engines are to be compared too
     * @throws Exception if the site, the server or the browser fails
     */
    public static void main(String[] args) throws Exception {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (StaticSite site = new StaticSite();
                PlaygroundServer served = PlaygroundServer.start(new HttpHost.Config("127.0.0.1", 0, null,
                        Limits.defaults()));
                HeadlessChromium chromium = HeadlessChromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            for (String page : new String[] {"index.html", "train.html"}) {
                for (int i = 0; i < rounds; i++) {
                    System.out.printf(Locale.ROOT, "%s from %s: first paint %.0f ms, first contentful paint %.0f ms, "
                            + "load %.0f ms%n", page, site.origin(), paint(driver, site.origin() + "/" + page, "first-paint"),
                            paint(driver, site.origin() + "/" + page, "first-contentful-paint"),
                            ((Number) ((JavascriptExecutor) driver).executeScript(
                                    "return performance.getEntriesByType('navigation')[0].loadEventEnd")).doubleValue());
                }
            }
            for (int round = 1; round <= rounds; round++) {
                Speed web = stepsPerSecond(driver, site.origin() + "/train.html", steps);
                Speed jvm = stepsPerSecond(driver, served.trainingUrl(), steps);
                System.out.printf(Locale.ROOT, "round %d: web edition %.0f steps/s (%d steps, %s), served (JVM) %.0f "
                        + "steps/s (%d steps), ratio %.2f%n", round, web.perSecond(), web.steps(), web.engine(),
                        jvm.perSecond(), jvm.steps(), web.perSecond() / jvm.perSecond());
            }
            if (args.length > 2) {
                engines(driver, Path.of(args[2], "bench.html"), steps, rounds);
            }
        }
    }

    /**
     * The engines alone, in one page: micrograd4j's compiled for the browser and TensorFlow Playground's
     * nn.ts, on the demo's network and its 100 moons (labels -1 and 1 for nn.ts's squared error).
     */
    private static void engines(WebDriver driver, Path page, int steps, int rounds) {
        RunSettings settings = RunSettings.fromMap(Map.of());
        Dataset moons = Run.generate(settings);
        StringBuilder points = new StringBuilder("[");
        for (int i = 0; i < moons.size(); i++) {
            double[] x = moons.features(i);
            points.append(i == 0 ? "" : ",").append('[').append(x[0]).append(',').append(x[1]).append(',')
                    .append(moons.classOf(i) == 0 ? -1 : 1).append(']');
        }
        points.append(']');
        driver.get(page.toAbsolutePath().toUri().toString());
        JavascriptExecutor js = (JavascriptExecutor) driver;
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(
                js.executeScript("return !!window.wasmEngine")));
        for (int round = 1; round <= rounds; round++) {
            Object ours = js.executeScript("return JSON.stringify(window.micrograd4j(arguments[0]))", steps);
            Object wasm = js.executeScript("return JSON.stringify(window.micrograd4jWasm(arguments[0]))", steps);
            Object theirs = js.executeScript("return JSON.stringify(window.tfPlayground(JSON.parse(arguments[0]), "
                    + "arguments[1], 0.03, " + settings.rate() + "))", points.toString(), steps);
            System.out.printf(Locale.ROOT, "round %d, engines alone, %d steps: micrograd4j (TeaVM, JavaScript) %s, "
                    + "micrograd4j (TeaVM, WebAssembly-GC) %s, TensorFlow Playground nn.ts %s, the same run on this JVM "
                    + "(BrowserLab, the engine the served lab picks) %.0f steps/s%n", round, steps, ours, wasm, theirs,
                    onTheJvm(steps));
        }
    }

    /**
     * The engines' page's micrograd4j run on this JVM: the same Java ({@code BrowserLab}, the training worker's
     * code), all steps in one slice on the calling thread, after one run to warm the JIT up.
     */
    private static double onTheJvm(int steps) {
        String body = "{\"page\":\"speedjvm\",\"settings\":{\"steps\":\"" + steps + "\"},\"play\":true}";
        double perSecond = Double.NaN;
        for (int warm = 0; warm < 2; warm++) {
            BrowserLab.start(body);
            long t0 = System.nanoTime();
            String frame = BrowserLab.tick(1e9);
            double seconds = (System.nanoTime() - t0) / 1e9;
            int step = ((Number) TestJson.object(TestJson.parse(frame)).get("step")).intValue();
            perSecond = step / seconds;
        }
        return perSecond;
    }

    /** A paint timing of a fresh load, in milliseconds from navigation start. */
    private static double paint(WebDriver driver, String url, String name) throws InterruptedException {
        driver.get("about:blank");
        driver.get(url);
        for (int i = 0; i < 100; i++) {
            Object t = ((JavascriptExecutor) driver).executeScript(
                    "const e = performance.getEntriesByName(arguments[0]); return e.length ? e[0].startTime : null", name);
            if (t != null) {
                return ((Number) t).doubleValue();
            }
            Thread.sleep(50);
        }
        return Double.NaN;
    }

    /** A run's speed: steps per second between the first frame the page showed and the last, and its engine. */
    private record Speed(double perSecond, int steps, String engine) {
    }

    /**
     * Trains the demo's network for {@code steps} steps (the page's own run, {@code #steps=N&play=1}), reading the
     * page's step counter; a run shorter than a second is too short to time from the page's frames (the JVM's
     * lab can finish 3,000 steps before the first frame is read), so it is run again four times as long.
     */
    private static Speed stepsPerSecond(WebDriver driver, String lab, int steps) throws InterruptedException {
        for (int n = steps;; n *= 4) {
            driver.get("about:blank");
            driver.get(lab + "#steps=" + n + "&play=1");
            long deadline = System.nanoTime() + 600_000_000_000L;
            int first = -1;
            long t0 = 0;
            while (System.nanoTime() < deadline) {
                int step = step(driver);
                long now = System.nanoTime();
                if (first < 0 && step > 0) {
                    first = step;
                    t0 = now;
                }
                if (step >= n) {
                    double seconds = (now - t0) / 1e9;
                    if (seconds >= 1 && first < n / 2) {
                        Object engine = ((JavascriptExecutor) driver).executeScript(
                                "return document.documentElement.dataset.engine || 'the JVM'");
                        return new Speed((step - first) / seconds, n, String.valueOf(engine));
                    }
                    break;
                }
                Thread.sleep(5);
            }
            if (System.nanoTime() >= deadline) {
                throw new IllegalStateException("the run at " + lab + " did not reach step " + n + " in 10 minutes");
            }
        }
    }

    private static int step(WebDriver driver) {
        Object text = ((JavascriptExecutor) driver).executeScript("return document.getElementById('step').textContent");
        try {
            return Integer.parseInt(String.valueOf(text).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
