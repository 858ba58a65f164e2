package io.github.micrograd4j.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import io.github.micrograd4j.core.text.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.github.micrograd4j.testkit.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The walkthrough page in a real headless Chromium or Chrome (Debian's {@code chromium} and
 * {@code chromium-driver}, or the browser and {@code chromedriver} found on the {@code PATH}), opened from disk: first step, Next and the arrow keys to the end, the final
 * grads on the graph and in the table, and no request leaving the page.
 *
 * <p>Without Chromium the test is skipped on a developer's machine, with one {@code WARNING} line on
 * standard error, and fails under {@code CI=true},
 * where {@code .ci/run} must have installed it.
 */
class WalkthroughPageBrowserTest {
    @RegisterExtension
    static final HeadlessChromium CHROMIUM = new HeadlessChromium(1400, 900);

    @TempDir
    static Path dir;

    private static WebDriver driver;
    private static Path page;

    @BeforeAll
    static void openThePage() throws IOException {
        page = dir.resolve("walkthrough.html");
        Files.writeString(page, WalkthroughPage.html(BackpropPictures.of(WalkthroughExample.build().L())),
                StandardCharsets.UTF_8);
        driver = CHROMIUM.driver();
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** Each value box's label mapped to the text of its grad cell, as the browser shows it now. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> gradsOnTheGraph() {
        Object result = ((JavascriptExecutor) driver).executeScript(
                "const out = {};"
                + "document.querySelectorAll('g.value').forEach(g => {"
                + "  out[g.querySelector('text[id$=\"-label\"]').textContent] ="
                + "      g.querySelector('text[id$=\"-grad\"]').textContent; });"
                + "return out;");
        return new LinkedHashMap<>((Map<String, String>) result);
    }

    private static Map<String, String> gradsInTheTable() {
        Map<String, String> grads = new LinkedHashMap<>();
        for (WebElement row : driver.findElements(By.cssSelector("#grads tbody tr"))) {
            grads.put(row.getAttribute("data-name"), row.findElement(By.cssSelector("td.grad")).getText());
        }
        return grads;
    }

