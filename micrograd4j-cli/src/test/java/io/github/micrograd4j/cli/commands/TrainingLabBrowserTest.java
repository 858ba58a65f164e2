package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.playground.http.Limits;
import io.github.micrograd4j.playground.http.HttpHost;
import io.github.micrograd4j.playground.PlaygroundServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import io.github.micrograd4j.testkit.HeadlessChromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The training lab in a real headless Chromium against a real server on loopback: micrograd's demo
 * run from a link, with the CLI's loss at step 100; pause, step and reset; the learning rate changed
 * mid-run; a CSV upload; two tabs at once; a closed tab's run stopped.
 */
class TrainingLabBrowserTest {
    @RegisterExtension
    static final HeadlessChromium CHROMIUM = new HeadlessChromium(1400, 1000);
    private static final String TOKEN = "training-lab-test-token";

    @TempDir
    static Path dir;

    private static WebDriver driver;
    private static PlaygroundServer server;

    @BeforeAll
    static void openTheBrowser() throws IOException {
        server = PlaygroundServer.start(new HttpHost.Config("127.0.0.1", 0, TOKEN, Limits.defaults()));
        driver = CHROMIUM.driver();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (server != null) {
            server.close();
        }
    }

    private static String trainUrl(String fragment) {
        return "http://127.0.0.1:" + server.port() + "/train?token=" + TOKEN + fragment;
    }

