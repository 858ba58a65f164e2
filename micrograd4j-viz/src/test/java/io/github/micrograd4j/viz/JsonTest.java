package io.github.micrograd4j.viz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(Json.string("a\"b\\c\nd\te\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001\"");
    }

    @Test
    void noLabelCanCloseTheScriptElement() {
        String literal = Json.string("</script><script>alert(1)</script>");
        assertThat(literal).doesNotContain("<").doesNotContain(">").contains("\\u003c/script\\u003e");
    }

    @Test
    void lineSeparatorsAreEscaped() {
        assertThat(Json.string("x\u2028y\u2029")).isEqualTo("\"x\\u2028y\\u2029\"");
    }
}
