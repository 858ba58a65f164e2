package io.github.micrograd4j.playground;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.testkit.HeadlessChromium;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Both labs switched to Chinese and back in the header: the words change in place and nothing else does (the
 * program, the step of the walkthrough and the details shown; the training run goes on with its settings), the
 * chain-rule sentence is the Chinese one with the English one's numbers, and the link keeps the language.
 * Screenshots of both labs in Chinese go to target/screenshots.
 */
class LabsLanguageBrowserTest {
    @RegisterExtension
    static final HeadlessChromium CHROMIUM = new HeadlessChromium(1280, 800);
    private static final String TOKEN = "labs-language-test-token";
    @RegisterExtension
    static final ServedLabs LABS = new ServedLabs(CHROMIUM, TOKEN, Duration.ofSeconds(40));
    private static final String PROGRAM = "a = 2.0\nb = -3.0\nc = 10.0\ne = a * b\nd = e + c\nf = -2.0\nL = d * f";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+\\.\\d+");

    private static String text(String id) {
        return LABS.driver().findElement(By.id(id)).getText();
    }

    private static void switchTo(String lang) {
        LABS.js("const s = document.getElementById('lang'); s.value = '" + lang + "';"
                + "s.dispatchEvent(new Event('change'))");
        LABS.waiting().until(d -> lang.equals(LABS.js("return document.documentElement.lang")));
    }

