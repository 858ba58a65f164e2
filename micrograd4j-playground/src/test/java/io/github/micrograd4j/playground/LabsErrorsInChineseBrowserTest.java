package io.github.micrograd4j.playground;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.nn.Choice;
import io.github.micrograd4j.nn.run.Setting;
import io.github.micrograd4j.nn.run.SettingsTable;
import io.github.micrograd4j.testkit.HeadlessChromium;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Both labs in Chinese after a learner's mistake: a syntax error in the expression lab and a refused link in the
 * training lab come back from Java in Chinese, at the same position with the same caret, inside the viewport at
 * 1280x800. A message may keep names (a setting's key, a value, a variable), op symbols and numbers in Latin
 * letters, never an English sentence. Screenshots go to target/screenshots.
 */
class LabsErrorsInChineseBrowserTest {
    @RegisterExtension
    static final HeadlessChromium CHROMIUM = new HeadlessChromium(1280, 800);
    private static final String TOKEN = "labs-errors-zh-test-token";
    @RegisterExtension
    static final ServedLabs LABS = new ServedLabs(CHROMIUM, TOKEN, Duration.ofSeconds(40));
    /** A quoted name or value, a code point, a list of names, an option: kept as they are in every language. */
    private static final Pattern KEPT = Pattern.compile("'[^']*'|\\(U\\+[0-9A-F]{4,6}\\)|\\[[^\\]]*\\]|--[a-z-]+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z_]*");

    private static String text(String id) {
        return LABS.driver().findElement(By.id(id)).getText();
    }

    private static void screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Path shot = ((TakesScreenshot) LABS.driver()).getScreenshotAs(OutputType.FILE).toPath();
        Files.move(shot, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The names a message may show as they are: the settings' keys and values, and the program's names. */
    private static Set<String> names(String... more) {
        Set<String> names = new HashSet<>(List.of(more));
        for (Setting<?> s : SettingsTable.ALL) {
            names.addAll(List.of(s.key().split("-")));
            for (Choice c : s.choices()) {
                names.add(c.id());
            }
        }
        return names;
    }

    /** The Latin words of a message outside its names, quotes, code points and options: none in Chinese. */
    private static void assertNoEnglish(String message, Set<String> names) {
        assertThat(message).as("a message").isNotBlank();
        assertThat(message.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                .as("Chinese in '%s'", message).isTrue();
        Matcher words = WORD.matcher(KEPT.matcher(message).replaceAll(" "));
        while (words.find()) {
            assertThat(names).as("'%s' in '%s' is a name, not an English word", words.group(), message)
                    .contains(words.group());
        }
    }

    /** The element is drawn inside the 1280x800 viewport with its text on at least one line. */
    @SuppressWarnings("unchecked")
    private static void assertShown(String id) {
        Map<String, Object> r = (Map<String, Object>) LABS.js("const e = document.getElementById('" + id + "');"
                + "e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,"
                + " line: parseFloat(getComputedStyle(e).lineHeight) || 0};");
        double left = ((Number) r.get("left")).doubleValue();
        double right = ((Number) r.get("right")).doubleValue();
        double top = ((Number) r.get("top")).doubleValue();
        double bottom = ((Number) r.get("bottom")).doubleValue();
        assertThat(left).as("left of #%s", id).isGreaterThanOrEqualTo(0);
        assertThat(right).as("right of #%s", id).isLessThanOrEqualTo(1280);
        assertThat(top).as("top of #%s", id).isGreaterThanOrEqualTo(0);
        assertThat(bottom).as("bottom of #%s", id).isLessThanOrEqualTo(800);
        assertThat(bottom - top).as("height of #%s", id).isGreaterThanOrEqualTo(12);
    }

    @Test
    void aSyntaxErrorIsChineseWithItsPositionAndCaret() throws IOException {
        String program = "a = 2.0\nL = a * $ + 1";
        LABS.driver().get("about:blank");
        LABS.driver().get(LABS.server().url() + "#program=" + URLEncoder.encode(program, StandardCharsets.UTF_8).replace("+", "%20")
                + "&lang=zh");
        LABS.waiting().until(d -> !text("error").isEmpty());
        String error = text("error");
        assertThat(error).isEqualTo("第 2 行第 9 列：无法识别的字符 '$' (U+0024)");
        assertNoEnglish(error, names("a", "L"));
        assertThat(LABS.js("return document.getElementById('excerpt').textContent"))
                .isEqualTo("  L = a * $ + 1\n" + " ".repeat(10) + "^");
        assertThat(LABS.js("return document.getElementById('error').dataset.where")).isEqualTo("2:9");
        assertShown("error");
        screenshot("expression-lab-zh-syntax-error.png");

        // a name the program never assigns, a function the language lacks, a call with one argument too many
        for (String wrong : new String[] {"a = 2.0\nL = a * zz", "a = 2.0\nL = foo(a)", "a = 2.0\nL = tanh(a, a)",
            "a = 2.0\nL = (a * 2"}) {
            String before = text("error"); // read first: the answer may come before the next line runs
            ((JavascriptExecutor) LABS.driver()).executeScript("const e = document.getElementById('program');"
                    + "e.value = arguments[0]; e.dispatchEvent(new Event('input', {bubbles: true}))", wrong);
            LABS.waiting().until(d -> !text("error").equals(before) && !text("error").isEmpty());
            String told = text("error");
            assertThat(told).startsWith("第 2 行");
            assertNoEnglish(told, names("a", "L", "zz", "foo", "tanh", "relu", "exp", "log", "sigmoid", "sin", "cos",
                    "pow"));
        }
    }

    @Test
    void aRefusedLinkIsChineseNamingEachKeyAndValue() throws IOException {
        LABS.driver().get("about:blank");
        LABS.driver().get(LABS.server().trainingUrl() + "#lr=-1&activation=gelu&layers=8,65&lang=zh");
        LABS.waiting().until(d -> !text("message").isEmpty() && "zh".equals(LABS.js("return document.documentElement.lang")));
        String message = text("message");
        assertThat(message).contains("lr 必须为正数，而不是 -1.0", "activation：未知的 activation 'gelu'",
                "layers：每层最多 64 个神经元，而不是 65 个");
        assertNoEnglish(message, names());
        assertShown("message");
        screenshot("training-lab-zh-refused-link.png");
    }

    /** An anomaly told in Chinese takes two lines at 1280x800: both above the graph, not drawn over it. */
    @Test
    @SuppressWarnings("unchecked")
    void anAnomalyInChineseKeepsItsLinesAboveTheGraph() throws IOException {
        String program = "a = 0.0\nL = log(a)";
        LABS.driver().get("about:blank");
        LABS.driver().get(LABS.server().url() + "#program=" + URLEncoder.encode(program, StandardCharsets.UTF_8).replace("+", "%20")
                + "&lang=zh");
        LABS.waiting().until(d -> ((Number) LABS.js("return window.playground.renders")).intValue() > 0);
        // a node's details open below the graph: the column is short, the graph at its least height
        LABS.js("document.querySelector('#graph g.value').dispatchEvent(new MouseEvent('click', {bubbles: true}))");
        LABS.waiting().until(d -> !text("details").isEmpty());
        LABS.js("document.getElementById('anomaly').click()");
        LABS.waiting().until(d -> !text("anomaly-message").isEmpty());
        String message = text("anomaly-message");
        assertThat(message).startsWith("异常：第 2 行第 1 列：在语句 'L' 中：前向传播出现异常");
        assertNoEnglish(message, names("a", "L", "log", "Infinity", "NaN", "x", "d", "dx")); // d/dx: a derivative
        Map<String, Object> r = (Map<String, Object>) LABS.js("const m = document.getElementById('anomaly-message')"
                + ".getBoundingClientRect(); const g = document.getElementById('graph').getBoundingClientRect();"
                + "return {bottom: m.bottom, height: m.height, graph: g.top,"
                + " font: parseFloat(getComputedStyle(document.getElementById('anomaly-message')).fontSize)};");
        assertThat(((Number) r.get("height")).doubleValue()).as("the message's two lines, not squeezed to one")
                .isGreaterThan(2 * ((Number) r.get("font")).doubleValue());
        assertThat(((Number) r.get("bottom")).doubleValue()).as("the message ends above the graph")
                .isLessThanOrEqualTo(((Number) r.get("graph")).doubleValue());
        screenshot("expression-lab-zh-anomaly.png");
    }

    /** The CSV picker in the page's language: a button and the file's name, the browser's own input not drawn. */
    @Test
    @SuppressWarnings("unchecked")
    void theFilePickerSpeaksThePagesLanguage() throws IOException {
        LABS.driver().get("about:blank");
        LABS.driver().get(LABS.server().trainingUrl() + "#points=40&lang=zh");
        LABS.waiting().until(d -> "zh".equals(LABS.js("return document.documentElement.lang")) && !text("csv-choose").isEmpty());
        assertThat(text("csv-choose")).isEqualTo("选择文件…");
        assertThat(text("csv-name")).isEqualTo("未选择文件");
        Map<String, Object> input = (Map<String, Object>) LABS.js("const r = document.getElementById('csv')"
                + ".getBoundingClientRect(); return {w: r.width, h: r.height};");
        assertThat(((Number) input.get("w")).doubleValue()).as("the browser's input is not drawn").isLessThanOrEqualTo(1);
        assertThat(((Number) input.get("h")).doubleValue()).isLessThanOrEqualTo(1);
        assertShown("csv-choose");
        assertShown("csv-name");
        screenshot("training-lab-zh-file-picker.png");

        Path csv = Files.createTempFile("micrograd4j-points", ".csv");
        Files.writeString(csv, "x1,x2,label\n0,0,0\n1,1,1\n0,1,0\n1,0,1\n");
        LABS.driver().findElement(By.id("csv")).sendKeys(csv.toString());
        LABS.waiting().until(d -> text("csv-name").equals(csv.getFileName().toString()));
        LABS.waiting().until(d -> ((String) LABS.js("return location.hash")).contains("data="));
        Files.delete(csv);

        LABS.js("const s = document.getElementById('lang'); s.value = 'en'; s.dispatchEvent(new Event('change'))");
        LABS.waiting().until(d -> "en".equals(LABS.js("return document.documentElement.lang")));
        assertThat(text("csv-choose")).isEqualTo("Choose file…");
        assertThat(text("csv-name")).as("the file's name stays").isEqualTo(csv.getFileName().toString());
    }
}
