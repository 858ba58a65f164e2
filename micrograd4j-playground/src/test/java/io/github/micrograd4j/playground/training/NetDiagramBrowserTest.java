package io.github.micrograd4j.playground.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.playground.ServedLabs;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The training lab's network diagram at 1280x800, checked by geometry: an edge clicked opens its weight's editor
 * inside the window, Enter sets the weight in the running model (the loss and the edge follow at once), Esc
 * cancels.
 */
class NetDiagramBrowserTest {
    @RegisterExtension
    static final HeadlessChromium CHROMIUM = new HeadlessChromium(1280, 800);
    private static final String TOKEN = "net-diagram-test-token";
    @RegisterExtension
    static final ServedLabs LABS = new ServedLabs(CHROMIUM, TOKEN, Duration.ofSeconds(40));

    private static WebDriverWait waiting() {
        WebDriverWait w = new WebDriverWait(LABS.driver(), Duration.ofSeconds(40));
        w.withMessage(() -> "step " + LABS.driver().findElement(By.id("step")).getText() + ", message '"
                + LABS.driver().findElement(By.id("message")).getText() + "'");
        return w;
    }

    /** Opens the lab with a link and waits for its first frame's edges. */
    private static void open(String fragment) {
        LABS.driver().get("about:blank");
        LABS.driver().get(LABS.server().trainingUrl() + fragment);
        waiting().until(d -> LABS.js("return document.body.dataset.edgeDone || ''").toString().length() > 0);
    }

    private static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    /** The middle of the edge from one node (a neuron's number, or a feature's label) to a neuron, in the window. */
    private static double[] edgeMiddle(String from, int to) {
        @SuppressWarnings("unchecked")
        List<Number> p = (List<Number>) LABS.js("const [from, to] = arguments;"
                + "const a = /^\\d+$/.test(from) ? document.querySelector(`.neuron[data-neuron='${from}']`)"
                + "  : [...document.querySelectorAll('#columns .column:first-child [data-label]')]"
                + "      .find(e => e.dataset.label === from);"
                + "const b = document.querySelector(`.neuron[data-neuron='${to}']`);"
                + "const r = a.getBoundingClientRect(), s = b.getBoundingClientRect();"
                + "return [(r.right + s.left) / 2, (r.top + r.bottom + s.top + s.bottom) / 4];", from, to);
        return new double[] {p.get(0).doubleValue(), p.get(1).doubleValue()};
    }

