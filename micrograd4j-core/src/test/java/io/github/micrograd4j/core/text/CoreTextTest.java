package io.github.micrograd4j.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.core.fixture.MessageBundles;
import org.junit.jupiter.api.Test;

class CoreTextTest {

    @Test
    void everyKeyHasAnEnglishAndAChineseText() {
        MessageBundles.assertComplete(CoreText.class);
    }

    @Test
    void theChineseTextsAreChinese() {
        assertThat(CoreText.STEP_CHAIN.in(Language.ZH)).contains("链式法则", "梯度");
        assertThat(CoreText.LOCAL_RULE.in(Language.ZH)).contains("局部导数");
        assertThat(CoreText.STEP_OUTPUT.in(Language.ZH)).contains("反向传播");
        assertThat(CoreText.ANOMALY_FORWARD_VALUE.in(Language.ZH)).contains("前向传播");
    }

    @Test
    void tagsNameLanguagesByTheirPrimarySubtag() {
        assertThat(Language.fromTag("zh")).isEqualTo(Language.ZH);
        assertThat(Language.fromTag("zh-CN")).isEqualTo(Language.ZH);
        assertThat(Language.fromTag("ZH_hans")).isEqualTo(Language.ZH);
        assertThat(Language.fromTag(" en-US ")).isEqualTo(Language.EN);
        assertThat(Language.ZH.tag()).isEqualTo("zh");
        assertThatThrownBy(() -> Language.fromTag("fr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown language 'fr'; expected en or zh");
        assertThatThrownBy(() -> Language.fromTag("zhx")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Language.fromTag(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void templatesFillTheirPlaceholdersAndKeepOtherBraces() {
        assertThat(Templates.fill("{1} = {0} {x}", "a", 2.5)).isEqualTo("2.5 = a {x}");
        assertThat(Templates.placeholders("{2} {0} {0} {y}")).containsExactly(0, 2);
        assertThatThrownBy(() -> Templates.fill("{1}", "only one")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{1}");
    }

    @Test
    void chineseCharactersTakeTwoColumns() {
        assertThat(Templates.columns("梯度 g")).isEqualTo(6);
        assertThat(Templates.columns("，：")).isEqualTo(4);
        assertThat(Templates.padRight("输入", 6)).isEqualTo("输入  ");
        assertThat(Templates.padLeft("ab", 4)).isEqualTo("  ab");
        assertThat(Templates.padLeft("abcdef", 4)).isEqualTo("abcdef");
    }
}
