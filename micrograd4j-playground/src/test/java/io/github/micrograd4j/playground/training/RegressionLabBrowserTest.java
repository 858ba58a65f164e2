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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.Select;

/**
 * The training lab on a regression dataset at 1280x800: chosen from the menu, it trains with the squared loss and
 * its loss falls; the map shows the net's value on a continuous scale whose legend is inside the window, the
 * points take their targets' colours on it, and accuracy reads "–" with a tooltip saying why (and clicked points,
 * which have a class, are off). Back on a classifier the legend and the tooltips go.
 */
class RegressionLabBrowserTest {
    @RegisterExtension
    static final HeadlessChromium CHROMIUM = new HeadlessChromium(1280, 800);
    private static final String TOKEN = "regression-browser-test-token";
    @RegisterExtension
    static final ServedLabs LABS = new ServedLabs(CHROMIUM, TOKEN, Duration.ofSeconds(60));
    /** The map's colours: distinct ones over a grid of cells away from the points, and two corners' RGB. */
    private static final String MAP_COLOURS = "const c = document.getElementById('map');"
            + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
            + "const at = (x, y) => { const i = 4 * (y * c.width + x); return [d[i], d[i + 1], d[i + 2]]; };"
            + "const seen = new Set(); for (let y = 2; y < c.height; y += 8) for (let x = 2; x < c.width; x += 8)"
            + "  seen.add(at(x, y).join(','));"
            + "return {colours: seen.size, topRight: at(c.width - 3, 2), bottomLeft: at(2, c.height - 3)};";
    private static final String BOX = "const r = arguments[0].getBoundingClientRect();"
            + "return [r.left, r.top, r.right, r.bottom, innerWidth, innerHeight];";