    private static void click(double[] at) {
        new Actions(LABS.driver()).moveToLocation((int) Math.round(at[0]), (int) Math.round(at[1])).click().perform();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> rect(String id) {
        return (Map<String, Object>) LABS.js("const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + "return {left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height,"
                + "  font: parseFloat(getComputedStyle(document.getElementById(arguments[0])).fontSize)};", id);
    }

    private static void insideTheWindow(String id) {
        Map<String, Object> r = rect(id);
        assertThat(number(r.get("width"))).as(id + " " + r).isGreaterThan(40);
        assertThat(number(r.get("left"))).as(id + " " + r).isGreaterThanOrEqualTo(0);
        assertThat(number(r.get("top"))).as(id + " " + r).isGreaterThanOrEqualTo(0);
        assertThat(number(r.get("right"))).as(id + " " + r).isLessThanOrEqualTo(1280);
        assertThat(number(r.get("bottom"))).as(id + " " + r).isLessThanOrEqualTo(number(LABS.js("return innerHeight")));
    }

    @Test
    void clickingAnEdgeSetsItsWeightInTheRunningModelAndEscCancels() throws IOException {
        open("#layers=3&steps=50");
        assertThat(LABS.driver().findElement(By.id("loss")).getText()).isEqualTo("–"); // no step yet
        WebElement editor = LABS.driver().findElement(By.id("edge-editor"));
        WebElement field = LABS.driver().findElement(By.id("edge-value"));
        assertThat(editor.isDisplayed()).isFalse();

        double[] middle = edgeMiddle("2", 3); // hidden neuron 2 to the output, neuron 3
        click(middle);
        waiting().until(d -> editor.isDisplayed());
        insideTheWindow("edge-editor");
        assertThat(number(rect("edge-value").get("font"))).isGreaterThanOrEqualTo(10);
        assertThat(LABS.driver().findElement(By.id("edge-name")).getText()).isEqualTo("weight neuron 2 → neuron 3");
        double initial = Double.parseDouble(field.getAttribute("value"));
        assertThat(initial).isBetween(-1.0, 1.0); // micrograd's initial weights
        screenshot("training-edge-editor-1280x800.png");

        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "-2.5", Keys.ENTER);
        waiting().until(d -> !editor.isDisplayed());
        // the paused run's next frame comes at once: the edited model's loss, its edges
        waiting().until(d -> !d.findElement(By.id("loss")).getText().equals("–"));
        click(middle);
        waiting().until(d -> editor.isDisplayed());
        assertThat(Double.parseDouble(field.getAttribute("value"))).isEqualTo(-2.5);
        assertThat(LABS.driver().findElement(By.id("step")).getText()).isEqualTo("0");

        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "7", Keys.ESCAPE);
        waiting().until(d -> !editor.isDisplayed());
        click(middle);
        waiting().until(d -> editor.isDisplayed());
        assertThat(Double.parseDouble(field.getAttribute("value"))).as("Esc changed nothing").isEqualTo(-2.5);

        // a bad value is refused by the run, named in the page's alert, and the editor stays to be corrected
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1e999", Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("message")).getText().contains("value must be a finite number"));
        assertThat(editor.isDisplayed()).isTrue();
        field.sendKeys(Keys.ESCAPE);
    }

    /** The colour of a map's cell (column, row of its 20x20 canvas) as [r, g, b]. */
    @SuppressWarnings("unchecked")
    private static List<Number> cell(String selector, int column, int row) {
        return (List<Number>) LABS.js("const c = document.querySelector(arguments[0]);"
                + "return [...c.getContext('2d').getImageData(arguments[1], arguments[2], 1, 1).data].slice(0, 3);",
                selector, column, row);
    }

    /** Blue (TensorFlow Playground's positive) or orange (negative), from a cell's colour. */
    private static String sign(List<Number> rgb) {
        double r = rgb.get(0).doubleValue();
        double b = rgb.get(2).doubleValue();
        return b > r + 40 ? "+" : r > b + 40 ? "-" : "0";
    }

    /**
     * Each input node shows its feature's map over the plane, as TensorFlow Playground's do: x1 grows to the right,
     * x2 upwards, x1·x2 is positive top right and negative top left and bottom right (the moons' plane spans about
     * -1.5 to 2.5 both ways).
     */
    @Test
    void theInputNodesShowTheirFeaturesMaps() throws IOException {
        open("#features=x1,x2,x1x2&layers=3&steps=50");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> inputs = (List<Map<String, Object>>) LABS.js("const net = document.getElementById('net')"
                + "  .getBoundingClientRect();"
                + "return [...document.querySelectorAll('#columns .input-map')].map(c => { const r = c.getBoundingClientRect();"
                + "  return {label: c.dataset.label, width: r.width, height: r.height, inside: r.left >= net.left"
                + "    && r.right <= net.right && r.top >= net.top && r.bottom <= net.bottom}; });");
        assertThat(inputs).extracting(m -> m.get("label")).containsExactly("x1", "x2", "x1·x2");
        for (Map<String, Object> m : inputs) {
            assertThat(number(m.get("width"))).as("%s", m).isGreaterThanOrEqualTo(24);
            assertThat(number(m.get("height"))).as("%s", m).isGreaterThanOrEqualTo(24);
            assertThat(m.get("inside")).as("%s inside the network panel", m).isEqualTo(true);
        }
        String x1 = "#columns .input-map[data-label='x1']";
        String x2 = "#columns .input-map[data-label='x2']";
        String x1x2 = "#columns .input-map[data-label='x1·x2']";
        assertThat(sign(cell(x1, 1, 10)) + sign(cell(x1, 18, 10))).isEqualTo("-+");
        assertThat(sign(cell(x2, 10, 1)) + sign(cell(x2, 10, 18))).isEqualTo("+-");
        assertThat(sign(cell(x1x2, 1, 1)) + sign(cell(x1x2, 18, 1)) + sign(cell(x1x2, 18, 18)))
                .isEqualTo("-+-");
        screenshot("training-feature-maps-1280x800.png");
    }

