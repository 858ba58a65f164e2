package io.github.micrograd4j.playground;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.nn.data.Generators;
import io.github.micrograd4j.nn.run.SettingsTable;
import io.github.micrograd4j.testkit.HeadlessChromium;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Both labs at 1280x800, checked by geometry: the header links them, the expression lab's graph is whole inside
 * its panel with text at least 10 CSS px high and zooms to full size, a click's result is inside the viewport,
 * and the training lab's counters belong to the settings shown after a refused link.
 */
class LabsBrowserTest {
    @RegisterExtension
    static final HeadlessChromium CHROMIUM = new HeadlessChromium(1280, 800);
    private static final String TOKEN = "labs-browser-test-token";
    @RegisterExtension
    static final ServedLabs LABS = new ServedLabs(CHROMIUM, TOKEN, Duration.ofSeconds(40));
    /** Texts outside the graph panel, the smallest text's font in CSS px, the scale, the panel's box. */
    private static final String GEOMETRY = "const g = document.getElementById('graph');"
            + "const box = g.getBoundingClientRect(); const k = parseFloat(g.dataset.scale);"
            + "const texts = [...g.querySelectorAll('svg text')].filter(t => t.textContent.trim() !== '');"
            + "const outside = texts.filter(t => { const r = t.getBoundingClientRect();"
            + "  return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5"
            + "      || r.bottom > box.bottom + 0.5; }).map(t => t.textContent);"
            + "const font = Math.min(...texts.map(t => parseFloat(getComputedStyle(t).fontSize) * k));"
            + "return {outside: outside, font: font, texts: texts.length, scale: k, fitted: g.dataset.fitted,"
            + "  bottom: box.bottom, height: box.height, viewport: innerHeight};";

