package io.github.micrograd4j.viz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page's text; {@link WalkthroughPageBrowserTest} runs it in Chromium. */
class WalkthroughPageTest {

    private static String page() {
        return WalkthroughPage.html(BackpropPictures.of(WalkthroughExample.build().L()));
    }

    @Test
    void isOneDocumentWithItsOwnPolicyStyleScriptAndGraph() {
        String html = page();
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\""
                + WalkthroughPage.CONTENT_SECURITY_POLICY + "\">");
        assertThat(html).containsOnlyOnce("<svg ").containsOnlyOnce("<script>").containsOnlyOnce("<style>");
        assertThat(html).contains("id=\"prev\"", "id=\"next\"", "id=\"grads\"");
    }

    @Test
    void loadsNothing() {
        String html = page();
        assertThat(html).doesNotContainPattern("(?i)<(script|link|img|iframe|object|embed)[^>]*\\s(src|href)=");
        assertThat(html).doesNotContainPattern("(?i)@import|url\\(|@font-face");
        // the only URL is the SVG namespace name, which identifies and is never fetched
        Matcher urls = Pattern.compile("https?://[^\"' )]+").matcher(html);
        while (urls.find()) {
            assertThat(urls.group()).isEqualTo("http://www.w3.org/2000/svg");
        }
    }

    @Test
    void carriesEveryStepAndTheFinalGradients() {
        String html = page();
        assertThat(Pattern.compile("\\{\"id\":\"v\\d+\",\"grad\":").matcher(html).results().count()).isEqualTo(7);
        assertThat(html).contains("dL/dc = dL/dd * dd/dc = -2.0000 * 1.0000 = -2.0000");
        assertThat(html).containsPattern("data-name=\"a\">.*<td class=\"num grad\">6.0000</td>")
                .containsPattern("data-name=\"b\">.*<td class=\"num grad\">-4.0000</td>")
                .containsPattern("data-name=\"f\">.*<td class=\"num grad\">4.0000</td>");
    }

    @Test
    void theLegendSaysWhatEachColourMeansAndNamesTheGreyConstantOnlyWhereThereIsOne() {
        String html = page();
        assertThat(Pattern.compile("<span class=\"key\" data-kind=\"(\\w+)\"").matcher(html).results()
                .map(m -> m.group(1)).toList()).containsExactly("leaf", "value", "op", "output", "current");
        assertThat(html).contains("input (a leaf: it gets a grad)", "value an op computed")
                .doesNotContain("constant (a number in the formula)");
        // each swatch in the picture's own colours: the leaf's as a's box is drawn
        assertThat(html).contains("<span class=\"swatch leaf\" style=\"background: " + Palette.LEAF.fill()
                + "; border-color: " + Palette.LEAF.stroke() + "\">");
        assertThat(html).contains("fill=\"" + Palette.LEAF.fill() + "\" stroke=\"" + Palette.LEAF.stroke() + "\"");

        Value x = new Value(0.5, "x");
        Value two = new Value(2.0);
        String constants = WalkthroughPage.html(BackpropPictures.of(x.cos().div(two).label("L"),
                io.github.micrograd4j.core.text.Language.ZH, v -> v == two));
        assertThat(constants).contains("data-kind=\"constant\"", "常数（式子里写的数）", "输入（叶子，会得到梯度）", "运算得到的值")
                .contains("<span class=\"swatch constant\" style=\"background: " + Palette.CONSTANT.fill());
    }

    @Test
    void aLabelCannotBreakOutOfTheScriptOrMarkup() {
        Value x = new Value(2.0, "</script><b>x</b>");
        String html = WalkthroughPage.html(BackpropPictures.of(x.mul(x).label("y")));
        assertThat(html).containsOnlyOnce("</script>").doesNotContain("<b>");
    }
}
