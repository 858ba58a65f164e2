package io.github.micrograd4j.viz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptStringsTest {
    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(ScriptStrings.string("a\"b\\c\nd\te\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001\"");
    }

    @Test
    void noLabelCanCloseTheScriptElement() {
        String literal = ScriptStrings.string("</script><script>alert(1)</script>");
        assertThat(literal).doesNotContain("<").doesNotContain(">").contains("\\u003c/script\\u003e");
    }

    @Test
    void lineSeparatorsAreEscaped() {
        assertThat(ScriptStrings.string("x\u2028y\u2029")).isEqualTo("\"x\\u2028y\\u2029\"");
    }
}
