package io.github.micrograd4j.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.lang.Program;
import io.github.micrograd4j.lang.grad.GradJson;
import io.github.micrograd4j.lang.grad.GradRun;
import io.github.micrograd4j.playground.expression.ExpressionLab;
import io.github.micrograd4j.playground.expression.GradResponse;
import io.github.micrograd4j.nn.json.SettingsJson;
import io.github.micrograd4j.viz.BackpropPictures;
import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.nn.run.RunSettings;
import io.github.micrograd4j.nn.train.Engines;
import io.github.micrograd4j.nn.train.StepRecord;
import io.github.micrograd4j.nn.train.Trainer;
import io.github.micrograd4j.nn.train.TrainingEngine;
import io.github.micrograd4j.nn.optim.Optimizer;
import io.github.micrograd4j.testkit.HeadlessChromium;
import io.github.micrograd4j.testkit.TestJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built site in Chromium, served from 127.0.0.1 as any static host would serve it: every value and
 * gradient the expression lab shows for a program equals {@code grad --json}'s (the same {@code GradRun}
 * and {@code GradJson} on the JVM), bit for bit where the program uses {@code + - * /} only and to 1e-12
 * relative otherwise; the training lab's demo reaches {@code train}'s loss at step 100; and no request
 * leaves the site's origin. Runs after {@code package} (failsafe), against {@code target/site}.
 */
class WebSiteIT {
    @RegisterExtension
    static final HeadlessChromium CHROMIUM = new HeadlessChromium(1280, 800);
    private static StaticSite site;

