package io.github.micrograd4j.playground;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.testkit.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The training lab's neuron drill-down at 1280x800: a neuron's graph is too wide to read fitted whole (its text
 * would be about 6 CSS px), so it opens with text at least 10 CSS px high around the neuron's output {@code out}
 * and the program's {@code L}, both inside the panel; "fit" still shows it whole, and it zooms and pans. Measured by geometry: the texts' font at
 * the panel's scale, the rectangles of {@code out} and of the zoom buttons against the panel's.
 */
class DrillGraphBrowserTest {
    @RegisterExtension
    static final HeadlessChromium CHROMIUM = new HeadlessChromium(1280, 800);
    private static final String TOKEN = "drill-graph-browser-test-token";
    @RegisterExtension
    static final ServedLabs LABS = new ServedLabs(CHROMIUM, TOKEN, Duration.ofSeconds(40));
    /**
     * The drill-down graph's geometry: the smallest text's font in CSS px at the panel's scale, the texts outside
     * the panel, whether out's box and the fit button lie inside it, the scale and the viewBox.
     */
    private static final String GEOMETRY = "const g = document.getElementById('drill-graph');"
            + "const box = g.getBoundingClientRect(); const k = parseFloat(g.dataset.scale);"
            + "const inside = (r) => r.width > 0 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5"
            + "  && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;"
            + "const texts = [...g.querySelectorAll('svg text')].filter(t => t.textContent.trim() !== '');"
            + "const outside = texts.filter(t => !inside(t.getBoundingClientRect())).map(t => t.textContent);"
            + "const font = Math.min(...texts.map(t => parseFloat(getComputedStyle(t).fontSize) * k));"
            + "const height = Math.min(...texts.filter(t => inside(t.getBoundingClientRect()))"
            + "  .map(t => t.getBoundingClientRect().height));"
            + "const shown = (name) => { const t = [...g.querySelectorAll(\"text[id$='-label']\")].find(t => t.textContent === name);"
            + "  return t ? inside(t.parentNode.getBoundingClientRect()) : null; };"
            + "return {font: font, height: height, outside: outside, texts: texts.length, scale: k,"
            + "  fitted: g.dataset.fitted, out: shown('out'), L: shown('L'),"
            + "  fit: inside(document.querySelector('#drill-graph #zoom-fit').getBoundingClientRect()),"
            + "  viewBox: g.querySelector('svg').getAttribute('viewBox'), panel: box.width + 'x' + box.height};";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> geometry() {
        return (Map<String, Object>) LABS.js(GEOMETRY);
    }

    private static double number(Map<String, Object> g, String key) {
        return ((Number) g.get(key)).doubleValue();
    }

    private static int drills() {
        return ((Number) LABS.js("return +(document.body.dataset.drills || 0)")).intValue();
    }

    /** Trains a net of the given hidden layers a few steps, then opens a neuron at the map's centre. */
    private static void openNeuron(String layers, int neuron) {
        LABS.driver().get("about:blank");
        LABS.driver().get(LABS.server().trainingUrl() + "#layers=" + layers + "&steps=20&play=1");
        LABS.waiting().until(d -> "20".equals(d.findElement(By.id("step")).getText())
                && d.findElement(By.id("play")).getText().contains("Play"));
        LABS.driver().findElement(By.cssSelector(".neuron[data-neuron='" + neuron + "']")).click();
        int before = drills();
        new Actions(LABS.driver()).moveToElement(LABS.driver().findElement(By.id("map"))).click().perform();
        LABS.waiting().until(d -> drills() > before);
    }

    @Test
    void aFirstLayerNeuronOpensReadableAroundOutAndFitShowsItWhole() throws IOException {
        openNeuron("6", 0);
        Map<String, Object> opened = geometry();
        assertThat(number(opened, "font")).as("smallest text at open, CSS px, in %s", opened).isGreaterThanOrEqualTo(10);
        assertThat(number(opened, "height")).as("smallest text's box height at open, CSS px").isGreaterThanOrEqualTo(10);
        assertThat(opened.get("out")).as("out's box inside the panel").isEqualTo(true);
        assertThat(opened.get("L")).as("L's box inside the panel").isEqualTo(true);
        assertThat(opened.get("fit")).as("the fit button inside the panel").isEqualTo(true);
        assertThat(LABS.driver().findElement(By.id("drill-hint")).isDisplayed()).as("says how to see the whole graph").isTrue();
        screenshot("drill-readable-1280x800.png");

        LABS.driver().findElement(By.cssSelector("#drill-graph #zoom-fit")).click();
        Map<String, Object> fitted = geometry();
        assertThat(fitted.get("fitted")).isEqualTo("true");
        assertThat((List<?>) fitted.get("outside")).as("texts outside the panel, fitted").isEmpty();
        assertThat(number(fitted, "scale")).isLessThan(number(opened, "scale"));

        LABS.driver().findElement(By.cssSelector("#drill-graph #zoom-in")).click();
        assertThat(number(geometry(), "scale")).isGreaterThan(number(fitted, "scale"));
        String before = (String) geometry().get("viewBox");
        WebElement graph = LABS.driver().findElement(By.id("drill-graph"));
        new Actions(LABS.driver()).moveToElement(graph).clickAndHold().moveByOffset(-60, -20).moveByOffset(-60, -20).release()
                .perform();
        assertThat((String) geometry().get("viewBox")).as("a drag pans").isNotEqualTo(before);
    }

    @Test
    void aSecondLayerNeuronWithSixInputsOpensReadableToo() throws IOException {
        openNeuron("6,6", 6);
        assertThat(LABS.driver().findElement(By.id("drill-title")).getText()).isEqualTo("Neuron 1 of hidden layer 2");
        Map<String, Object> opened = geometry();
        assertThat(number(opened, "font")).as("smallest text at open, CSS px, in %s", opened).isGreaterThanOrEqualTo(10);
        assertThat(opened.get("out")).as("out's box inside the panel").isEqualTo(true);
        assertThat(opened.get("L")).as("L's box inside the panel").isEqualTo(true);
        assertThat(opened.get("fit")).isEqualTo(true);
        screenshot("drill-readable-layer2-1280x800.png");
    }

    /** For a look at the page: target/NAME. */
    private static void screenshot(String name) throws IOException {
        Files.write(Path.of("target", name), ((TakesScreenshot) LABS.driver()).getScreenshotAs(OutputType.BYTES));
    }
}
