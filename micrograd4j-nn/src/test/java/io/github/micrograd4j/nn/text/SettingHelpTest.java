package io.github.micrograd4j.nn.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.fixture.MessageBundles;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.nn.Choice;
import io.github.micrograd4j.nn.run.Setting;
import io.github.micrograd4j.nn.run.SettingsTable;
import org.junit.jupiter.api.Test;

class SettingHelpTest {
    @Test
    void everySettingOfTheTableHasAChineseHelp() {
        for (Setting<?> s : SettingsTable.ALL) {
            String zh = SettingHelp.chinese(s.key());
            assertThat(zh).as("the Chinese help of %s", s.key()).isNotNull();
            assertThat(MessageBundles.hasChinese(zh)).as("Chinese words in the help of %s", s.key()).isTrue();
        }
    }

    @Test
    void aKeyNotInTheTableHasNone() {
        assertThat(SettingHelp.chinese("colour")).isNull();
    }

    @Test
    void theChineseHelpNamesTheSameChoicesDefaultAndNumbersAsTheEnglish() {
        for (Setting<?> s : SettingsTable.ALL) {
            String en = s.description(Language.EN);
            String zh = s.description(Language.ZH);
            assertThat(en).as("English help of %s", s.key()).isEqualTo(s.description());
            assertThat(zh).as("Chinese help of %s", s.key()).doesNotContain("{choices}", "{0}", "(default:")
                    .contains("（默认：");
            for (Choice c : s.choices()) {
                assertThat(zh).as("the choices in the Chinese help of %s", s.key()).contains(c.id());
            }
            if (s.defaultValue() != null && !s.defaultText().isEmpty()) {
                assertThat(zh).as("the default in the Chinese help of %s", s.key()).contains(s.defaultText());
            }
        }
    }

    @Test
    void theDefaultsThatDependOnOtherSettingsAreToldInChinese() {
        assertThat(SettingsTable.LR.description(Language.ZH))
                .isEqualTo("第一步的学习率（默认：由优化器决定：sgd 1, momentum 1, adam 0.05；在 reg-plane 和 reg-gauss 上为 sgd 0.1, momentum 0.1, adam 0.05）。");
        assertThat(SettingsTable.LR.description()).isEqualTo("The first step's learning rate (default: the optimizer's: "
                + "sgd 1, momentum 1, adam 0.05; on reg-plane and reg-gauss sgd 0.1, momentum 0.1, adam 0.05).");
        assertThat(SettingsTable.ACTIVATION.description(Language.ZH))
                .isEqualTo("隐藏层的激活函数：relu, tanh, sigmoid 或 linear（默认：relu）。");
        assertThat(SettingsTable.CLASSES.description(Language.ZH)).contains("只用于 blobs 和 spirals");
        assertThat(SettingsTable.CLASSES.description()).contains("for blobs and spirals");
    }
}
