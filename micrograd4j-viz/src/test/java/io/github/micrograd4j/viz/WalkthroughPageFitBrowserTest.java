package io.github.micrograd4j.viz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import io.github.micrograd4j.testkit.HeadlessChromium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The walkthrough page at 1280x800, as a learner's laptop shows it: the graph opens fitted to its panel, whole
 * and with text at least 10 CSS px high, is fitted again when the window changes, and zooms to full size.
 */
class WalkthroughPageFitBrowserTest {
    @RegisterExtension
    static final HeadlessChromium CHROMIUM = new HeadlessChromium(1280, 800);

    /** The geometry of the graph panel: texts outside it, the smallest text's font in CSS px, the scale. */
    static final String GEOMETRY = "const g = document.getElementById('graph'); const box = g.getBoundingClientRect();"
            + "const k = parseFloat(g.dataset.scale);"
            + "const texts = [...g.querySelectorAll('svg text')].filter(t => t.textContent.trim() !== '');"
            + "const outside = texts.filter(t => { const r = t.getBoundingClientRect();"
            + "  return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5"
            + "      || r.bottom > box.bottom + 0.5; }).map(t => t.textContent);"
            + "const font = Math.min(...texts.map(t => parseFloat(getComputedStyle(t).fontSize) * k));"
            + "return {outside: outside, font: font, texts: texts.length, scale: k, fitted: g.dataset.fitted,"
            + "  top: box.top, bottom: box.bottom, width: box.width, height: box.height, viewport: innerHeight};";

    @TempDir
    static Path dir;

    private static WebDriver driver;

    @BeforeAll
    static void openThePage() throws IOException {
        Path page = dir.resolve("walkthrough.html");
        Files.writeString(page, WalkthroughPage.html(BackpropPictures.of(WalkthroughExample.build().L())),
                StandardCharsets.UTF_8);
        driver = CHROMIUM.driver();
        driver.get(page.toUri().toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> geometry() {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(GEOMETRY);
    }

    private static double number(Map<String, Object> g, String key) {
        return ((Number) g.get(key)).doubleValue();
    }

    @Test
    void theGraphOpensWholeInsideItsPanelWithReadableText() {
        Map<String, Object> g = geometry();
        assertThat((List<?>) g.get("outside")).as("texts outside the panel").isEmpty();
        assertThat(number(g, "texts")).isGreaterThanOrEqualTo(21); // 7 values: label, data, grad each
        assertThat(number(g, "font")).as("smallest text, CSS px").isGreaterThanOrEqualTo(10);
        assertThat(g.get("fitted")).isEqualTo("true");
    }

    /** The legend at 1280x800: every key in the window on one line, its swatch in the colours of the picture's boxes. */
    @Test
    @SuppressWarnings("unchecked")
    void theLegendIsInViewInThePicturesColours() throws IOException {
        Map<String, Object> legend = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                "const keys = [...document.querySelectorAll('#legend .key')];"
                + "const out = keys.filter(k => { const r = k.getBoundingClientRect();"
                + "  return r.left < 0 || r.right > innerWidth || r.top < 0 || r.bottom > innerHeight; }).map(k => k.textContent);"
                + "const lines = keys.filter(k => k.getClientRects().length > 1).map(k => k.textContent);"
                + "const bg = (kind) => getComputedStyle(document.querySelector('#legend .swatch.' + kind)).backgroundColor;"
                + "const fill = (sel) => getComputedStyle(document.querySelector('#graph ' + sel)).fill;"
                + "return {keys: keys.length, outside: out, broken: lines,"
                + "  leaf: [bg('leaf'), fill('g.value.leaf > rect')], value: [bg('value'), fill('g.value:not(.leaf):not(.output) > rect')],"
                + "  op: [bg('op'), fill('g.op > ellipse')]};");
        assertThat(legend.get("keys")).isEqualTo(5L);
        assertThat((List<?>) legend.get("outside")).as("legend keys outside the window").isEmpty();
        assertThat((List<?>) legend.get("broken")).as("legend keys broken over two lines").isEmpty();
        for (String kind : List.of("leaf", "value", "op")) {
            List<?> colours = (List<?>) legend.get(kind);
            assertThat(colours.get(0)).as("the %s swatch's colour against the picture's", kind).isEqualTo(colours.get(1));
        }
        screenshot("walkthrough-legend-1280x800.png");

        // in Chinese, with a constant: the grey key too, the keys still in the window on one line each
        Value x = new Value(0.5, "x");
        Value two = new Value(2.0);
        Path zh = dir.resolve("walkthrough-constant.zh.html");
        Files.writeString(zh, WalkthroughPage.html(BackpropPictures.of(x.cos().div(two).label("L"), Language.ZH,
                v -> v == two)), StandardCharsets.UTF_8);
        driver.get(zh.toUri().toString());
        try {
            Map<String, Object> chinese = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                    "const keys = [...document.querySelectorAll('#legend .key')];"
                    + "return {keys: keys.map(k => k.dataset.kind), outside: keys.filter(k => {"
                    + "  const r = k.getBoundingClientRect(); return r.right > innerWidth || r.bottom > innerHeight; }).length,"
                    + "  broken: keys.filter(k => k.getClientRects().length > 1).length,"
                    + "  constant: getComputedStyle(document.querySelector('#legend .swatch.constant')).backgroundColor,"
                    + "  drawn: getComputedStyle(document.querySelector('#graph g.value.constant > rect')).fill};");
            assertThat((List<Object>) chinese.get("keys")).containsExactly("leaf", "constant", "value", "op", "output", "current");
            assertThat(chinese.get("outside")).isEqualTo(0L);
            assertThat(chinese.get("broken")).isEqualTo(0L);
            assertThat(chinese.get("constant")).isEqualTo(chinese.get("drawn"));
            screenshot("walkthrough-legend-zh-1280x800.png");
        } finally {
            driver.get(dir.resolve("walkthrough.html").toUri().toString());
        }
    }

    /** For a look at the page: target/NAME. */
    private static void screenshot(String name) {
        try {
            Files.write(Path.of("target", name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aResizedWindowRefitsTheGraphAndZoomReachesFullSize() throws InterruptedException {
        driver.manage().window().setSize(new Dimension(900, 700));
        Thread.sleep(300); // the resize observer runs on the next frame
        Map<String, Object> small = geometry();
        assertThat((List<?>) small.get("outside")).as("texts outside the panel after a resize").isEmpty();
        driver.manage().window().setSize(new Dimension(1280, 800));
        Thread.sleep(300);
        driver.findElement(By.id("zoom-full")).click();
        assertThat(number(geometry(), "scale")).isEqualTo(1.0);
        driver.findElement(By.id("zoom-fit")).click();
        Map<String, Object> fitted = geometry();
        assertThat((List<?>) fitted.get("outside")).isEmpty();
        assertThat(fitted.get("fitted")).isEqualTo("true");
    }
}
