package io.github.micrograd4j.playground.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.fixture.MessageBundles;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.playground.http.ApiException;
import org.junit.jupiter.api.Test;

class PlaygroundTextTest {
    @Test
    void everyKeyHasAnEnglishAndAChineseText() {
        MessageBundles.assertComplete(PlaygroundText.class);
    }

    @Test
    void aRefusalIsToldInTheRequestsLanguageWithItsStatusAndNumbers() {
        ApiException e = new ApiException(413, new Message(PlaygroundText.STEPS_LIMIT, 1_000_000, 2_000_000));
        assertThat(e.getMessage()).isEqualTo("steps must be at most 1000000 in the lab, got 2000000");
        ApiException zh = e.in(Language.ZH);
        assertThat(zh.status()).isEqualTo(413);
        assertThat(zh.getMessage()).isEqualTo("steps 在训练实验室中最多为 1000000，而不是 2000000");
        assertThat(e.in(Language.EN)).isSameAs(e);
    }

    @Test
    void aRefusalGivenOnlyAsTextStaysAsItIs() {
        ApiException e = new ApiException(400, "unknown field 'x'");
        assertThat(e.in(Language.ZH)).isSameAs(e);
        assertThat(e.message(Language.ZH)).isEqualTo("unknown field 'x'");
    }
}