    private static String text(String id) {
        return LABS.driver().findElement(By.id(id)).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void regPlaneTrainsWithItsLossAndShowsItsValueOnAContinuousScale() throws IOException {
        LABS.driver().get("about:blank");
        LABS.driver().get(LABS.server().trainingUrl() + "#layers=8,8&steps=200&split=0.8");
        LABS.waiting().until(d -> "200".equals(text("steps-total")) && d.findElement(By.id("map")).getAttribute(
                "data-train-drawn") != null);
        assertThat(LABS.driver().findElement(By.id("legend")).isDisplayed()).as("no legend for a classifier").isFalse();
        new Select(LABS.driver().findElement(By.id("dataset"))).selectByValue("reg-plane");
        LABS.waiting().until(d -> ((String) LABS.js("return location.hash")).contains("dataset=reg-plane")
                && d.findElement(By.id("legend")).isDisplayed());
        LABS.driver().findElement(By.id("play")).click();
        LABS.waiting().until(d -> "200".equals(text("step")) && text("play").contains("Play"));

        // accuracy does not apply and says why
        assertThat(Double.parseDouble(text("test-loss"))).isPositive();
        assertThat(text("accuracy")).isEqualTo("–");
        assertThat(text("test-accuracy")).isEqualTo("–");
        String why = LABS.driver().findElement(By.id("accuracy")).findElement(By.xpath("..")).getDomAttribute("title");
        assertThat(why).contains("does not apply").contains("regression");
        assertThat(LABS.driver().findElement(By.id("test-accuracy")).findElement(By.xpath("..")).getDomAttribute("title"))
                .isEqualTo(why);
        // clicked points have a class: not on a regression dataset
        assertThat(LABS.driver().findElement(By.id("add-class")).isEnabled()).isFalse();
        assertThat(LABS.driver().findElement(By.id("add-class")).getDomAttribute("title")).contains("real-valued targets");

        // the map: many colours, blue where x1 + x2 is large (top right), orange where it is small (bottom left)
        Map<String, Object> map = (Map<String, Object>) LABS.js(MAP_COLOURS);
        assertThat(((Number) map.get("colours")).intValue()).as("colours on the map").isGreaterThan(20);
        List<Number> blue = (List<Number>) map.get("topRight");
        List<Number> orange = (List<Number>) map.get("bottomLeft");
        assertThat(blue.get(2).intValue()).as("top right %s is blue", blue).isGreaterThan(blue.get(0).intValue() + 60);
        assertThat(orange.get(0).intValue()).as("bottom left %s is orange", orange)
                .isGreaterThan(orange.get(2).intValue() + 60);

        // the legend: the scale's ends are the targets' largest |value|, inside the window and readable
        double hi = Double.parseDouble(text("legend-hi"));
        assertThat(Double.parseDouble(text("legend-lo"))).isEqualTo(-hi);
        assertThat(hi).isBetween(1.0, 1.2);
        assertThat(text("legend-range")).matches("map now -?[0-9.]+ to -?[0-9.]+");
        for (String id : List.of("legend", "map", "accuracy", "test-accuracy")) {
            List<Number> r = (List<Number>) LABS.js(BOX, LABS.driver().findElement(By.id(id)));
            assertThat(r.get(0).doubleValue()).as(id + " left").isGreaterThanOrEqualTo(0);
            assertThat(r.get(1).doubleValue()).as(id + " top").isGreaterThanOrEqualTo(0);
            assertThat(r.get(2).doubleValue()).as(id + " right").isLessThanOrEqualTo(r.get(4).doubleValue());
            assertThat(r.get(3).doubleValue()).as(id + " bottom").isLessThanOrEqualTo(r.get(5).doubleValue());
        }
        double font = ((Number) LABS.js("return parseFloat(getComputedStyle(document.getElementById('legend-hi')).fontSize)"))
                .doubleValue();
        assertThat(font).as("the legend's text, CSS px").isGreaterThanOrEqualTo(10);
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve("training-lab-regression-1280x800.png"),
                ((TakesScreenshot) LABS.driver()).getScreenshotAs(OutputType.BYTES));

        // the squared loss, falling (the export scrolls the page, so after the geometry)
        LABS.driver().findElement(By.id("export-command")).click();
        assertThat(text("export")).contains("--dataset reg-plane").doesNotContain("--loss");
        LABS.driver().findElement(By.id("export-curves")).click();
        List<String> rows = List.of(text("export").split("\n"));
        assertThat(rows).hasSize(201);
        double first = Double.parseDouble(rows.get(1).split(",")[1]);
        double last = Double.parseDouble(rows.get(200).split(",")[1]);
        assertThat(last).as("loss %s -> %s", first, last).isLessThan(first / 5);
        assertThat(Double.parseDouble(text("loss"))).isCloseTo(last, org.assertj.core.api.Assertions.within(1e-5 * last));

        // back to a classifier: accuracy is a number again, with no tooltip, and the legend goes
        new Select(LABS.driver().findElement(By.id("dataset"))).selectByValue("moons");
        LABS.driver().findElement(By.id("step-once")).click();
        LABS.waiting().until(d -> "1".equals(text("step")) && !"–".equals(text("accuracy")));
        assertThat(Double.parseDouble(text("accuracy"))).isBetween(0.0, 1.0);
        assertThat(LABS.driver().findElement(By.id("accuracy")).findElement(By.xpath("..")).getDomAttribute("title")).isNull();
        assertThat(LABS.driver().findElement(By.id("legend")).isDisplayed()).isFalse();
        assertThat(LABS.driver().findElement(By.id("add-class")).isEnabled()).isTrue();
    }

    @Test
    void aClassificationLossWithARegressionLinkIsRefusedNamingBoth() {
        LABS.driver().get("about:blank");
        LABS.driver().get(LABS.server().trainingUrl() + "#dataset=reg-gauss&loss=bce");
        LABS.waiting().until(d -> text("message").contains("bce"));
        assertThat(text("message")).contains("the bce loss is a classification loss and reg-gauss is a regression "
                + "dataset");
    }
}
