package io.github.micrograd4j.nn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void parsesTheValueKinds() {
        Object v = JsonParser.parse(" {\"a\": [1, -2.5e-3, true, false, null], \"s\": \"x\\\"\\u00e9\\n\", \"o\": {}} ");
        assertThat(v).isEqualTo(Map.of("a", java.util.Arrays.asList(1.0, -2.5e-3, true, false, null),
                "s", "x\"\u00e9\n", "o", Map.of()));
    }

    @Test
    void doublesRoundTripBitForBit() {
        Random r = new Random(1);
        for (int i = 0; i < 2000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            if (!Double.isFinite(d)) {
                continue;
            }
            assertThat(JsonParser.parse(JsonLiterals.number(d))).isEqualTo(d);
        }
        assertThat(JsonParser.parse(JsonLiterals.number(0.1 + 0.2))).isEqualTo(0.1 + 0.2);
    }

    @Test
    void errorsGiveLineAndColumn() {
        assertThatThrownBy(() -> JsonParser.parse("{\n  \"a\": [1, 2,]\n}"))
                .hasMessage("line 2, column 14: unexpected ']': expected a value");
        assertThatThrownBy(() -> JsonParser.parse("{\"a\": 1 \"b\": 2}"))
                .hasMessage("line 1, column 9: expected ',' or '}', got '\"'");
        assertThatThrownBy(() -> JsonParser.parse("{\"a\": [1, 2"))
                .hasMessage("unexpected end of the text at line 1, column 12: expected ',' or ']' (is the file truncated?)");
        assertThatThrownBy(() -> JsonParser.parse("{\"a\": tru"))
                .hasMessageContaining("is the file truncated?");
        assertThatThrownBy(() -> JsonParser.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> JsonParser.parse("[1] x")).hasMessageContaining("after the end of the JSON value");
        assertThatThrownBy(() -> JsonParser.parse("[01]")).hasMessageContaining("column 3");
        assertThatThrownBy(() -> JsonParser.parse("{\"a\":1,\"a\":2}")).hasMessageContaining("duplicate key \"a\"");
        assertThatThrownBy(() -> JsonParser.parse("[NaN]")).hasMessageContaining("unexpected 'N'");
        assertThatThrownBy(() -> JsonParser.parse("[" .repeat(600))).hasMessageContaining("nested deeper");
    }

    @Test
    void typedAccessNamesTheKey() {
        Map<String, Object> m = JsonFields.object(JsonParser.parse("{\"n\": \"x\", \"l\": [1, \"2\"]}"), "root");
        assertThatThrownBy(() -> JsonFields.number(m.get("n"), "n")).hasMessage("n: expected a number, got the string \"x\"");
        assertThatThrownBy(() -> JsonFields.numbers(m.get("l"), "l")).hasMessage("l[1]: expected a number, got the string \"2\"");
        assertThatThrownBy(() -> JsonFields.required(m, "w", "root")).hasMessage("root: missing key \"w\"");
        assertThat(JsonFields.array(m.get("l"), "l")).isEqualTo(List.of(1.0, "2"));
        assertThatThrownBy(() -> JsonFields.number(JsonParser.parse("1e999"), "big")).hasMessageContaining("out of range");
    }
}
