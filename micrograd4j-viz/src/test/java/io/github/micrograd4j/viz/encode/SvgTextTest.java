package io.github.micrograd4j.viz.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.viz.encode.SvgText.Halves;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SvgTextTest {

    @Test
    void escapingForAttributesAndForContent() {
        assertThat(SvgText.escape("a<b & \"c\" > 'd'")).isEqualTo("a&lt;b &amp; &quot;c&quot; &gt; &#39;d&#39;");
        assertThat(SvgText.escapeContent("a<b & \"c\" > 'd'")).isEqualTo("a&lt;b &amp; &quot;c&quot; &gt; 'd'");
        assertThat(SvgText.escapeContent("bell\u0007, tab\t")).isEqualTo("bell\uFFFD, tab\t");
        assertThat(SvgText.escape("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void randomTextSurvivesAnXmlRoundTripInAnAttributeAndInContent() throws Exception {
        Random rng = new Random(7);
        String alphabet = "ab<>&\"' \u00e9\u2202";
        for (int trial = 0; trial < 200; trial++) {
            StringBuilder text = new StringBuilder();
            for (int i = rng.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(rng.nextInt(alphabet.length())));
            }
            String xml = "<t a='" + SvgText.escape(text.toString()) + "'>" + SvgText.escapeContent(text.toString())
                    + "</t>";
            Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            assertThat(root.getAttribute("a")).as(xml).isEqualTo(text.toString());
            assertThat(root.getTextContent()).as(xml).isEqualTo(text.toString());
        }
    }

    @Test
    void numbersAreRoundedWithTheChosenHalvesAndWrittenWithoutTrailingZeros() {
        // 0.125 and 2.5 are exact in binary, so these are true halves
        assertThat(SvgText.number(0.125, 2, Halves.UP)).isEqualTo("0.13");
        assertThat(SvgText.number(0.125, 2, Halves.TO_EVEN)).isEqualTo("0.12");
        assertThat(SvgText.number(2.5, 0, Halves.UP)).isEqualTo("3");
        assertThat(SvgText.number(2.5, 0, Halves.TO_EVEN)).isEqualTo("2");
        assertThat(SvgText.number(-2.5, 0, Halves.UP)).isEqualTo("-2");
        assertThat(SvgText.number(10.5, 2, Halves.UP)).isEqualTo("10.5");
        assertThat(SvgText.number(3.999, 2, Halves.TO_EVEN)).isEqualTo("4");
        assertThat(SvgText.number(1e-9, 1, Halves.UP)).isEqualTo("0");
        assertThat(SvgText.number(1e7 + 0.25, 1, Halves.UP)).isEqualTo("10000000.3");
        assertThat(SvgText.round(1.23456, 3, Halves.UP)).isEqualTo(1.235);
    }

    @Test
    void aRandomNumberIsWithinHalfAUnitOfTheLastPlace() {
        Random rng = new Random(11);
        for (int trial = 0; trial < 1000; trial++) {
            double d = (rng.nextDouble() - 0.5) * 2000;
            int decimals = rng.nextInt(4);
            String s = SvgText.number(d, decimals, trial % 2 == 0 ? Halves.UP : Halves.TO_EVEN);
            assertThat(s).doesNotContain("e", "E").doesNotEndWith(".");
            assertThat(Math.abs(Double.parseDouble(s) - d)).as(s + " for " + d)
                    .isLessThanOrEqualTo(0.5 * Math.pow(10, -decimals) + 1e-9);
        }
    }

    @Test
    void badDecimalsAreRejected() {
        assertThatThrownBy(() -> SvgText.number(1, 7, Halves.UP)).hasMessage("decimals must be 0 to 6, got 7");
        assertThatThrownBy(() -> SvgText.round(1, -1, Halves.UP)).hasMessage("decimals must be 0 to 6, got -1");
    }
}
