package io.github.micrograd4j.playground.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import io.github.micrograd4j.playground.ServedLabs;
import io.github.micrograd4j.testkit.HeadlessChromium;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The expression lab in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver})
 * against a real server on loopback: type a program and see the grads, step with the keys, open a
 * {@code #program=} URL, see a syntax error inline with the last graph kept, nudge an input and see L move.
 *
 * <p>Without Chromium the test is skipped on a developer's machine and fails under {@code CI=true}, where
 * {@code .ci/run} must have installed it.
 */
class PlaygroundBrowserTest {
    @RegisterExtension
    static final HeadlessChromium CHROMIUM = new HeadlessChromium(1400, 1000);
    private static final String TOKEN = "browser-test-token";
    @RegisterExtension
    static final ServedLabs LABS = new ServedLabs(CHROMIUM, TOKEN, Duration.ofSeconds(20));

    @TempDir
    static Path dir;

    @BeforeEach
    void drainTheConsole() {
        LABS.driver().manage().logs().get(LogType.BROWSER);
    }

    private static String url(String fragment) {
        return LABS.server().url() + fragment;
    }

    /** Each value box's label mapped to the text of its grad cell, as the browser shows it now. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> gradsOnTheGraph() {
        Object result = LABS.js("const out = {};"
                + "document.querySelectorAll('#graph g.value').forEach(g => {"
                + "  out[g.querySelector('text[id$=\"-label\"]').textContent] ="
                + "      g.querySelector('text[id$=\"-grad\"]').textContent; });"
                + "return out;");
        return new LinkedHashMap<>((Map<String, String>) result);
    }

    private static int renders() {
        return ((Number) LABS.js("return window.playground ? window.playground.renders : 0;")).intValue();
    }

    private static void openAndWaitForTheGraph(String fragment) {
        LABS.driver().get("about:blank"); // a fresh page: only a fragment changed would not load the page again
        LABS.driver().get(url(fragment));
        LABS.waiting().until(d -> renders() > 0);
    }

    private static void replaceProgram(String program) {
        WebElement editor = LABS.driver().findElement(By.id("program"));
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        editor.sendKeys(program);
    }

    private static List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : LABS.driver().manage().logs().get(LogType.BROWSER)) {
            // a program half typed is a syntax error, answered 400 by design; Chromium logs each such answer
            boolean typing = entry.getMessage().matches(".*/api/grad - Failed to load resource: the server "
                    + "responded with a status of 400 .*");
            if (entry.getLevel().intValue() >= Level.WARNING.intValue() && !typing) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    @Test
    void typingAProgramDrawsItsGradients() {
        openAndWaitForTheGraph("");
        replaceProgram("x = 3\ny = 4\nL = x * y + x");
        LABS.waiting().until(d -> "grad 5.0000".equals(gradsOnTheGraph().get("x")));
        assertThat(gradsOnTheGraph()).containsEntry("x", "grad 5.0000").containsEntry("y", "grad 3.0000")
                .containsEntry("L", "grad 1.0000");
        assertThat(LABS.driver().findElement(By.id("output")).getText()).isEqualTo("L = 15.0000");
        // the grads are text in the page, as in the pictures
        assertThat(LABS.driver().findElement(By.id("graph")).getText()).contains("grad 5.0000");
        assertThat(consoleErrors()).as("console errors, including blocked fetches").isEmpty();
    }

    @Test
    void theArrowKeysStepThroughBackpropHighlightingTheNode() {
        openAndWaitForTheGraph(""); // the walkthrough is the first example
        assertThat(LABS.driver().findElement(By.id("counter")).getText()).isEqualTo("all 7 grads");
        WebElement body = LABS.driver().findElement(By.tagName("body"));
        LABS.driver().findElement(By.tagName("h1")).click(); // focus out of the editor
        body.sendKeys(Keys.ARROW_RIGHT);
        assertThat(LABS.driver().findElement(By.id("counter")).getText()).isEqualTo("step 1 of 7");
        assertThat(LABS.driver().findElement(By.id("text")).getText()).isEqualTo("dL/dL = 1");
        assertThat(gradsOnTheGraph()).containsEntry("L", "grad 1.0000").containsEntry("a", "grad ");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 10 && LABS.driver().findElement(By.id("next")).isEnabled(); i++) {
            body.sendKeys(Keys.ARROW_RIGHT);
            seen.add(LABS.driver().findElement(By.id("text")).getText());
        }
        assertThat(LABS.driver().findElement(By.id("counter")).getText()).isEqualTo("step 7 of 7");
        assertThat(seen).contains("dL/dc = dL/dd * dd/dc = -2.0000 * 1.0000 = -2.0000");
        assertThat(LABS.js("return document.querySelector('#graph g.value.current text[id$=\"-label\"]').textContent"))
                .isIn("a", "b");
        assertThat(gradsOnTheGraph()).containsEntry("a", "grad 6.0000").containsEntry("b", "grad -4.0000")
                .containsEntry("f", "grad 4.0000");
        body.sendKeys(Keys.ARROW_LEFT);
        assertThat(LABS.driver().findElement(By.id("counter")).getText()).isEqualTo("step 6 of 7");

        // a click on a node shows its op, inputs and local derivatives
        LABS.js("document.querySelector('#graph g.value.output').dispatchEvent(new MouseEvent('click', {bubbles: true}))");
        assertThat(LABS.driver().findElement(By.id("details-facts")).getText()).contains("op *").contains("inputs d, f")
                .contains("data -8.0000");
        assertThat(LABS.driver().findElement(By.id("details-locals")).getText()).contains("L = d * f, so dL/dd = f")
                .contains("-2.0000");
        // and from the keyboard: a box takes the focus, Enter shows its details
        LABS.js("document.getElementById('v0').focus()");
        LABS.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(LABS.driver().findElement(By.id("details-facts")).getText()).contains("op none (a leaf)")
                .contains("grad 6.0000");
    }

    @Test
    void aProgramInTheAddressOpensDrawnAndSurvivesAReload() {
        String program = "u = 3\nv = u * u";
        openAndWaitForTheGraph("#program=" + URLEncoder.encode(program, StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(LABS.driver().findElement(By.id("program")).getAttribute("value")).isEqualTo(program);
        assertThat(gradsOnTheGraph()).containsEntry("u", "grad 6.0000");
        LABS.driver().navigate().refresh();
        LABS.waiting().until(d -> renders() > 0);
        assertThat(gradsOnTheGraph()).containsEntry("u", "grad 6.0000");
    }

    @Test
    void aSyntaxErrorIsShownAtItsLineAndColumnAndTheLastGraphStays() {
        openAndWaitForTheGraph("#program=" + URLEncoder.encode("p = 2\nq = p * p", StandardCharsets.UTF_8));
        assertThat(gradsOnTheGraph()).containsEntry("p", "grad 4.0000");
        WebElement editor = LABS.driver().findElement(By.id("program"));
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " *");
        LABS.waiting().until(d -> !d.findElement(By.id("error")).getText().isEmpty());
        assertThat(LABS.driver().findElement(By.id("error")).getText()).startsWith("line 2, column");
        assertThat(LABS.driver().findElement(By.id("error-mark"))).isNotNull();
        assertThat(gradsOnTheGraph()).as("the last good graph").containsEntry("p", "grad 4.0000");
        editor.sendKeys(" 3");
        LABS.waiting().until(d -> d.findElement(By.id("error")).getText().isEmpty());
        assertThat(gradsOnTheGraph()).containsEntry("p", "grad 12.0000"); // q = p * p * 3: 2 * 2 * 3
    }

    @Test
    void theAnomalyToggleShowsItsMessageNextToTheGraph() {
        openAndWaitForTheGraph("#program=" + URLEncoder.encode("x = 0\nL = log(x) * 2", StandardCharsets.UTF_8));
        assertThat(gradsOnTheGraph()).containsKey("L"); // without detection, -Infinity flows through
        assertThat(LABS.driver().findElement(By.id("anomaly-message")).getText()).isEmpty();
        LABS.driver().findElement(By.id("anomaly")).click();
        LABS.waiting().until(d -> !d.findElement(By.id("anomaly-message")).getText().isEmpty());
        assertThat(LABS.driver().findElement(By.id("anomaly-message")).getText()).startsWith("anomaly: line 2, column")
                .contains("log");
        assertThat(gradsOnTheGraph()).as("the last graph stays").containsKey("L");
        LABS.driver().findElement(By.id("anomaly")).click();
        LABS.waiting().until(d -> d.findElement(By.id("anomaly-message")).getText().isEmpty());
    }

    @Test
    void nudgingAnInputRerunsForwardAndBackward() {
        openAndWaitForTheGraph("");
        String before = LABS.driver().findElement(By.id("output")).getText();
        assertThat(before).isEqualTo("L = -8.0000");
        int index = ((Number) LABS.js("return [...document.querySelectorAll('#inputs label')]"
                + ".findIndex(l => l.textContent === 'f')")).intValue();
        WebElement f = LABS.driver().findElement(By.id("input-" + index + "-number"));
        f.click();
        f.sendKeys(Keys.chord(Keys.CONTROL, "a"), "-1.999");
        LABS.waiting().until(d -> !d.findElement(By.id("output")).getText().equals(before)
                && d.findElement(By.id("output")).getText().equals("L = -7.9960"));
        String ratio = LABS.driver().findElement(By.id("ratio-" + index)).getText();
        assertThat(ratio).contains("ΔL/Δf").contains("= 4.0000");
        assertThat(LABS.driver().findElement(By.id("nudge-" + index)).getText()).contains("dL/df = 4.0000 at -2.0000");
        // the check button runs the numeric gradient check at the nudged point
        LABS.driver().findElement(By.id("check")).click();
        LABS.waiting().until(d -> !d.findElements(By.id("check-table")).isEmpty());
        assertThat(LABS.driver().findElement(By.id("check-table")).getText()).contains("f").contains("ok");
    }
}