    /** Sets an edge's weight with its editor, and waits for the run's frame with it. */
    private static void setWeight(double[] at, String value) {
        click(at);
        WebElement editor = LABS.driver().findElement(By.id("edge-editor"));
        waiting().until(d -> editor.isDisplayed());
        int before = frames();
        LABS.driver().findElement(By.id("edge-value")).sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.ENTER);
        waiting().until(d -> !editor.isDisplayed() && frames() > before);
    }

    private static int frames() {
        return ((Number) LABS.js("return +(document.body.dataset.frames || 0)")).intValue();
    }

    /** The edges canvas's colour at a point of the window, as [r, g, b, a]. */
    @SuppressWarnings("unchecked")
    private static List<Number> edgePixel(double[] at) {
        return (List<Number>) LABS.js("const c = document.getElementById('edges'); const r = c.getBoundingClientRect();"
                + "const k = c.width / r.width;"
                + "return [...c.getContext('2d').getImageData(Math.round((arguments[0] - r.left) * k),"
                + "  Math.round((arguments[1] - r.top) * k), 1, 1).data];", at[0], at[1]);
    }

    /**
     * The default network (16,16) at 1280x800 reads at first sight: every node's map is at least 28 px, all inside
     * the network panel and the window (the diagram takes the panel's height); pointing at a node shows its map
     * large in the output map's place, and the output comes back on leave.
     */
    @Test
    void theDefaultNetsMapsAreLargeAndPointingAtANodeShowsItsMapLarge() throws IOException {
        open("");
        Map<String, Object> g = nodes(LABS.driver());
        assertThat(number(g.get("count"))).as("2 inputs, 16 + 16 neurons and the output").isEqualTo(35);
        assertThat(number(g.get("smallest"))).as("the smallest node, CSS px, " + g).isGreaterThanOrEqualTo(28);
        assertThat(number(g.get("outside"))).as("nodes outside the panel or the window, " + g).isZero();
        screenshot("training-lab-net-1280x800.png");

        String output = (String) LABS.js("return document.getElementById('map').toDataURL()");
        WebElement neuron = LABS.driver().findElement(By.cssSelector(".neuron[data-neuron='5']"));
        new Actions(LABS.driver()).moveToElement(neuron).perform();
        waiting().until(d -> d.findElement(By.id("map-title")).getText().equals("neuron 5"));
        waiting().until(d -> !output.equals(LABS.js("return document.getElementById('map').toDataURL()")));
        screenshot("training-lab-hover-1280x800.png");
        WebElement x1 = LABS.driver().findElement(By.cssSelector(".input-map[data-label='x1']"));
        new Actions(LABS.driver()).moveToElement(x1).perform();
        waiting().until(d -> d.findElement(By.id("map-title")).getText().equals("input x1"));
        // x1's map large: orange at the left edge, blue at the right
        @SuppressWarnings("unchecked")
        List<List<Number>> sides = (List<List<Number>>) LABS.js("const c = document.getElementById('map');"
                + "const x = c.getContext('2d'); const h = c.height / 2;"
                + "return [[...x.getImageData(3, h, 1, 1).data], [...x.getImageData(c.width - 4, h, 1, 1).data]];");
        assertThat(sign(sides.get(0)) + sign(sides.get(1))).isEqualTo("-+");
        new Actions(LABS.driver()).moveToElement(LABS.driver().findElement(By.id("step"))).perform();
        waiting().until(d -> d.findElement(By.id("map-title")).getText().equals("the net's output"));
        assertThat(LABS.js("return document.getElementById('map').toDataURL()")).as("the output's map again")
                .isEqualTo(output);
    }

    /**
     * The edges read by strength: a weight large for its layer is a wide solid line, a small one a faint line (and
     * blue is positive, orange negative).
     */
    @Test
    void aStrongWeightIsASolidLineAndAWeakOneFaint() {
        open("#layers=2&steps=50");
        double[] strong = edgeMiddle("x1", 0);
        double[] weak = edgeMiddle("0", 2);
        double[] negative = edgeMiddle("1", 2);
        setWeight(strong, "5");
        setWeight(weak, "0.01");
        setWeight(negative, "-4");
        List<Number> s = edgePixel(strong);
        List<Number> w = edgePixel(weak);
        List<Number> n = edgePixel(negative);
        assertThat(s.get(3).intValue()).as("the strong edge's opacity " + s).isGreaterThan(200);
        assertThat(sign(s)).isEqualTo("+");
        assertThat(w.get(3).intValue()).as("the weak edge's opacity " + w).isLessThan(50);
        assertThat(n.get(3).intValue()).as("the negative edge's opacity " + n).isGreaterThan(200);
        assertThat(sign(n)).isEqualTo("-");
    }

    /** The smallest node map, in CSS px, and how many lie outside the network panel or the window. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> nodes(WebDriver d) {
        return (Map<String, Object>) ((JavascriptExecutor) d).executeScript("const net = document.getElementById('net')"
                + "  .getBoundingClientRect();"
                + "const nodes = [...document.querySelectorAll('#columns .input-map, #columns .neuron')]"
                + "  .map(e => e.getBoundingClientRect());"
                + "return {count: nodes.length, smallest: Math.min(...nodes.map(r => Math.min(r.width, r.height))),"
                + "  outside: nodes.filter(r => r.left < net.left || r.right > net.right || r.top < net.top"
                + "    || r.bottom > Math.min(net.bottom, innerHeight)).length,"
                + "  net: [net.left, net.top, net.right, net.bottom], window: [innerWidth, innerHeight],"
                + "  first: [nodes[0].left, nodes[0].top], last: [nodes.at(-1).right, nodes.at(-1).bottom]};");
    }

    /**
     * The lab as the docs show it, at 1280x800 and 1920x1080: the moons with a train fraction of 0.8 after 200 steps
     * (target/screenshots/training-lab-*.png); at 1920x1080 the default network's maps are at least 36 px.
     */
    @Test
    void theLabAtTwoWindowSizes() throws IOException {
        String link = "#split=0.8&steps=200&play=1";
        LABS.driver().get("about:blank");
        LABS.driver().get(LABS.server().trainingUrl() + link);
        waiting().until(d -> d.findElement(By.id("step")).getText().equals("200")
                && d.findElement(By.id("play")).getText().contains("Play"));
        screenshot("training-lab-1280x800.png");
        try (HeadlessChromium big = HeadlessChromium.start(1920, 1080)) {
            WebDriver d = big.driver();
            d.get(LABS.server().trainingUrl() + link);
            new WebDriverWait(d, Duration.ofSeconds(60)).until(x -> x.findElement(By.id("step")).getText().equals("200")
                    && x.findElement(By.id("play")).getText().contains("Play"));
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve("training-lab-1920x1080.png"), ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
            Map<String, Object> g = nodes(d);
            assertThat(number(g.get("smallest"))).as("the smallest node at 1920x1080, CSS px, " + g)
                    .isGreaterThanOrEqualTo(36);
            assertThat(number(g.get("outside"))).as("nodes outside, " + g).isZero();
        }
    }

    /** For a look at the page: target/screenshots/NAME. */
    static void screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name), ((TakesScreenshot) LABS.driver()).getScreenshotAs(OutputType.BYTES));
    }
}