    private static List<String> numbers(String sentence) {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static void screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Path shot = ((TakesScreenshot) LABS.driver()).getScreenshotAs(OutputType.FILE).toPath();
        Files.move(shot, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theExpressionLabSwitchesToChineseAndBackKeepingTheProgramAndTheStep() throws IOException {
        LABS.driver().get("about:blank");
        LABS.driver().get(LABS.server().url() + "#program=" + URLEncoder.encode(PROGRAM, StandardCharsets.UTF_8).replace("+", "%20")
                + "&lang=en");
        LABS.waiting().until(d -> ((Number) LABS.js("return window.playground.renders")).intValue() > 0);
        for (int i = 0; i < 3; i++) {
            LABS.driver().findElement(By.id("next")).click();
        }
        assertThat(text("counter")).isEqualTo("step 3 of 7");
        String english = text("text");
        String englishReason = text("reason");
        LABS.js("document.getElementById('v3').dispatchEvent(new MouseEvent('click', {bubbles: true}))");
        String englishFacts = text("details-facts");
        int renders = ((Number) LABS.js("return window.playground.renders")).intValue();

        switchTo("zh");
        LABS.waiting().until(d -> text("text").contains("链式法则"));
        assertThat(text("counter")).isEqualTo("第 3 步，共 7 步");
        assertThat(text("text")).contains("梯度");
        assertThat(numbers(text("text"))).as("the numbers of " + english).isEqualTo(numbers(english)).isNotEmpty();
        assertThat(text("reason")).startsWith("因为").contains("局部导数");
        assertThat(numbers(text("reason"))).isEqualTo(numbers(englishReason));
        assertThat(text("details-facts")).startsWith("运算").contains("梯度");
        assertThat(numbers(text("details-facts"))).isEqualTo(numbers(englishFacts));
        assertThat(LABS.js("return document.getElementById('program').value")).isEqualTo(PROGRAM);
        assertThat(text("lab-training")).isEqualTo("训练实验");
        assertThat(text("next")).isEqualTo("下一步 →");
        assertThat(LABS.js("return document.querySelector('#graph g.value.current text[id$=\"-grad\"]').textContent"))
                .asString().startsWith("梯度 ");
        assertThat((String) LABS.js("return location.hash")).startsWith("#program=").endsWith("&lang=zh");
        assertThat(((Number) LABS.js("return window.playground.renders")).intValue()).isGreaterThan(renders);
        assertThat((String) LABS.js("return document.getElementById('lab-training').getAttribute('href')"))
                .isEqualTo("/train#lang=zh");
        screenshot("expression-lab-zh.png");

        switchTo("en");
        LABS.waiting().until(d -> text("text").equals(english));
        assertThat(text("counter")).isEqualTo("step 3 of 7");
        assertThat(text("reason")).isEqualTo(englishReason);
        assertThat(text("details-facts")).isEqualTo(englishFacts);
        assertThat((String) LABS.js("return location.hash")).endsWith("&lang=en");

        // the link opens in the language it keeps
        LABS.driver().get("about:blank");
        LABS.driver().get(LABS.server().url() + "#program=" + URLEncoder.encode(PROGRAM, StandardCharsets.UTF_8).replace("+", "%20")
                + "&lang=zh");
        LABS.waiting().until(d -> ((Number) LABS.js("return window.playground.renders")).intValue() > 0);
        LABS.driver().findElement(By.id("next")).click();
        LABS.driver().findElement(By.id("next")).click();
        assertThat(text("text")).contains("链式法则").contains("梯度");
        assertThat(LABS.js("return document.documentElement.lang")).isEqualTo("zh");
    }

    @Test
    void theTrainingLabSwitchesToChineseAndBackWhileItsRunGoesOn() throws IOException {
        LABS.driver().get("about:blank");
        // 2,000 points: slow enough steps that the run is still playing when the test ends
        LABS.driver().get(LABS.server().trainingUrl() + "#points=2000&layers=8,8&steps=1000000&play=1");
        LABS.waiting().until(d -> Integer.parseInt(text("step")) > 0);
        LABS.js("document.querySelector('#columns .neuron').dataset.mark = 'before'"); // a restart would draw anew
        assertThat(text("layer-word")).isEqualTo("hidden layers");

        switchTo("zh");
        int before = Integer.parseInt(text("step"));
        LABS.waiting().until(d -> Integer.parseInt(text("step")) > before + 5);
        assertThat(LABS.js("return document.querySelector('#columns .neuron').dataset.mark")).isEqualTo("before");
        assertThat(text("layer-word")).isEqualTo("个隐藏层");
        assertThat(text("play")).isEqualTo("❚❚ 暂停");
        assertThat(LABS.driver().findElement(By.cssSelector("#curves .u-legend")).getText()).contains("训练损失");
        assertThat(text("lab-expression")).isEqualTo("表达式实验");
        String hash = (String) LABS.js("return location.hash");
        assertThat(hash).contains("layers=8,8").contains("steps=1000000").endsWith("&lang=zh");
        assertThat(text("layer-count")).isEqualTo("2");
        assertThat(text("message")).isEmpty();
        screenshot("training-lab-zh.png");

        switchTo("en");
        int later = Integer.parseInt(text("step"));
        LABS.waiting().until(d -> Integer.parseInt(text("step")) > later + 5);
        assertThat(LABS.js("return document.querySelector('#columns .neuron').dataset.mark")).isEqualTo("before");
        assertThat(text("play")).isEqualTo("❚❚ Pause");
        assertThat(text("layer-word")).isEqualTo("hidden layers");
        assertThat((String) LABS.js("return location.hash")).contains("layers=8,8").endsWith("&lang=en");
        LABS.js("document.getElementById('play').click()");
    }

    /** A browser that prefers Chinese (navigator.languages zh-CN first) opens the labs in Chinese, the link unchanged. */
    @Test
    void aBrowserThatPrefersChineseGetsChineseWithoutALangKey() {
        HasCdp cdp = (HasCdp) LABS.driver();
        LABS.driver().get(LABS.server().url());
        Object browsers = LABS.js("return navigator.languages.join()");
        Map<String, Object> added = cdp.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "Object.defineProperty(navigator, 'languages', {get: () => ['zh-CN', 'en-US']});"));
        try {
            LABS.driver().get("about:blank");
            LABS.driver().get(LABS.server().url() + "#program=" + URLEncoder.encode(PROGRAM, StandardCharsets.UTF_8)
                    .replace("+", "%20"));
            LABS.waiting().until(d -> ((Number) LABS.js("return window.playground.renders")).intValue() > 0);
            assertThat(LABS.js("return document.documentElement.lang")).isEqualTo("zh");
            assertThat(text("counter")).isEqualTo("全部 7 个梯度");
            assertThat((String) LABS.js("return location.hash")).doesNotContain("lang=");
            LABS.driver().get("about:blank");
            LABS.driver().get(LABS.server().trainingUrl());
            LABS.waiting().until(d -> "zh".equals(LABS.js("return document.documentElement.lang")) && !text("layer-word").isEmpty());
            assertThat(text("layer-word")).isEqualTo("个隐藏层");
            assertThat((String) LABS.js("return location.hash")).doesNotContain("lang=");
        } finally {
            cdp.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
        }
        LABS.driver().get("about:blank");
        LABS.driver().get(LABS.server().url());
        assertThat(LABS.js("return navigator.languages.join()")).as("the other tests' browser again").isEqualTo(browsers);
    }
}
