package io.github.micrograd4j.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.cli.CliRunner;
import io.github.micrograd4j.cli.CliRunner.Result;
import io.github.micrograd4j.cli.text.CliText;
import io.github.micrograd4j.core.fixture.MessageBundles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradInChineseTest {
    private static final String WALKTHROUGH = "a = 2; b = -3; c = 10; e = a*b; d = e + c; f = -2; L = d*f";

    @Test
    void everyKeyHasAnEnglishAndAChineseText() {
        MessageBundles.assertComplete(CliText.class);
    }

    @Test
    void theTableAndTheCheckSpeakChineseWithTheEnglishNumbers() {
        Result en = CliRunner.run("grad", WALKTHROUGH, "--check");
        Result zh = CliRunner.run("grad", WALKTHROUGH, "--check", "--lang", "zh");
        assertThat(zh.exitCode()).isEqualTo(en.exitCode()).isZero();
        assertThat(zh.out()).startsWith("变量   运算                 值           梯度" + System.lineSeparator())
                .contains("反向传播梯度", "数值梯度", "中心差分", "个通过");
        assertThat(MessageBundles.numbersInOrder(zh.out())).isEqualTo(MessageBundles.numbersInOrder(en.out()));
        // the columns end where the English ones end: a Chinese heading counts two columns a character
        assertThat(zh.out().lines().skip(1).limit(7).toList()).isEqualTo(en.out().lines().skip(1).limit(7).toList());
    }

    @Test
    void jsonIsTheSameInEveryLanguage() {
        Result en = CliRunner.run("grad", WALKTHROUGH, "--json", "--check");
        Result zh = CliRunner.run("grad", WALKTHROUGH, "--json", "--check", "--lang", "zh");
        assertThat(zh.out()).isEqualTo(en.out());
    }

    @Test
    void theWalkthroughPageDeclaresChinese(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("walk.html");
        Result zh = CliRunner.run("grad", WALKTHROUGH, "--lang", "zh", "--html", html.toString());
        assertThat(zh.exitCode()).isZero();
        assertThat(zh.out()).contains("已写出 " + html + "（用浏览器打开即可，不需要联网）");
        assertThat(Files.readString(html)).contains("<html lang=\"zh\">",
                "由链式法则，a 的梯度 dL/da = dL/de * de/da = -2.0000 * -3.0000 = 6.0000");
    }

    @Test
    void aKinkIsExplainedInChinese() {
        Result en = CliRunner.run("grad", "x = 0; y = relu(x)", "--check");
        Result zh = CliRunner.run("grad", "x = 0; y = relu(x)", "--check", "--lang", "zh");
        assertThat(zh.exitCode()).isEqualTo(en.exitCode()).isEqualTo(1);
        assertThat(en.out()).contains("x: the output is not differentiable at x = 0.0");
        assertThat(zh.out()).contains("x：输出在 x = 0.0 处不可导（左侧的斜率为 0", "右侧的斜率为 1");
        assertThat(MessageBundles.numbersInOrder(zh.out())).isEqualTo(MessageBundles.numbersInOrder(en.out()));
    }

    @Test
    void detectAnomalyNamesTheStatementInChinese() {
        String program = "a = 0\nb = 2\nL = b * log(a)";
        Result en = CliRunner.run("grad", "--detect-anomaly", program);
        Result zh = CliRunner.run("grad", "--detect-anomaly", "--lang", "zh", program);
        assertThat(zh.exitCode()).isEqualTo(en.exitCode()).isEqualTo(2);
        assertThat(zh.err()).startsWith("错误：第 3 行第 1 列：在语句 'L' 中：前向传播出现异常：")
                .contains("log(0) 是 -Infinity");
        assertThat(MessageBundles.numbersInOrder(zh.err())).containsExactlyInAnyOrderElementsOf(
                MessageBundles.numbersInOrder(en.err()));
        Result backward = CliRunner.run("grad", "--detect-anomaly", "--lang", "zh",
                "x = 1e-300; a = x * 1e300; b = a * 1e300");
        assertThat(backward.err()).startsWith("错误：第 1 行第 13 列：在语句 'a' 中：反向传播出现异常：");
    }

    @Test
    void optionErrorsAreSaidInChineseWithTheSameExitCode() {
        Result en = CliRunner.run("grad", "a = 1", "--sgv", "x.svg");
        Result zh = CliRunner.run("grad", "a = 1", "--sgv", "x.svg", "--lang", "zh");
        assertThat(zh.exitCode()).isEqualTo(en.exitCode()).isEqualTo(2);
        assertThat(en.err()).startsWith("error: Unknown options: '--sgv', 'x.svg'");
        assertThat(zh.err()).startsWith("错误：未知的选项：'--sgv'").contains("你想用的是不是 --svg？");
        Result missing = CliRunner.run("grad", "a = 1", "--lang", "zh", "--svg");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("错误：选项 '--svg' 缺少参数（FILE）");
        Result none = CliRunner.run("grad", "--lang", "zh");
        assertThat(none.err()).startsWith("错误：没有程序：");
        assertThat(none.exitCode()).isEqualTo(2);
    }

    @Test
    void anUnknownLanguageIsABadInputNamingTheOption() {
        Result r = CliRunner.run("grad", "a = 1", "--lang", "fr");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: --lang: unknown language 'fr'; expected en or zh" + System.lineSeparator());
    }
}