    @BeforeAll
    static void serve() throws Exception {
        assertThat(StaticSite.SITE.resolve("index.html")).as("mvn package builds the site first").exists();
        site = new StaticSite();
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    private static WebDriver driver() {
        return CHROMIUM.driver();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    /** Opens the expression lab on a program and answers what it drew: the page's last answer. */
    static Map<String, Object> answerIn(String base, String program) {
        driver().get("about:blank");
        driver().get(base + "index.html#program=" + URLEncoder.encode(program, StandardCharsets.UTF_8)
                .replace("+", "%20"));
        new WebDriverWait(driver(), Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js(
                "return !!(window.playground && window.playground.state.last"
                        + " && document.getElementById('program').value === arguments[0])"
                        + " || document.getElementById('error').textContent !== ''", program)));
        assertThat(driver().findElement(By.id("error")).getText()).as("the page's error for %s", program).isEmpty();
        // JSON.stringify writes -0 as 0: marked here, and turned back into -0.0 by negativeZeros
        return TestJson.object(negativeZeros(TestJson.parse((String) js("return JSON.stringify("
                + "window.playground.state.last, (k, v) => Object.is(v, -0) ? arguments[0] : v)", NEGATIVE_ZERO))));
    }

    private static final String NEGATIVE_ZERO = "\u0000-0";

    private static Object negativeZeros(Object json) {
        if (NEGATIVE_ZERO.equals(json)) {
            return -0.0;
        }
        if (json instanceof Map<?, ?> map) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, negativeZeros(v)));
            return out;
        }
        if (json instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(negativeZeros(v)));
            return out;
        }
        return json;
    }

    /** {@code grad --json} for the program, as the CLI writes it. */
    static Map<String, Object> cli(String program) {
        GradRun run = GradRun.of(Program.parse(program), Map.of(), false);
        return TestJson.object(TestJson.parse(GradJson.document(run.program(), run.run(), run.report())));
    }

    static void sameNumbers(String program, Map<String, Object> page, Map<String, Object> cli, boolean bits) {
        List<Object> pageValues = TestJson.array(page.get("values"));
        List<Object> cliValues = TestJson.array(cli.get("values"));
        assertThat(pageValues).as("values of %s", program).hasSameSizeAs(cliValues);
        for (int i = 0; i < cliValues.size(); i++) {
            Map<String, Object> p = TestJson.object(pageValues.get(i));
            Map<String, Object> c = TestJson.object(cliValues.get(i));
            assertThat(p.get("op")).isEqualTo(c.get("op"));
            for (String field : List.of("data", "grad")) {
                double expected = number(c.get(field));
                double actual = number(p.get(field));
                String what = field + " of value " + i + " (" + c.get("op") + ") in\n" + program;
                if (bits || !Double.isFinite(expected)) {
                    assertThat(Double.doubleToLongBits(actual)).as(what + ": %s vs %s", actual, expected)
                            .isEqualTo(Double.doubleToLongBits(expected));
                } else {
                    assertThat(Math.abs(actual - expected)).as(what + ": %s vs %s", actual, expected)
                            .isLessThanOrEqualTo(1e-12 * Math.max(Math.abs(expected), Double.MIN_NORMAL));
                }
            }
        }
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.parseDouble(o.toString());
    }

    @Test
    void arithmeticGivesTheClisBits() {
        String base = site.origin() + "/";
        for (String program : Programs.arithmetic(12, 23)) {
            Map<String, Object> page = answerIn(base, program);
            sameNumbers(program, page, cli(program), true);
            // and the whole answer is the served playground's: the SVG, the DOT, the steps' texts, the nodes (the
            // texts' numbers included: Numbers.fixed writes the JDK's %.4f, which TeaVM's formatter does not)
            assertThat(page).as("the answer for\n%s", program).isEqualTo(served(program));
        }
    }

    /** The served playground's {@code /api/grad} answer, laid out by ELK on this JVM. */
    static Map<String, Object> served(String program) {
        GradRun run = GradRun.of(Program.parse(program), Map.of(), false);
        // drawn as GradService draws it: the numbers written into the program as constants
        BackpropPictures pictures = BackpropPictures.of(run.run().output(), Language.EN, run.run().constants());
        return TestJson.object(TestJson.parse(GradResponse.json(run, pictures)));
    }

    @Test
    void everyOpGivesTheClisNumbersTo1e12() {
        String base = site.origin() + "/";
        for (String program : Programs.transcendental(12, 29)) {
            sameNumbers(program, answerIn(base, program), cli(program), false);
        }
    }

    @Test
    void theEngineIsTheWebAssemblyOneAndTheJavaScriptOneWhereThatFails() {
        String base = site.origin() + "/";
        List<String> programs = Programs.transcendental(3, 37);
        for (String program : programs) {
            sameNumbers(program, answerIn(base, program), cli(program), false);
        }
        assertThat(js("return document.documentElement.dataset.engine")).isEqualTo("wasm-gc");
        assertThat(js("return performance.getEntriesByType('resource').map(e => e.name).join(' ')"))
                .as("the page's requests").asString().doesNotContain("engine-js.js");
        // a browser without WebAssembly GC: compiling the module fails, and the page loads engine-js.js instead
        ChromeDriver chrome = (ChromeDriver) driver();
        Object script = chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "WebAssembly.compile = () => Promise.reject(new Error('no WebAssembly GC in this test'));"))
                .get("identifier");
        try {
            for (String program : programs) {
                sameNumbers(program, answerIn(base, program), cli(program), false);
            }
            assertThat(js("return document.documentElement.dataset.engine")).isEqualTo("javascript");
        } finally {
            chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
        }
    }

    @Test
    void theSiteIsUnder5MbAndCarriesTheLicences() throws java.io.IOException {
        long bytes;
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(StaticSite.SITE)) {
            bytes = files.filter(java.nio.file.Files::isRegularFile)
                    .filter(f -> !StaticSite.SITE.relativize(f).startsWith("apidocs"))
                    .mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(bytes).as("the site's bytes, the Javadoc aside").isLessThan(5_000_000L);
        assertThat(java.nio.file.Files.readString(StaticSite.SITE.resolve("THIRD-PARTY.txt")))
                .contains("elkjs", "EPL-2.0", "TeaVM", "Apache License", "uPlot");
    }

    /** Unless the build was told to skip Javadoc ({@code -Dmaven.javadoc.skip=true}, passed on to the tests). */
    @Test
    @org.junit.jupiter.api.condition.DisabledIfSystemProperty(named = "maven.javadoc.skip", matches = "true")
    void theSiteCarriesTheLibrariesJavadoc() throws java.io.IOException {
        assertThat(java.nio.file.Files.readString(StaticSite.SITE.resolve("apidocs/index.html")))
                .contains("io.github.micrograd4j.core", "io.github.micrograd4j.lang", "io.github.micrograd4j.nn",
                        "io.github.micrograd4j.viz");
    }

    @Test
    void fromDiskTooWithoutAServer() {
        String base = StaticSite.SITE.toAbsolutePath().toUri().toString();
        for (String program : Programs.transcendental(2, 31)) {
            sameNumbers(program, answerIn(base, program), cli(program), false);
        }
    }

    @Test
    void theTrainingLabsDemoReachesTrainsLossAtStep100() {
        reachesTrainsLossAtStep100(Map.of(), "#play=1");
    }

    /** The web edition's BrowserLab trains a regression dataset as the server does: the squared loss, no accuracy. */
    @Test
    void aRegressionDatasetReachesTrainsLossAtStep100WithoutAccuracy() {
        reachesTrainsLossAtStep100(Map.of("dataset", "reg-plane"), "#dataset=reg-plane&play=1");
        assertThat(driver().findElement(By.id("accuracy")).getText()).isEqualTo("\u2013");
        assertThat(driver().findElement(By.id("legend")).isDisplayed()).isTrue();
    }

    private static void reachesTrainsLossAtStep100(Map<String, String> settings, String fragment) {
        double expected = trainLossAt100(settings);
        driver().get("about:blank");
        driver().get(site.origin() + "/train.html" + fragment);
        new WebDriverWait(driver(), Duration.ofSeconds(120)).until(d ->
                "100".equals(d.findElement(By.id("step")).getText()) && d.findElement(By.id("play")).getText()
                        .contains("Play"));
        driver().findElement(By.id("export-curves")).click();
        String csv = driver().findElement(By.id("export")).getText();
        String line = csv.lines().filter(l -> l.startsWith("100,")).findFirst().orElseThrow();
        double loss = Double.parseDouble(line.split(",")[1]);
        assertThat(Math.abs(loss - expected)).as("step 100: page %s, train %s", loss, expected)
                .isLessThanOrEqualTo(1e-9 * Math.abs(expected));
    }

    /**
     * The maps' worker adds each frame's test scores and maps (a worker of their own, as the server's sender thread):
     * the test loss the page shows and exports at the run's last step is nn's at those weights (the object graph's,
     * {@code Run#testScores}), and the big map is drawn.
     */
    @Test
    void theMapsWorkersTestLossIsNnsAtTheLastStep() {
        Map<String, String> values = Map.of("split", "0.7", "steps", "40");
        Run run = Run.create(RunSettings.fromMap(values), null);
        TrainingEngine engine = Engines.defaultFor(run.objective()).create(run.objective());
        Optimizer optimizer = run.optimizer();
        for (int step = 0; step < 40; step++) {
            Trainer.step(engine, optimizer, run.batches(), step);
        }
        engine.close();
        double expected = run.testScores()[0];
        driver().get("about:blank");
        driver().get(site.origin() + "/train.html#split=0.7&steps=40&play=1");
        new WebDriverWait(driver(), Duration.ofSeconds(120)).until(d ->
                "40".equals(d.findElement(By.id("step")).getText()) && d.findElement(By.id("play")).getText()
                        .contains("Play") && !d.findElement(By.id("test-loss")).getText().equals("\u2013"));
        driver().findElement(By.id("export-curves")).click();
        String line = driver().findElement(By.id("export")).getText().lines().filter(l -> l.startsWith("40,"))
                .findFirst().orElseThrow();
        double shown = Double.parseDouble(line.split(",")[2]);
        assertThat(Math.abs(shown - expected)).as("step 40's test loss: page %s, nn %s", shown, expected)
                .isLessThanOrEqualTo(1e-9 * Math.abs(expected));
        assertThat(Double.parseDouble(driver().findElement(By.id("test-loss")).getText()))
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-5 * Math.abs(expected)));
        // the big map's canvas has both classes' colours: the maps arrived and were drawn
        Object colours = js("const c = document.getElementById('map'); const d = c.getContext('2d')"
                + ".getImageData(0, 0, c.width, c.height).data; const seen = new Set();"
                + " for (let i = 0; i < d.length; i += 4 * 97) seen.add(d[i] > d[i + 2] ? 'warm' : d[i + 2] > d[i] ? 'cool' : 'grey');"
                + " return [...seen].sort().join(',')");
        assertThat(String.valueOf(colours)).contains("cool").contains("warm");
    }

    /**
     * The web edition's training lab sets a clicked edge's weight in the run in the page (BrowserLab's weight action)
     * and shows the edited model's loss at once, as nn computes it; its input nodes show their features' maps.
     */
    @Test
    void aClickedEdgesWeightIsSetInThePageAndTheLossIsTheEditedModels() {
        driver().get("about:blank");
        driver().get(site.origin() + "/train.html#layers=3&steps=50");
        new WebDriverWait(driver(), Duration.ofSeconds(120)).until(d -> js("return document.body.dataset.edgeDone || ''")
                .toString().length() > 0);
        assertThat(driver().findElements(By.cssSelector("#columns .input-map"))).hasSize(2);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) js("const a = document.querySelector(\".neuron[data-neuron='2']\")"
                + "  .getBoundingClientRect(); const c = document.querySelector(\".neuron[data-neuron='3']\")"
                + "  .getBoundingClientRect(); return [(a.right + c.left) / 2, (a.top + a.bottom + c.top + c.bottom) / 4];");
        new org.openqa.selenium.interactions.Actions(driver()).moveToLocation(at.get(0).intValue(), at.get(1).intValue())
                .click().perform();
        var field = driver().findElement(By.id("edge-value"));
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> field.isDisplayed());
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "-2.5",
                org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(driver(), Duration.ofSeconds(60)).until(d -> !d.findElement(By.id("loss")).getText()
                .equals("\u2013"));
        // nn: the same run, that weight (layer 1, neuron 0, from hidden neuron 2) set, the loss of step 0's batch
        Run run = Run.create(RunSettings.fromMap(Map.of("layers", "3", "steps", "50")), null);
        run.model().layers().get(1).neurons().get(0).weights().get(2).setData(-2.5);
        double expected;
        try (TrainingEngine engine = Engines.GRAPH.create(run.objective())) {
            expected = engine.evaluate(run.batches().batch(0)).loss();
        }
        double shown = Double.parseDouble(driver().findElement(By.id("loss")).getText());
        assertThat(Math.abs(shown - expected)).as("page %s, nn %s", shown, expected).isLessThanOrEqualTo(1e-5 * expected);
    }

    /** What {@code train --json} reports at step 100 for some settings (none: the lab's defaults, the demo). */
    private static double trainLossAt100(Map<String, String> values) {
        RunSettings settings = RunSettings.fromMap(values);
        Run run = Run.create(settings, null);
        TrainingEngine engine = Engines.defaultFor(run.objective()).create(run.objective());
        Optimizer optimizer = run.optimizer();
        double loss = Double.NaN;
        for (int step = 0; step < 100; step++) {
            StepRecord r = Trainer.step(engine, optimizer, run.batches(), step);
            loss = r.loss();
        }
        engine.close();
        return loss;
    }

    @Test
    void thePagesBuildTheirControlsFromTheCompiledTables() {
        driver().get("about:blank");
        driver().get(site.origin() + "/train.html");
        List<?> table = (List<?>) TestJson.object(TestJson.parse(SettingsJson.write())).get("settings");
        for (String key : List.of("activation", "optimizer", "reg")) {
            List<Object> ids = new ArrayList<>();
            for (Object setting : table) {
                Map<?, ?> s = (Map<?, ?>) setting;
                if (key.equals(s.get("key"))) {
                    ((List<?>) s.get("choices")).forEach(c -> ids.add(((Map<?, ?>) c).get("id")));
                }
            }
            assertThat(ids).as("the table's %s choices", key).isNotEmpty();
            new WebDriverWait(driver(), Duration.ofSeconds(30)).until(d -> ids.equals(js(
                    "return [...document.getElementById(arguments[0]).options].map(o => o.value)", key)));
        }
        assertThat(driver().findElement(By.id("message")).getText()).isEmpty();

        driver().get("about:blank");
        driver().get(site.origin() + "/index.html");
        List<?> functions = (List<?>) TestJson.object(TestJson.parse(ExpressionLab.functionsJson())).get("functions");
        new WebDriverWait(driver(), Duration.ofSeconds(30)).until(d -> !d.findElement(By.id("functions")).getText()
                .isEmpty());
        List<String> shown = List.of(driver().findElement(By.id("functions")).getText().split(" (?![y)])"));
        assertThat(shown).hasSize(functions.size());
        for (int i = 0; i < functions.size(); i++) {
            assertThat(shown.get(i)).startsWith((String) ((Map<?, ?>) functions.get(i)).get("name"));
        }
    }

    /**
     * The site reads the transport's capabilities: no page claims a server connection; the labs' words come from
     * the bundled text (a Chinese link speaks Chinese), and the header's lab links stay inside the site.
     */
    @Test
    void thePagesSayTheyRunInThePageInEitherLanguage() throws Exception {
        Map<?, ?> en = TestJson.object(TestJson.parse(read("text-en.json")));
        Map<?, ?> zh = TestJson.object(TestJson.parse(read("text-zh.json")));
        for (String page : List.of("index.html", "train.html")) {
            for (Map.Entry<String, Map<?, ?>> lang : Map.of("en", en, "zh", zh).entrySet()) {
                driver().get("about:blank");
                driver().get(site.origin() + "/" + page + "#lang=" + lang.getKey());
                String local = (String) lang.getValue().get("app.local");
                new WebDriverWait(driver(), Duration.ofSeconds(60)).until(d ->
                        local.equals(d.findElement(By.id("connection")).getText()));
                String training = driver().findElement(By.id("lab-training")).getAttribute("href");
                assertThat(training).as(page).startsWith(site.origin() + "/train.html");
                assertThat(driver().findElement(By.id("lab-expression")).getAttribute("href")).as(page)
                        .startsWith(site.origin() + "/index.html");
            }
        }
    }

    /**
     * The compiled Java tells its refusals in the page's language, as the server does: a syntax error at the same
     * position with the same caret, a refused link naming each key and value.
     */
    @Test
    void theCompiledJavaRefusesInChinese() {
        String program = "a = 2.0\nL = a * $ + 1";
        driver().get("about:blank");
        driver().get(site.origin() + "/index.html#program=" + URLEncoder.encode(program, StandardCharsets.UTF_8)
                .replace("+", "%20") + "&lang=zh");
        new WebDriverWait(driver(), Duration.ofSeconds(60)).until(d -> !d.findElement(By.id("error")).getText()
                .isEmpty());
        assertThat(driver().findElement(By.id("error")).getText()).isEqualTo("第 2 行第 9 列：无法识别的字符 '$' (U+0024)");
        assertThat(js("return document.getElementById('excerpt').textContent"))
                .isEqualTo("  L = a * $ + 1\n" + " ".repeat(10) + "^");
        driver().get("about:blank");
        driver().get(site.origin() + "/train.html#lr=-1&layers=8,65&lang=zh");
        new WebDriverWait(driver(), Duration.ofSeconds(60)).until(d -> !d.findElement(By.id("message")).getText()
                .isEmpty());
        assertThat(driver().findElement(By.id("message")).getText()).contains("有 2 个设置被拒绝：",
                "lr 必须为正数，而不是 -1.0", "layers：每层最多 64 个神经元，而不是 65 个");
    }

    /** A bundle of the labs' words, from the playground's jar the site was built from. */
    private static String read(String name) throws java.io.IOException {
        try (java.io.InputStream in = WebSiteIT.class.getResourceAsStream("/io/github/micrograd4j/playground/assets/"
                + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void noRequestLeavesTheSite() {
        answerIn(site.origin() + "/", "a = 1; b = 2; L = a * b");
        List<String> foreign = new ArrayList<>();
        for (LogEntry e : driver().manage().logs().get(LogType.PERFORMANCE)) {
            String m = e.getMessage();
            int at = m.indexOf("\"url\":\"");
            if (m.contains("Network.requestWillBeSent") && at >= 0) {
                String url = m.substring(at + 7, m.indexOf('"', at + 7));
                if (!url.startsWith(site.origin()) && !url.startsWith("data:") && !url.startsWith("blob:")
                        && !url.startsWith("about:") && !url.startsWith("file:") && !url.startsWith("chrome:")) {
                    foreign.add(url);
                }
            }
        }
        assertThat(foreign).as("requests to anywhere but the site").isEmpty();
        // and every request it made was for a file of the site
        assertThat(site.requests()).allMatch(p -> p.equals("/") || java.nio.file.Files.isRegularFile(
                StaticSite.SITE.resolve(p.substring(1))), "a file of the site");
    }
}