    private static String currentValue() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const g = document.querySelector('g.value.current');"
                + "return g === null ? null : g.querySelector('text[id$=\"-label\"]').textContent;");
    }

    @Test
    void stepsThroughBackpropToTheFinalGradientsWithoutTheNetwork() {
        // reading a log drains it: what the browser's own start page loaded must not count against ours
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(page.toUri().toString());

        assertThat(text("counter")).isEqualTo("step 1 of 7");
        assertThat(text("text")).isEqualTo("dL/dL = 1");
        assertThat(driver.findElement(By.id("prev")).isEnabled()).isFalse();
        assertThat(currentValue()).isEqualTo("L");
        Map<String, String> first = gradsOnTheGraph();
        assertThat(first).containsEntry("L", "grad 1.0000").containsEntry("a", "grad ").containsEntry("f", "grad ");

        driver.findElement(By.id("next")).click();
        assertThat(text("counter")).isEqualTo("step 2 of 7");
        assertThat(gradsOnTheGraph().values().stream().filter(g -> !g.equals("grad "))).hasSize(2);

        WebElement body = driver.findElement(By.tagName("body"));
        body.sendKeys(Keys.ARROW_LEFT);
        assertThat(text("counter")).isEqualTo("step 1 of 7");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 10 && driver.findElement(By.id("next")).isEnabled(); i++) {
            body.sendKeys(Keys.ARROW_RIGHT);
            seen.add(text("text"));
        }
        assertThat(text("counter")).isEqualTo("step 7 of 7");
        assertThat(seen).contains("dL/dc = dL/dd * dd/dc = -2.0000 * 1.0000 = -2.0000");
        assertThat(text("reason")).startsWith("because ");

        Map<String, String> last = gradsOnTheGraph();
        assertThat(last).containsEntry("a", "grad 6.0000").containsEntry("b", "grad -4.0000")
                .containsEntry("c", "grad -2.0000").containsEntry("f", "grad 4.0000");
        assertThat(gradsInTheTable()).containsEntry("a", "6.0000").containsEntry("b", "-4.0000")
                .containsEntry("c", "-2.0000").containsEntry("f", "4.0000");
        assertThat(driver.findElement(By.id("next")).isEnabled()).isFalse();

        // no request other than the page itself (file:) and inline data: left the page
        Object resources = ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name);");
        assertThat((List<?>) resources).isEmpty();
        Requests requests = requests();
        List<String> fromPage = requests.fromPage();
        List<String> everything = requests.all();
        assertThat(fromPage).as("requests made by the page").isNotEmpty()
                .allSatisfy(u -> assertThat(u).matches("(file|data):.*"));
        assertThat(everything).as("requests made by the browser while the page was open")
                .noneSatisfy(u -> assertThat(u).matches("(?i)(https?|wss?|ftp):.*"));
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertThat(errors).as("console errors, including blocked fetches").isEmpty();
    }

    /** The URLs requested since the logs were last read: by the current page, and by anything. */
    private record Requests(List<String> fromPage, List<String> all) {
    }

    private static Requests requests() {
        String pageUrl = withoutFragment(driver.getCurrentUrl());
        List<String> fromPage = new ArrayList<>();
        List<String> everything = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<?, ?> envelope = new Json().toType(entry.getMessage(), Map.class);
            Map<?, ?> message = (Map<?, ?>) envelope.get("message");
            if (!"Network.requestWillBeSent".equals(message.get("method"))) {
                continue;
            }
            Map<?, ?> params = (Map<?, ?>) message.get("params");
            String requestUrl = (String) ((Map<?, ?>) params.get("request")).get("url");
            everything.add(requestUrl);
            if (pageUrl.equals(withoutFragment((String) params.get("documentURL")))) {
                fromPage.add(requestUrl);
            }
        }
        return new Requests(fromPage, everything);
    }

    private static String withoutFragment(String url) {
        return url == null ? "" : url.replaceFirst("#.*", "");
    }

    @Test
    void theAddressNamesTheStepShownAndOpensAtIt() {
        driver.get(page.toUri() + "#step-4");
        assertThat(text("counter")).isEqualTo("step 4 of 7");
        assertThat(text("text")).isEqualTo("dL/dc = dL/dd * dd/dc = -2.0000 * 1.0000 = -2.0000");
        assertThat(currentValue()).isEqualTo("c");
        driver.findElement(By.id("next")).click();
        assertThat(driver.getCurrentUrl()).endsWith("#step-5");
        driver.manage().logs().get(LogType.BROWSER);
    }

    @Test
    void theChinesePageStepsLikeTheEnglishOneAndItsTextFitsItsBoxes() throws IOException {
        Path zh = dir.resolve("walkthrough-zh.html");
        Files.writeString(zh, WalkthroughPage.html(BackpropPictures.of(WalkthroughExample.build().L(), Language.ZH)),
                StandardCharsets.UTF_8);
        driver.get(page.toUri() + "#step-7");
        driver.navigate().refresh(); // a new fragment alone does not reload the page
        Map<String, String> english = gradsInTheTable();
        driver.get(zh.toUri().toString());
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");
        assertThat(text("counter")).isEqualTo("第 1 步，共 7 步");
        assertThat(text("text")).isEqualTo("反向传播从输出 L 开始，它对自身的梯度 dL/dL = 1");
        assertThat(gradsOnTheGraph()).containsEntry("L", "梯度 1.0000").containsEntry("a", "梯度 ");
        driver.get(zh.toUri() + "#step-4");
        driver.navigate().refresh(); // a new fragment alone does not reload the page
        assertThat(text("text")).isEqualTo("由链式法则，c 的梯度 dL/dc = dL/dd * dd/dc = -2.0000 * 1.0000 = -2.0000");
        assertThat(text("reason")).isEqualTo("因为 d = e + c，所以局部导数 dd/dc = 1");
        driver.get(zh.toUri() + "#step-7");
        driver.navigate().refresh(); // a new fragment alone does not reload the page
        assertThat(gradsInTheTable()).isEqualTo(english);
        assertThat(gradsOnTheGraph()).containsEntry("a", "梯度 6.0000").containsEntry("b", "梯度 -4.0000");
        // every text of every box is no wider than the layout measured it (its cell less the 8-unit padding
        // on each side), as the browser sets it with its own fonts
        Object overflows = ((JavascriptExecutor) driver).executeScript(
                "const out = [];"
                + "document.querySelectorAll('g.value').forEach(g => {"
                + "  const r = g.querySelector('rect').getBBox();"
                + "  const walls = [r.x].concat(Array.from(g.querySelectorAll('line'), l => l.x1.baseVal.value), [r.x + r.width]);"
                + "  g.querySelectorAll('text').forEach((t, i) => { const b = t.getBBox();"
                + "    if (b.width > walls[i + 1] - walls[i] - 16 + 0.5) out.push(t.textContent); });"
                + "});"
                + "return out;");
        assertThat((List<?>) overflows).as("texts wider than their cells").isEmpty();
        driver.manage().logs().get(LogType.BROWSER);
    }

    @Test
    void theRequestCheckSeesARequestWhenThereIsOne() throws IOException {
        // a control: the same check on a page without our policy that loads an image from a closed
        // loopback port must see that request, or the check above proves nothing
        Path probe = dir.resolve("probe.html");
        Files.writeString(probe, "<!DOCTYPE html><title>probe</title><img src=\"http://127.0.0.1:9/probe.png\">");
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.get(probe.toUri().toString());
        assertThat(requests().fromPage()).anySatisfy(u -> assertThat(u).startsWith("http://127.0.0.1:9/"));
        driver.manage().logs().get(LogType.BROWSER);
    }
}