    private static void openProgram(String program) {
        LABS.driver().get("about:blank"); // else a link that differs in its fragment only would not load the page again
        LABS.driver().get(LABS.server().url() + "#program=" + URLEncoder.encode(program, StandardCharsets.UTF_8).replace("+", "%20"));
        LABS.waiting().until(d -> {
            Object r = LABS.js("return window.playground && window.playground.renders > 0 "
                    + "&& document.getElementById('graph').dataset.scale ? 1 : 0");
            return ((Number) r).intValue() == 1;
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> geometry() {
        return (Map<String, Object>) LABS.js(GEOMETRY);
    }

    private static double number(Map<String, Object> g, String key) {
        return ((Number) g.get(key)).doubleValue();
    }

    @Test
    void theWalkthroughIsWholeAndReadableAndThePanelTakesTheWindowsHeight() {
        openProgram("a = 2.0\nb = -3.0\nc = 10.0\ne = a * b\nd = e + c\nf = -2.0\nL = d * f");
        Map<String, Object> g = geometry();
        assertThat((List<?>) g.get("outside")).as("texts outside the panel").isEmpty();
        assertThat(number(g, "texts")).isGreaterThanOrEqualTo(21);
        assertThat(number(g, "font")).as("smallest text, CSS px, in " + g + " window " + LABS.js("return innerWidth + \"x\" + innerHeight + \" right \" + document.getElementById(\"right\").getBoundingClientRect().height"))
                .isGreaterThanOrEqualTo(10);
        assertThat(number(g, "bottom")).as("the panel ends inside the window").isLessThanOrEqualTo(number(g, "viewport"));
        assertThat(number(g, "height")).as("the panel's height").isGreaterThan(0.3 * number(g, "viewport"));
    }

    @Test
    void aLargeGraphOpensFittedAndZoomReachesFullSize() {
        openProgram("x1 = 2.0\nx2 = 0.0\nw1 = -3.0\nw2 = 1.0\nb = 6.8813735870195432\nx1w1 = x1 * w1\n"
                + "x2w2 = x2 * w2\nx1w1x2w2 = x1w1 + x2w2\nn = x1w1x2w2 + b\ne = exp(2 * n)\no = (e - 1) / (e + 1)");
        Map<String, Object> g = geometry();
        assertThat((List<?>) g.get("outside")).as("texts outside the panel").isEmpty();
        assertThat(g.get("fitted")).isEqualTo("true");
        LABS.driver().findElement(By.id("zoom-full")).click();
        assertThat(number(geometry(), "scale")).isEqualTo(1.0);
        LABS.driver().findElement(By.id("zoom-in")).click();
        assertThat(number(geometry(), "scale")).isGreaterThan(1.0);
        LABS.driver().findElement(By.id("zoom-fit")).click();
        assertThat((List<?>) geometry().get("outside")).isEmpty();
    }

    @Test
    void theCheckTableAndANodesDetailsAppearInsideTheWindow() {
        openProgram("a = 2.0\nb = -3.0\nL = a * b");
        LABS.driver().findElement(By.id("check")).click();
        LABS.waiting().until(d -> !d.findElements(By.id("check-table")).isEmpty());
        assertThat(inViewport(LABS.driver().findElement(By.id("check-table")))).as("the check table in view").isTrue();
        LABS.js("document.querySelector('#graph g.value').dispatchEvent(new MouseEvent('click', {bubbles: true}))");
        LABS.waiting().until(d -> !d.findElements(By.id("details-facts")).isEmpty());
        assertThat(inViewport(LABS.driver().findElement(By.id("details-facts")))).as("the details in view").isTrue();
    }

    private static boolean inViewport(WebElement e) {
        return (Boolean) ((JavascriptExecutor) LABS.driver()).executeScript("const r = arguments[0].getBoundingClientRect();"
                + "return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;",
                e);
    }

    @Test
    void theHeaderLinksTheTwoLabs() {
        LABS.driver().get(LABS.server().url());
        WebElement training = LABS.driver().findElement(By.id("lab-training"));
        assertThat(inViewport(training)).isTrue();
        training.click();
        LABS.waiting().until(d -> d.getTitle().contains("training lab"));
        assertThat(LABS.driver().findElement(By.id("lab-training")).getAttribute("aria-current")).isEqualTo("page");
        LABS.driver().findElement(By.id("lab-expression")).click();
        LABS.waiting().until(d -> d.getTitle().contains("expression lab"));
        assertThat(LABS.driver().findElement(By.id("lab-expression")).getAttribute("aria-current")).isEqualTo("page");
    }

    @Test
    void aRefusedLinkNamesEveryBadKeyAndLeavesOneRunOnScreenThenAValidLinkPlays() {
        LABS.driver().get("about:blank");
        LABS.driver().get(LABS.server().trainingUrl() + "#layers=8&steps=40&split=0.5");
        LABS.waiting().until(d -> "40".equals(d.findElement(By.id("steps-total")).getText())
                && d.findElements(By.cssSelector("#curves .u-axis")).size() >= 2);
        LABS.js("location.hash = '#dataset=nope&layers=abc&lr=-1&play=1'");
        WebElement alert = LABS.driver().findElement(By.cssSelector("[role=alert]#message"));
        LABS.waiting().until(d -> alert.getText().contains("refused"));
        assertThat(alert.getText()).contains("dataset").contains("moons").contains("layers").contains("lr");
        // the settings shown, the link, the drawing and the counters are still those of the run on screen
        assertThat(LABS.driver().findElement(By.id("layer-count")).getText()).isEqualTo("1");
        assertThat(LABS.driver().findElement(By.id("layer-word")).getText()).isEqualTo("hidden layer");
        assertThat(LABS.driver().findElement(By.id("steps-total")).getText()).isEqualTo("40");
        assertThat(LABS.driver().findElements(By.cssSelector("#columns .neuron"))).hasSize(8 + 1);
        assertThat((String) LABS.js("return location.hash")).contains("layers=8").doesNotContain("nope");
        LABS.js("location.hash = '#layers=4,4&steps=60&split=0.5&play=1'");
        LABS.waiting().until(d -> "60".equals(d.findElement(By.id("steps-total")).getText())
                && Integer.parseInt(d.findElement(By.id("step")).getText()) > 0);
        assertThat(LABS.driver().findElement(By.id("layer-count")).getText()).isEqualTo("2");
        assertThat(LABS.driver().findElements(By.cssSelector("#columns .neuron"))).hasSize(4 + 4 + 1);
        LABS.waiting().until(d -> !"–".equals(d.findElement(By.id("test-accuracy")).getText()));
        double testAccuracy = Double.parseDouble(LABS.driver().findElement(By.id("test-accuracy")).getText());
        assertThat(testAccuracy).isBetween(0.0, 1.0);
        assertThat(alert.getText()).doesNotContain("refused");
    }

    @Test
    void aNudgedInputIsKeptInTheLinkAndAReloadShowsIt() {
        openProgram("a = 2.0\nL = a * a");
        LABS.js("const n = document.getElementById('input-0-number'); n.value = '3'; n.dispatchEvent(new Event('input'))");
        LABS.waiting().until(d -> d.findElement(By.id("output")).getText().equals("L = 9.0000"));
        String link = (String) LABS.js("return location.href");
        assertThat(link).contains("&inputs=");
        LABS.driver().get("about:blank");
        LABS.driver().get(link);
        LABS.waiting().until(d -> d.findElement(By.id("output")).getText().equals("L = 9.0000"));
        assertThat(LABS.driver().findElement(By.id("input-0-number")).getAttribute("value")).isEqualTo("3");
    }

    /**
     * TensorFlow Playground's "show test data" hides and shows the test points on the map, and the noise slider
     * shows the generator's noise in force, then restarts the run with the value it is let go at, which the link keeps.
     */
    @Test
    void showTestDataHidesTheTestPointsAndTheNoiseSliderRestartsTheRun() throws IOException {
        LABS.driver().get("about:blank");
        LABS.driver().get(LABS.server().trainingUrl() + "#layers=4&steps=400&split=0.5&play=1");
        WebElement map = LABS.driver().findElement(By.id("map"));
        LABS.waiting().until(d -> Integer.parseInt(d.findElement(By.id("step")).getText()) > 0
                && map.getAttribute("data-test-drawn") != null);
        int points = SettingsTable.POINTS.defaultValue();
        int tests = Integer.parseInt(map.getAttribute("data-test-drawn"));
        assertThat(tests).isBetween(1, points - 1);
        assertThat(Integer.parseInt(map.getAttribute("data-train-drawn"))).isEqualTo(points - tests);
        String noise = String.valueOf(Generators.fromId(SettingsTable.DATASET.defaultValue()).defaultNoise());
        assertThat(LABS.driver().findElement(By.id("noise")).getAttribute("value")).isEqualTo(noise);
        assertThat(Double.parseDouble(LABS.driver().findElement(By.id("noise-slider")).getAttribute("value")))
                .isEqualTo(Double.parseDouble(noise));
        screenshot("training-sliders-1280x800.png");

        LABS.driver().findElement(By.id("show-test")).click();
        assertThat(map.getAttribute("data-test-drawn")).isEqualTo("0");
        assertThat(Integer.parseInt(map.getAttribute("data-train-drawn"))).isEqualTo(points - tests);

        assertThat((String) LABS.js("return location.hash")).doesNotContain("noise=");
        LABS.js("const r = document.getElementById('noise-slider'); r.value = '0.3'; r.dispatchEvent(new Event('change'))");
        LABS.waiting().until(d -> ((String) LABS.js("return location.hash")).contains("noise=0.3")
                && "0".equals(d.findElement(By.id("step")).getText()));
        assertThat(LABS.driver().findElement(By.id("noise")).getAttribute("value")).isEqualTo("0.3");
        assertThat(LABS.driver().findElement(By.id("noise-slider")).getAttribute("value")).isEqualTo("0.3");
        assertThat(map.getAttribute("data-test-drawn")).isEqualTo("0"); // the new run's map keeps the choice

        LABS.driver().findElement(By.id("show-test")).click();
        assertThat(Integer.parseInt(map.getAttribute("data-test-drawn"))).isEqualTo(tests);
        LABS.driver().get("about:blank");
        LABS.driver().get(LABS.server().trainingUrl() + "#layers=4&lang=zh");
        LABS.waiting().until(d -> d.findElement(By.id("map")).getAttribute("data-test-drawn") != null);
        screenshot("training-sliders-zh-1280x800.png");
    }

    /**
     * The neuron drill-down opens in the training lab itself, inside the window: it names the neuron and the
     * training point, reads L and out (not seeded), and at a point where no gradient reaches the neuron it says why
     * and shows the nearest point where one does.
     */
    @Test
    void theNeuronDrillDownExplainsAZeroGradientAndOffersTheNearestPointWithOne() throws IOException {
        LABS.driver().get("about:blank");
        LABS.driver().get(LABS.server().trainingUrl() + "#layers=6&steps=150&play=1");
        LABS.waiting().until(d -> "150".equals(d.findElement(By.id("step")).getText())
                && d.findElement(By.id("play")).getText().contains("Play"));
        int windows = LABS.driver().getWindowHandles().size();
        LABS.driver().findElement(By.cssSelector(".neuron[data-neuron='0']")).click();
        WebElement map = LABS.driver().findElement(By.id("map"));
        int half = map.getSize().getWidth() / 2 - 10;
        boolean zero = false;
        for (int k = 0; k < 49 && !zero; k++) {
            int before = drills();
            new org.openqa.selenium.interactions.Actions(LABS.driver())
                    .moveToElement(map, -half + (k % 7) * half / 3, -half + (k / 7) * half / 3).click().perform();
            LABS.waiting().until(d -> drills() > before);
            zero = LABS.driver().findElement(By.id("drill-zero")).isDisplayed();
        }
        assertThat(zero).as("a point of the trained net where neuron 1 gets no gradient").isTrue();
        assertThat(LABS.driver().getWindowHandles()).as("no new tab").hasSize(windows);
        WebElement panel = LABS.driver().findElement(By.id("drill"));
        assertThat(inViewport(panel)).as("the panel inside the window").isTrue();
        assertThat(LABS.driver().findElement(By.id("drill-title")).getText()).isEqualTo("Neuron 1 of hidden layer 1");
        assertThat(LABS.driver().findElement(By.id("drill-point")).getText())
                .matches("Training point \\d+ of \\d+ at \\(-?[0-9.]+, -?[0-9.]+\\), class [01]: .*");
        String why = LABS.driver().findElement(By.id("drill-why")).getText();
        assertThat(why).containsAnyOf("beyond the margin", "relu is off", "off here");
        String offer = LABS.driver().findElement(By.id("drill-zero")).getText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("gets a gradient: point (\\d+) at").matcher(offer);
        assertThat(m.find()).as(offer).isTrue();
        assertThat(LABS.driver().findElement(By.id("drill-graph")).getAttribute("data-output")).isEqualTo("L");
        assertThat(LABS.driver().findElement(By.id("drill-graph")).getText()).contains("out").doesNotContain("seeded");
        // it opens readable around out (DrillGraphBrowserTest); fitted, the whole graph is inside the panel
        LABS.driver().findElement(By.cssSelector("#drill-graph #zoom-fit")).click();
        Map<String, Object> g = drillGeometry();
        assertThat((List<?>) g.get("outside")).as("texts outside the drill-down's graph").isEmpty();
        screenshot("drill-zero-1280x800.png");

        int before = drills();
        LABS.driver().findElement(By.id("drill-nearest")).click();
        LABS.waiting().until(d -> drills() > before);
        assertThat(LABS.driver().findElement(By.id("drill-point")).getText()).startsWith("Training point " + m.group(1) + " of ");
        assertThat(LABS.driver().findElement(By.id("drill-zero")).isDisplayed()).isFalse();
        assertThat(LABS.driver().findElement(By.id("drill-numbers")).getText()).doesNotContain("dL/dz = 0.000");
        screenshot("drill-live-1280x800.png");
        LABS.driver().findElement(By.id("drill-close")).click();
        assertThat(panel.isDisplayed()).isFalse();
    }

    /**
     * A number in a formula is drawn as a constant (grey, no slider), and a division's ** -1 and * are marked and
     * explained where they are drawn.
     */
    @Test
    void aConstantHasNoSliderNorInputColoursAndADivisionSaysWhyItIsAProduct() throws IOException {
        openProgram("x1 = 0.5\nL = cos(x1) / 2");
        assertThat(LABS.driver().findElements(By.cssSelector("#inputs input[type=range]"))).as("one slider, x1's").hasSize(1);
        WebElement constant = LABS.driver().findElement(By.cssSelector("#graph g.value.constant"));
        assertThat(constant.findElement(By.cssSelector("text[id$='-data']")).getText()).isEqualTo("data 2.0000");
        String fill = (String) LABS.js("return getComputedStyle(document.querySelector('#graph g.value.constant > rect')).fill");
        String inputFill = (String) LABS.js("return getComputedStyle(document.querySelector('#graph g.value.leaf > rect')).fill");
        assertThat(fill).as("the constant's fill").isNotEqualTo(inputFill);
        assertThat(LABS.driver().findElements(By.cssSelector("#graph g.op.noted"))).as("the division's ** -1 and *").hasSize(2);
        LABS.js("document.querySelector('#graph g.op.noted').nextElementSibling"
                + ".dispatchEvent(new MouseEvent('click', {bubbles: true}))");
        LABS.waiting().until(d -> !d.findElements(By.id("details-note")).isEmpty());
        assertThat(LABS.driver().findElement(By.id("details-note")).getText())
                .contains("micrograd computes a division a / b as a * b ** -1");
        assertThat(inViewport(LABS.driver().findElement(By.id("details-note")))).isTrue();
        LABS.js("document.querySelector('#graph g.value.constant').dispatchEvent(new MouseEvent('click', {bubbles: true}))");
        LABS.waiting().until(d -> d.findElement(By.id("details-facts")).getText().contains("a constant"));
        screenshot("expression-constant-1280x800.png");
    }

    /** For a look at the page: target/NAME. */
    private static void screenshot(String name) throws IOException {
        java.nio.file.Files.write(java.nio.file.Path.of("target", name),
                ((org.openqa.selenium.TakesScreenshot) LABS.driver()).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    private static int drills() {
        return ((Number) LABS.js("return +(document.body.dataset.drills || 0)")).intValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> drillGeometry() {
        return (Map<String, Object>) LABS.js(GEOMETRY.replace("getElementById('graph')", "getElementById('drill-graph')"));
    }
}
