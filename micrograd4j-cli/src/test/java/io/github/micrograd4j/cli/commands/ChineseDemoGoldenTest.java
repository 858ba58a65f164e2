package io.github.micrograd4j.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.cli.CliRunner;
import io.github.micrograd4j.cli.CliRunner.Result;
import io.github.micrograd4j.core.fixture.MessageBundles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo --lang zh} against its golden file ({@code src/test/resources/golden/demo.zh.txt}, the output
 * folder written as {@code {OUT}}), and its numbers against the English run's, to the character.
 */
class ChineseDemoGoldenTest {

    private static String golden(String name) throws IOException {
        try (InputStream in = ChineseDemoGoldenTest.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as("golden file %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The output with the folder's path (as a path and as a file: address) written {@code {OUT}}. */
    private static String portable(String out, Path dir) {
        String uri = dir.toAbsolutePath().normalize().toUri().toString();
        return out.replace(uri.endsWith("/") ? uri : uri + "/", "{OUT}/").replace(dir.toString(), "{OUT}")
                .replace(System.lineSeparator(), "\n");
    }

    @Test
    void theChineseDemoIsItsGoldenFile(@TempDir Path dir) throws IOException {
        Result zh = CliRunner.run("demo", "--lang", "zh", "--out", dir.toString());
        assertThat(zh.exitCode()).isZero();
        assertThat(portable(zh.out(), dir)).isEqualTo(golden("demo.zh.txt"));
        assertThat(zh.out()).contains("由链式法则", "梯度");
        assertThat(Files.readString(dir.resolve("walkthrough.html"))).contains("<html lang=\"zh\">", "链式法则");
        // the DOT file is the engine's format (draw_dot's), the same in every language
        assertThat(Files.readString(dir.resolve("graph.dot"))).contains("{ L | data -8.0000 | grad 1.0000 }");
        assertThat(Files.readString(dir.resolve("graph.svg"))).contains("梯度 6.0000");
    }

    @Test
    void theChineseDemoPrintsTheEnglishDemosNumbersInTheSameOrder(@TempDir Path dir) {
        Result en = CliRunner.run("demo", "--out", dir.resolve("en").toString());
        Result zh = CliRunner.run("demo", "--lang", "zh", "--out", dir.resolve("zh").toString());
        assertThat(zh.exitCode()).isEqualTo(en.exitCode()).isZero();
        String enText = portable(en.out(), dir.resolve("en"));
        String zhText = portable(zh.out(), dir.resolve("zh"));
        assertThat(MessageBundles.numbersInOrder(zhText)).isEqualTo(MessageBundles.numbersInOrder(enText))
                .hasSizeGreaterThan(80);
        assertThat(zhText.lines().count()).isEqualTo(enText.lines().count());
    }
}
