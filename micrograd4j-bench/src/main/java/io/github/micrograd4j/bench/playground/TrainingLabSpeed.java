package io.github.micrograd4j.bench.playground;

import io.github.micrograd4j.playground.training.DecisionGrid;
import io.github.micrograd4j.testkit.HeadlessChromium;
import io.github.micrograd4j.playground.PlaygroundServer;
import io.github.micrograd4j.playground.http.HttpHost;
import io.github.micrograd4j.playground.http.Limits;
import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.nn.run.RunSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures the training lab's speed figures for docs/PERFORMANCE.md and takes docs/PLAYGROUND.md's screenshot.
 * Not a test: it asserts nothing and is run by {@code docs/playground/trainlab-speed.sh}. On micrograd's
 * demo net (2-16-16-1, moons, 100 points):
 * <ul>
 *   <li>the CLI's steps per second ({@code train --steps 20000 --json}'s steps over its seconds), median of 3;</li>
 *   <li>the page's steps and frames per second in headless Chromium, over 5 s of a long run, median of 3;</li>
 *   <li>a frame's maps ({@link DecisionGrid#compute()}: the 100x100 map and the 20x20 thumbnails' grid, forward
 *       only on the tape, and the map read out), median of 300.</li>
 * </ul>
 */
public final class TrainingLabSpeed {
    private TrainingLabSpeed() {
    }

    /**
     * Prints the figures and writes the screenshot.
     *
     * @param args the screenshot's path
     * @throws Exception if anything fails
     */
    public static void main(String[] args) throws Exception {
        List<Double> cli = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // 20,000 steps, so that the JIT's warm-up is a small part of it, as it is of the page's 5 s
            String json = cliOut("train", "--steps", "20000", "--schedule", "constant", "--lr", "0.05", "--json");
            double seconds = Double.parseDouble(json.replaceAll("(?s).*\"seconds\" : ([0-9.Ee-]+).*", "$1"));
            cli.add(20000 / seconds);
        }
        Run run = Run.create(RunSettings.DEFAULTS, null);
        List<Double> maps = new ArrayList<>();
        try (DecisionGrid grid = new DecisionGrid(run.model(), null, run.data())) {
            for (int i = 0; i < 400; i++) {
                long t0 = System.nanoTime();
                grid.compute();
                double[] map = grid.map();
                long t1 = System.nanoTime();
                if (i >= 100 && map.length == DecisionGrid.SIZE * DecisionGrid.SIZE) {
                    maps.add((t1 - t0) / 1e6);
                }
            }
        }
        List<Double> pageSteps = new ArrayList<>();
        List<Double> pageFrames = new ArrayList<>();
        try (PlaygroundServer server = PlaygroundServer.start(
                new HttpHost.Config("127.0.0.1", 0, "speed-token", Limits.defaults()))) {
            WebDriver driver = HeadlessChromium.start(1400, 1000).driver();
            try {
                String base = "http://127.0.0.1:" + server.port() + "/train?token=speed-token";
                for (int i = 0; i < 3; i++) {
                    driver.get("about:blank");
                    driver.get(base + "#steps=1000000&schedule=constant&lr=0.05&play=1");
                    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> step(d) > 200);
                    long s0 = step(driver);
                    long f0 = frames(driver);
                    long t0 = System.nanoTime();
                    Thread.sleep(5000);
                    long s1 = step(driver);
                    long f1 = frames(driver);
                    double dt = (System.nanoTime() - t0) / 1e9;
                    pageSteps.add((s1 - s0) / dt);
                    pageFrames.add((f1 - f0) / dt);
                }
                if (args.length > 0) {
                    screenshot(driver, base, Path.of(args[0]));
                }
            } finally {
                driver.quit();
            }
        }
        double c = median(cli);
        double p = median(pageSteps);
        System.out.printf(Locale.ROOT, "| CLI, train on the demo net (tape engine) | %.0f steps/s |%n", c);
        System.out.printf(Locale.ROOT, "| training lab page, the same net, streaming | %.0f steps/s (%.0f%% of the CLI) at "
                + "%.1f frames/s |%n", p, 100 * p / c, median(pageFrames));
        System.out.printf(Locale.ROOT, "| a frame's maps (100x100 and the thumbnails' 20x20) | %.2f ms |%n", median(maps));
    }

    private static long step(WebDriver d) {
        return Long.parseLong(d.findElement(By.id("step")).getText());
    }

    private static long frames(WebDriver d) {
        return ((Number) ((JavascriptExecutor) d).executeScript("return +(document.body.dataset.frames || 0);"))
                .longValue();
    }

    /** The demo at step 40 of 100, paused mid-training, neuron thumbnails and edges drawn. */
    static void screenshot(WebDriver driver, String base, Path file) throws Exception {
        driver.get("about:blank");
        driver.get(base + "#dataset=moons&steps=100");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> frames(d) > 0);
        for (int i = 1; i <= 40; i++) {
            driver.findElement(By.id("step-once")).click();
            int want = i;
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> step(d) == want);
        }
        Thread.sleep(300);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".shot-", ".png");
        Files.copy(shot, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    /** Runs the CLI in this JVM, as {@code ./micrograd ARGS} would, and returns what it printed. */
    private static String cliOut(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cl = io.github.micrograd4j.cli.Main.commandLine(args);
        cl.setOut(new java.io.PrintWriter(out, true));
        int code = cl.execute(args);
        if (code != 0) {
            throw new IllegalStateException("./micrograd " + String.join(" ", args) + " exited with " + code);
        }
        return out.toString();
    }
}
