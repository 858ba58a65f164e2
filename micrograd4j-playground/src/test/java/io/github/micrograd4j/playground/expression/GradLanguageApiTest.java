package io.github.micrograd4j.playground.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.playground.http.ApiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /api/grad} with {@code "lang": "zh"}: the sentences in Chinese, with the textbook's terms; the
 * keys, the numbers and the numbers inside the sentences the same as the English answer's, to the character.
 */
class GradLanguageApiTest {
    /** The walkthrough's example with a value used twice (two terms in one chain rule) and a unary op. */
    private static final String PROGRAM = "a = 2.0\\nb = -3.0\\nc = 10.0\\ne = a * b\\nd = e + c + a\\nf = -2.0\\n"
            + "L = tanh(d * f / 10) * a";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+\\.\\d+");
    @RegisterExtension
    static final ServedGrad GRAD = new ServedGrad();

    private static String grad(String extra) {
        return GRAD.grad("{\"program\": \"" + PROGRAM + "\"" + extra + "}");
    }

    /** Every token of the answer: a field name, a number as written, or a string, in order. */
    private record Token(JsonToken kind, String text, String field) {
    }

    private static List<Token> tokens(String json) throws IOException {
        List<Token> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            for (JsonToken tok = p.nextToken(); tok != null; tok = p.nextToken()) {
                out.add(new Token(tok, tok.isStructStart() || tok.isStructEnd() ? "" : p.getText(),
                        p.currentName()));
            }
        }
        return out;
    }

    private static List<String> numbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** The texts of a picture, not its coordinates (a Chinese word is wider than an English one). */
    private static String svgTexts(String svg) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile(">([^<]+)</text>").matcher(svg);
        while (m.find()) {
            out.append(m.group(1)).append('\n');
        }
        return out.toString();
    }

    @Test
    void chineseSentencesUseTheTextbooksTermsAndTheSameNumbersAndKeys() throws IOException {
        List<Token> en = tokens(grad(""));
        List<Token> zh = tokens(grad(", \"lang\": \"zh\""));
        assertThat(tokens(grad(", \"lang\": \"en\""))).as("lang en is the default").isEqualTo(en);
        assertThat(zh).hasSameSizeAs(en);
        int chainRules = 0;
        int texts = 0;
        for (int i = 0; i < en.size(); i++) {
            Token e = en.get(i);
            Token z = zh.get(i);
            assertThat(z.kind()).as("token %d", i).isEqualTo(e.kind());
            assertThat(z.field()).as("token %d's key", i).isEqualTo(e.field());
            if (e.kind() == JsonToken.FIELD_NAME || e.kind().isNumeric()) {
                assertThat(z.text()).as("key or number %d", i).isEqualTo(e.text());
            } else if (e.kind() == JsonToken.VALUE_STRING && List.of("text", "reason", "rule", "note").contains(e.field())) {
                assertThat(numbers(z.text())).as("the numbers of %s", z.text()).isEqualTo(numbers(e.text()));
                if (e.field().equals("text")) {
                    texts++;
                    assertThat(z.text()).contains("梯度").isNotEqualTo(e.text());
                    chainRules += z.text().contains("链式法则") ? 1 : 0;
                }
                if (e.field().equals("rule") && !e.text().isEmpty()) {
                    assertThat(z.text()).as("a node's local rule, split at the Chinese separator").contains("局部导数")
                            .doesNotContain("；");
                }
            } else if (e.kind() == JsonToken.VALUE_STRING && e.field().equals("svg")) {
                assertThat(z.text()).contains(">梯度 ").doesNotContain(">grad ");
                assertThat(numbers(svgTexts(z.text()))).as("the picture's numbers")
                        .isEqualTo(numbers(svgTexts(e.text())));
            } else if (e.kind() == JsonToken.VALUE_STRING) {
                assertThat(z.text()).as("%s", e.field()).isEqualTo(e.text());
            }
        }
        assertThat(texts).as("one step per value").isGreaterThanOrEqualTo(10);
        assertThat(chainRules).as("every step but the output's is a chain rule").isEqualTo(texts - 1);
    }

    @Test
    void anyTagOfALanguageIsAcceptedAndAnUnknownOneIsRefusedByName() {
        assertThat(GradRequest.parse("{\"program\": \"L = 1\", \"lang\": \"zh-CN\"}".getBytes(StandardCharsets.UTF_8))
                .language()).isEqualTo(Language.ZH);
        assertThat(GradRequest.parse("{\"program\": \"L = 1\"}".getBytes(StandardCharsets.UTF_8)).language())
                .isEqualTo(Language.EN);
        assertThatThrownBy(() -> GradRequest.parse("{\"program\": \"L = 1\", \"lang\": \"fr\"}"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(ApiException.class)
                .hasMessageContaining("'fr'").hasMessageContaining("en or zh")
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(400));
        assertThatThrownBy(() -> GradRequest.parse("{\"program\": \"L = 1\", \"lang\": 7}"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(ApiException.class).hasMessageContaining("'lang'");
    }
}