    private static WebDriverWait waiting() {
        WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(60));
        w.withMessage(() -> "the page shows step " + text("step") + ", " + text("play") + ", message '"
                + text("message") + "', " + frames() + " frames");
        return w;
    }

    private static void open(String fragment) {
        driver.get("about:blank");
        driver.get(trainUrl(fragment));
        waiting().until(d -> !text("connection").equals("connecting…") && frames() > 0);
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static int frames() {
        Object n = ((JavascriptExecutor) driver).executeScript("return +(document.body.dataset.frames || 0);");
        return ((Number) n).intValue();
    }

    private static void waitForStep(String step) {
        waiting().until(d -> text("step").equals(step));
    }

    /** train --json's loss at a step, printed as the page prints it (6 significant digits). */
    private static String cliLoss(int step, String... args) throws IOException {
        String json = CliRunAccess.out(args);
        List<Double> losses = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            boolean inSteps = false;
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("steps")) {
                    inSteps = true;
                } else if (inSteps && p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("loss")) {
                    p.nextToken();
                    losses.add(p.getDoubleValue());
                } else if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("final")) {
                    break;
                }
            }
        }
        return new BigDecimal(losses.get(step - 1)).round(new MathContext(6)).toPlainString();
    }

    private static int runCount() throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/api/train/status"))
                .header("X-Micrograd-Token", TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        return Integer.parseInt(r.body().replaceAll("^\\{\"runs\":(\\d+),.*$", "$1"));
    }

    @Test
    void theDemoLinkReachesFullAccuracyWithTheClisLoss() throws IOException {
        open("#dataset=moons&play=1&steps=100");
        waitForStep("100");
        assertThat(text("accuracy")).isEqualTo("1");
        assertThat(text("loss")).isEqualTo(cliLoss(100, "train", "--json"));
        assertThat(text("play")).contains("Play"); // paused where the run ends
        assertThat(text("message")).isEmpty();
    }

    /** A regression link gives train --json's loss, and accuracy reads "–": it does not apply. */
    @Test
    void aRegressionLinkGivesTheClisLossAndNoAccuracy() throws IOException {
        open("#dataset=reg-plane&play=1&steps=100");
        waitForStep("100");
        assertThat(text("loss")).isEqualTo(cliLoss(100, "train", "--dataset", "reg-plane", "--json"));
        assertThat(text("accuracy")).isEqualTo("–");
    }

    /** With a test set, the page's test loss at the last step is train --json's (computed on the sender's thread). */
    @Test
    void theTestLossIsTheClis() throws IOException {
        open("#points=60&layers=4&steps=10&split=0.5&play=1");
        waitForStep("10");
        String json = CliRunAccess.out("train", "--points", "60", "--layers", "4", "--steps", "10", "--split", "0.5",
                "--json");
        double cli = Double.parseDouble(json.replaceAll("(?s).*\"test_loss\" : ([0-9.Ee-]+).*", "$1"));
        waiting().until(d -> !text("test-loss").equals("–"));
        assertThat(text("test-loss")).isEqualTo(new BigDecimal(cli).round(new MathContext(6)).toPlainString());
    }

    /**
     * A neuron's graph opens in the lab's own panel (no new tab) with the engine's numbers, and its link opens it in
     * the expression lab; the check and model export work.
     */
    @Test
    void aNeuronsGraphHasTheEnginesNumbersAndTheNetChecksOut() throws Exception {
        open("#layers=3,2&steps=10&features=x1,x2,x1x2");
        String lab = driver.getWindowHandle();
        driver.findElement(By.cssSelector(".neuron[data-neuron='3']")).click(); // layer 2's first neuron
        WebElement map = driver.findElement(By.id("map"));
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(map, 60, -40).click().perform();
        waiting().until(d -> !text("neuron-link").isEmpty());
        String href = driver.findElement(By.id("neuron-link")).getAttribute("href");
        assertThat(driver.getWindowHandles()).as("the drill-down opens in the lab, not in a new tab").containsExactly(lab);
        assertThat(text("drill-title")).isEqualTo("Neuron 1 of hidden layer 2");
        String program = java.net.URLDecoder.decode(href.substring(href.indexOf("#program=") + 9),
                java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("at the point \\(([^,]+), ([^)]+)\\)")
                .matcher(program);
        assertThat(m.find()).as(program).isTrue();
        double x1 = Double.parseDouble(m.group(1));
        double x2 = Double.parseDouble(m.group(2));
        io.github.micrograd4j.nn.run.Run run = io.github.micrograd4j.nn.run.Run.create(
                io.github.micrograd4j.nn.run.RunSettings.fromMap(java.util.Map.of("layers", "3,2", "steps", "10",
                        "features", "x1,x2,x1x2")), null);
        var in = io.github.micrograd4j.nn.Feature.apply(run.objective().features(),
                io.github.micrograd4j.nn.MLP.inputs(x1, x2));
        in = run.model().layers().get(0).forward(in);
        double engine = run.model().layers().get(1).forward(in).get(0).data();
        assertThat(program).contains("z = b + w0 * h1_0 + w1 * h1_1 + w2 * h1_2").contains("out = relu(z)");
        // L is the loss's tangent in out: dL/d out and the rest of the loss (NeuronViewTest checks the grads)
        java.util.regex.Matcher seed = java.util.regex.Pattern.compile("\nL = out \\* (\\S+) \\+ (\\S+)\n")
                .matcher(program);
        assertThat(seed.find()).as(program).isTrue();
        double upstream = Double.parseDouble(seed.group(1));
        double rest = Double.parseDouble(seed.group(2));

        // the check and the model (with its features), at step 0
        driver.findElement(By.id("check")).click();
        waiting().until(d -> driver.findElements(By.cssSelector("#check-table tr")).size() == 7);
        driver.findElement(By.id("export-model")).click();
        waiting().until(d -> text("export").contains("\"features\": \"x1,x2,x1x2\""));
        Path model = dir.resolve("features-model.json");
        Files.writeString(model, text("export"));
        double[] scores = run.model().predict(x1, x2, x1 * x2);
        assertThat(CliRunAccess.out("predict", "--model", model.toString(), x1 + "," + x2))
                .contains("score " + io.github.micrograd4j.core.Numbers.readable(scores[0], 6));

        driver.findElement(By.id("drill-close")).click();
        driver.get(href);
        waiting().until(d -> text("output").startsWith("L = "));
        assertThat(text("output")).isEqualTo(String.format(java.util.Locale.ROOT, "L = %.4f", engine * upstream + rest));
    }

    @Test
    void theModelExportLoadsInPredict() throws IOException {
        open("#points=40&layers=4&steps=20&play=1");
        waitForStep("20");
        driver.findElement(By.id("export-model")).click();
        waiting().until(d -> text("export").contains("micrograd4j-mlp"));
        Path model = dir.resolve("lab-model.json");
        Files.writeString(model, text("export"));
        assertThat(CliRunAccess.out("predict", "--model", model.toString(), "0.5,0.25")).isNotBlank();
    }

    @Test
    void pauseStepAndReset() throws InterruptedException {
        open("#points=200&layers=16,16&steps=1000000");
        assertThat(text("step")).isEqualTo("0");
        driver.findElement(By.id("step-once")).click();
        waitForStep("1");
        driver.findElement(By.id("play")).click();
        waiting().until(d -> Integer.parseInt(text("step")) > 20);
        driver.findElement(By.id("play")).click(); // pause
        waiting().until(d -> text("play").contains("Play"));
        String paused = text("step");
        Thread.sleep(400);
        assertThat(text("step")).as("paused").isEqualTo(paused);
        driver.findElement(By.id("step-once")).click();
        waitForStep(String.valueOf(Integer.parseInt(paused) + 1));
        driver.findElement(By.id("reset")).click();
        waitForStep("0");
    }

    @Test
    void theLearningRateChangesMidRun() {
        open("#points=200&layers=16,16&steps=1000000&schedule=constant&lr=0.5&play=1");
        waiting().until(d -> Integer.parseInt(text("step")) > 5);
        assertThat(text("lr-now")).isEqualTo("0.5000");
        changeRate("0.02");
        waiting().until(d -> text("lr-now").equals("0.02000"));
        waiting().until(d -> driver.getCurrentUrl().matches(".*lr-changes=\\d+:0\\.02.*"));
        assertThat(driver.getCurrentUrl()).contains("lr=0.5");
        int before = Integer.parseInt(text("step"));
        waiting().until(d -> Integer.parseInt(text("step")) > before + 5); // still training
    }

    private static void changeRate(String rate) {
        WebElement lr = driver.findElement(By.id("lr"));
        lr.clear();
        lr.sendKeys(rate);
        driver.findElement(By.tagName("h1")).click(); // the field's change event
    }

    /** A rate changed after 5 steps is in the link and the train command, and both give the page's loss. */
    @Test
    void aRateChangeIsKeptInTheLinkAndTheCommand() throws IOException {
        open("#points=60&layers=8&steps=30&schedule=constant&lr=0.5");
        for (int i = 1; i <= 5; i++) {
            driver.findElement(By.id("step-once")).click();
            waitForStep(String.valueOf(i));
        }
        changeRate("0.02");
        waiting().until(d -> driver.getCurrentUrl().contains("lr-changes=5:0.02"));
        driver.findElement(By.id("play")).click();
        waitForStep("30");
        String page = text("loss");
        driver.findElement(By.id("export-command")).click();
        assertThat(text("export")).contains("--lr-changes 5:0.02");
        assertThat(page).isEqualTo(cliLoss(30, "train", "--points", "60", "--layers", "8", "--steps", "30",
                "--schedule", "constant", "--lr", "0.5", "--lr-changes", "5:0.02", "--json"));
        open(driver.getCurrentUrl().replaceAll("^[^#]*", "") + "&play=1");
        waitForStep("30");
        assertThat(text("loss")).isEqualTo(page);
    }

    /** Clicked points go into the link, which trains on them again; data too big for a link says so. */
    @Test
    void clickedPointsAreKeptInTheLink() throws IOException {
        open("#points=30&layers=4&steps=20");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("add-class"))).selectByVisibleText("1");
        WebElement map = driver.findElement(By.id("map"));
        int f0 = frames();
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(map, 50, 50).click().perform();
        waiting().until(d -> driver.getCurrentUrl().contains("data=") && frames() > f0);
        String link = driver.getCurrentUrl().replaceAll("^[^#]*", "");
        int f1 = frames();
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(map, -70, 20).click().perform();
        waiting().until(d -> !driver.getCurrentUrl().replaceAll("^[^#]*", "").equals(link) && frames() > f1);
        String twoPoints = driver.getCurrentUrl().replaceAll("^[^#]*", "");
        waitForStep("0");
        driver.findElement(By.id("play")).click();
        waitForStep("20");
        String loss = text("loss");
        // the exported command writes the points to upload.csv first, then trains on them: the page's loss
        driver.findElement(By.id("export-command")).click();
        String[] lines = text("export").split("\n");
        assertThat(lines[0]).isEqualTo("cat > upload.csv <<'EOF'");
        int end = java.util.Arrays.asList(lines).indexOf("EOF");
        Path clicked = dir.resolve("clicked.csv");
        Files.writeString(clicked, String.join("\n", java.util.Arrays.copyOfRange(lines, 1, end)) + "\n");
        String command = lines[lines.length - 1];
        assertThat(command).startsWith("./micrograd train ").contains("--dataset upload.csv").doesNotContain("--points");
        List<String> args = new ArrayList<>(List.of(command.substring("./micrograd ".length()).replace("upload.csv",
                clicked.toString()).split(" ")));
        args.add("--json");
        assertThat(loss).isEqualTo(cliLoss(20, args.toArray(new String[0])));
        open(twoPoints + "&play=1");
        waitForStep("20");
        assertThat(text("loss")).isEqualTo(loss);
        assertThat(text("message")).isEmpty();
        // 3,000 points at full precision do not fit in a link
        StringBuilder csv = new StringBuilder("x1,x2,label\n");
        java.util.Random rng = new java.util.Random(5);
        for (int i = 0; i < 3000; i++) {
            csv.append(rng.nextGaussian()).append(',').append(rng.nextGaussian()).append(',').append(i % 2).append('\n');
        }
        Path file = dir.resolve("big.csv");
        Files.writeString(file, csv);
        driver.findElement(By.id("csv")).sendKeys(file.toString());
        waiting().until(d -> text("message").contains("more than its 16000: the link keeps the settings only"));
        assertThat(driver.getCurrentUrl()).doesNotContain("data=");
    }

    @Test
    void anUploadedCsvTrainsWithTheClisParser() throws IOException {
        StringBuilder csv = new StringBuilder("x1,x2,label\n");
        java.util.Random rng = new java.util.Random(11);
        for (int i = 0; i < 60; i++) {
            double a = rng.nextGaussian();
            double b = rng.nextGaussian();
            csv.append(a).append(',').append(b).append(',').append(a + b > 0 ? 1 : -1).append('\n');
        }
        Path file = dir.resolve("mine.csv");
        Files.writeString(file, csv);
        open("#layers=4&steps=30");
        driver.findElement(By.id("csv")).sendKeys(file.toString());
        waitForStep("0");
        driver.findElement(By.id("play")).click();
        waitForStep("30");
        assertThat(text("loss")).isEqualTo(cliLoss(30, "train", "--dataset", file.toString(), "--layers", "4",
                "--steps", "30", "--json"));
        Files.writeString(dir.resolve("bad.csv"), "x1,x2,label\n1,oops,1\n");
        driver.findElement(By.id("csv")).sendKeys(dir.resolve("bad.csv").toString());
        waiting().until(d -> text("message").contains("'oops' is not a finite number"));
    }

    @Test
    void aLinkReproducesARunInTwoTabsAtOnceAndAClosedTabStopsItsRun() throws Exception {
        String link = "#dataset=circles&points=60&layers=5&steps=2000&seed=7&features=x1sq,x2sq&reg=l1&rate=0.001"
                + "&optimizer=adam&lr=0.01&batch=20&play=1";
        String expected = cliLoss(2000, "train", "--dataset", "circles", "--points", "60", "--layers", "5",
                "--steps", "2000", "--seed", "7", "--features", "x1sq,x2sq", "--l1", "0.001", "--optimizer", "adam",
                "--lr", "0.01", "--batch", "20", "--json");
        String first = driver.getWindowHandle();
        open(link);
        driver.switchTo().newWindow(WindowType.TAB);
        String second = driver.getWindowHandle();
        open(link.replace("seed=7", "seed=8"));
        waiting().until(d -> {
            try {
                return runCount() == 2;
            } catch (Exception e) {
                return false;
            }
        });
        waitForStep("2000");
        driver.switchTo().window(first);
        waitForStep("2000");
        assertThat(text("loss")).isEqualTo(expected);
        driver.switchTo().window(second);
        driver.close();
        driver.switchTo().window(first);
        waiting().until(d -> {
            try {
                return runCount() == 1;
            } catch (Exception e) {
                return false;
            }
        });
        driver.get("about:blank");
        waiting().until(d -> {
            try {
                return runCount() == 0;
            } catch (Exception e) {
                return false;
            }
        });
    }
}
