package io.github.micrograd4j.viz.text;

import io.github.micrograd4j.core.fixture.MessageBundles;
import org.junit.jupiter.api.Test;

class VizTextTest {

    @Test
    void everyKeyHasAnEnglishAndAChineseText() {
        MessageBundles.assertComplete(VizText.class);
    }
}
