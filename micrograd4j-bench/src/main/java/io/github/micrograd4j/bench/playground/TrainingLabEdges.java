package io.github.micrograd4j.bench.playground;

import io.github.micrograd4j.testkit.HeadlessChromium;
import io.github.micrograd4j.playground.PlaygroundServer;
import io.github.micrograd4j.playground.http.HttpHost;
import io.github.micrograd4j.playground.http.Limits;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures how long the training lab takes to draw its edges (one line per weight, coloured and
 * thickened by it) for wide layers, in headless Chromium. Not a test: it asserts nothing and is run
 * by {@code docs/playground/trainlab-edges.sh}. For each net (on 20 moons: the edges do not depend on
 * the data), the run is stepped 25 times while paused
 * (each step's frame redraws every edge) and the median of the page's own timings is printed: the
 * script (reading the layout, building and setting the lines) and the time until the frame after it is
 * drawn (two animation frames later, so style, layout and paint of the new lines are included).
 */
public final class TrainingLabEdges {
    private TrainingLabEdges() {
    }

    /**
     * Prints one table row per net.
     *
     * @param args ignored
     * @throws Exception if anything fails
     */
    public static void main(String[] args) throws Exception {
        String[] nets = args.length > 0 ? args : new String[] {"16,16", "64", "64,64", "64,64,64", "64,64,64,64,64,64"};
        try (PlaygroundServer server = PlaygroundServer.start(
                new HttpHost.Config("127.0.0.1", 0, "edges-token", Limits.defaults()))) {
            WebDriver driver = HeadlessChromium.start(1400, 1000).driver();
            try {
                String base = "http://127.0.0.1:" + server.port() + "/train?token=edges-token";
                System.out.println("| hidden layers | edges | script, median of 25 (ms) | until drawn, median (ms) |");
                System.out.println("| --- | --- | --- | --- |");
                for (String layers : nets) {
                    driver.get("about:blank");
                    driver.get(base + "#layers=" + layers + "&steps=1000000&points=20");
                    new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> number(d, "frames") > 0
                            || !d.findElement(By.id("message")).getText().isEmpty());
                    String message = driver.findElement(By.id("message")).getText();
                    if (!message.isEmpty()) {
                        System.out.printf(Locale.ROOT, "| %s | - | %s | |%n", layers, message);
                        continue;
                    }
                    List<Double> script = new ArrayList<>();
                    List<Double> drawn = new ArrayList<>();
                    for (int i = 1; i <= 25; i++) {
                        double before = number(driver, "edgeDone");
                        driver.findElement(By.id("step-once")).click();
                        int want = i;
                        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d ->
                                Integer.parseInt(d.findElement(By.id("step")).getText()) == want
                                && number(d, "edgeDone") > before && number(d, "edgeDone") == number(d, "edgeDraws"));
                        script.add(number(driver, "edgeMillis"));
                        drawn.add(number(driver, "edgeFrameMillis"));
                    }
                    long edges = (long) number(driver, "edgeCount");
                    System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n", layers, edges, median(script),
                            median(drawn));
                }
            } finally {
                driver.quit();
            }
        }
    }

    private static double number(WebDriver d, String key) {
        Object v = ((JavascriptExecutor) d).executeScript("return +(document.body.dataset." + key + " || 0);");
        return ((Number) v).doubleValue();
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
