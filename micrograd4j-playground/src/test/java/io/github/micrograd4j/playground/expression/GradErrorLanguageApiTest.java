package io.github.micrograd4j.playground.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.micrograd4j.core.fixture.MessageBundles;
import io.github.micrograd4j.playground.http.ApiException;
import io.github.micrograd4j.playground.http.Limits;
import io.github.micrograd4j.playground.http.Responses;
import io.github.micrograd4j.testkit.TestJson;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /api/grad}'s refusals with {@code "lang": "zh"}: the message in Chinese, the kind, line, column
 * and excerpt (the program's line and its caret) the same as the English answer's; no {@code lang}, English.
 */
class GradErrorLanguageApiTest {
    @RegisterExtension
    static final ServedGrad GRAD = new ServedGrad();

    /** The error body the served playground and the web edition answer for a request. */
    private static Map<String, Object> refusal(String program, String extra) {
        String body = "{\"program\": \"" + program.replace("\n", "\\n") + "\"" + extra + "}";
        ApiException e = catchThrowableOfType(ApiException.class,
                () -> GRAD.grad(body));
        assertThat(e).as("a refusal of %s", program).isNotNull();
        return TestJson.object(TestJson.parse(Responses.errorJson(e)));
    }

    @Test
    void aSyntaxErrorInChineseKeepsItsPositionAndCaret() {
        Map<String, Object> en = refusal("a = 2\nL = a * $ + 1", "");
        Map<String, Object> zh = refusal("a = 2\nL = a * $ + 1", ", \"lang\": \"zh\"");
        assertThat(en.get("error")).isEqualTo("line 2, column 9: unexpected character '$' (U+0024)");
        assertThat(zh.get("error")).isEqualTo("第 2 行第 9 列：无法识别的字符 '$' (U+0024)");
        for (String same : new String[] {"status", "kind", "line", "column", "excerpt"}) {
            assertThat(zh.get(same)).as(same).isEqualTo(en.get(same));
        }
        assertThat((String) zh.get("excerpt")).endsWith("^");
    }

    @Test
    void everyProgramErrorTheLabShowsIsChineseWithItsNamesAndNumbers() {
        String[] programs = {"a = (2", "a = 2 +", "a = foo(1)", "a = zz * 2", "a = pow(2)", "a = 1e", ""};
        for (String program : programs) {
            Map<String, Object> en = refusal(program, "");
            Map<String, Object> zh = refusal(program, ", \"lang\": \"zh\"");
            String told = (String) zh.get("error");
            assertThat(MessageBundles.hasChinese(told)).as("Chinese in %s", told).isTrue();
            assertThat(MessageBundles.numbersInOrder(told)).as("numbers of %s", told)
                    .containsExactlyInAnyOrderElementsOf(MessageBundles.numbersInOrder((String) en.get("error")));
            assertThat(zh.get("line")).isEqualTo(en.get("line"));
            assertThat(zh.get("column")).isEqualTo(en.get("column"));
            assertThat(zh.get("excerpt")).isEqualTo(en.get("excerpt"));
        }
    }

    @Test
    void aRunErrorAndAnAnomalyAreToldInChinese() {
        Map<String, Object> input = refusal("a = 2\nL = a * a", ", \"inputs\": {\"zz\": 1}, \"lang\": \"zh\"");
        assertThat(input.get("error")).isEqualTo("程序中没有名为 'zz' 的输入；现有的输入为 [a]");
        Map<String, Object> anomaly = refusal("a = 0\nL = log(a)", ", \"detectAnomaly\": true, \"lang\": \"zh\"");
        assertThat(anomaly.get("kind")).isEqualTo("anomaly");
        assertThat((String) anomaly.get("error")).startsWith("第 2 行第 1 列：在语句 'L' 中：");
    }

    @Test
    void theServersOwnRefusalsAreToldInTheRequestsLanguage() {
        Limits small = Limits.defaults();
        String longProgram = "L = " + "1 + ".repeat(small.maxProgramChars() / 4) + "1";
        Map<String, Object> en = refusal(longProgram, "");
        Map<String, Object> zh = refusal(longProgram, ", \"lang\": \"zh\"");
        assertThat(zh.get("status")).isEqualTo(en.get("status"));
        assertThat(((Number) en.get("status")).intValue()).isEqualTo(413);
        assertThat((String) en.get("error")).startsWith("the program has ");
        assertThat((String) zh.get("error")).startsWith("程序有 ").contains("超过了练习场能运行的");
        assertThat(MessageBundles.numbersInOrder((String) zh.get("error")))
                .isEqualTo(MessageBundles.numbersInOrder((String) en.get("error")));
    }
}
