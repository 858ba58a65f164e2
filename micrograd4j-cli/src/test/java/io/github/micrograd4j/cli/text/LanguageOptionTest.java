package io.github.micrograd4j.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.cli.CliRunner;
import io.github.micrograd4j.cli.CliRunner.Result;
import io.github.micrograd4j.core.text.Language;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LanguageOptionTest {
    private final UnaryOperator<String> real = LanguageOption.environment;

    @AfterEach
    void restoreTheEnvironment() {
        LanguageOption.environment = real;
    }

    private static void environment(Map<String, String> variables) {
        LanguageOption.environment = variables::get;
    }

    @Test
    void microgradLangSetsTheDefaultAndLangOverridesIt() {
        environment(Map.of(LanguageOption.ENVIRONMENT_VARIABLE, "zh-CN"));
        assertThat(CliRunner.run("grad", "a = 2; L = a * a").out()).startsWith("变量");
        assertThat(CliRunner.run("grad", "a = 2; L = a * a", "--lang", "en").out()).startsWith("label");
        environment(Map.of());
        assertThat(CliRunner.run("grad", "a = 2; L = a * a").out()).startsWith("label");
    }

    @Test
    void aBadMicrogradLangIsNamed() {
        environment(Map.of(LanguageOption.ENVIRONMENT_VARIABLE, "klingon"));
        Result r = CliRunner.run("grad", "a = 2; L = a * a");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("MICROGRAD_LANG: unknown language 'klingon'; expected en or zh");
    }

    @Test
    void theLanguageOfACommandLineIsFoundBeforeParsing() {
        environment(Map.of());
        assertThat(LanguageOption.of(new String[] {"grad", "--lang", "zh", "x"})).isEqualTo(Language.ZH);
        assertThat(LanguageOption.of(new String[] {"grad", "--lang=zh"})).isEqualTo(Language.ZH);
        assertThat(LanguageOption.of(new String[] {"grad", "--", "--lang", "zh"})).isEqualTo(Language.EN);
        assertThat(LanguageOption.of(new String[] {"grad", "--lang", "fr"})).isEqualTo(Language.EN);
        assertThat(LanguageOption.of(null)).isEqualTo(Language.EN);
    }
}
