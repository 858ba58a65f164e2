package io.github.micrograd4j.viz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import io.github.micrograd4j.core.fixture.MessageBundles;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.viz.render.SvgRenderer;
import io.github.micrograd4j.viz.scene.Caption;
import io.github.micrograd4j.viz.scene.Cell;
import io.github.micrograd4j.viz.scene.RecordBox;
import io.github.micrograd4j.viz.scene.Scene;
import io.github.micrograd4j.viz.scene.TextMetrics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseWalkthroughTest {

    private static Value walkthrough() {
        return WalkthroughExample.build().L();
    }

    @Test
    void thePageDeclaresChineseAndExplainsWithTheTextbookTerms() {
        String zh = WalkthroughPage.html(BackpropPictures.of(walkthrough(), Language.ZH));
        assertThat(zh).startsWith("<!DOCTYPE html>\n<html lang=\"zh\">")
                .contains("<title>一步一步看 L 的反向传播</title>", "链式法则", "梯度", "局部导数", "最终的梯度",
                        "由链式法则，c 的梯度 dL/dc = dL/dd * dd/dc = -2.0000 * 1.0000 = -2.0000");
        String en = WalkthroughPage.html(BackpropPictures.of(walkthrough()));
        assertThat(en).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").doesNotContain("梯度");
    }

    @Test
    void thePageShowsTheSameNumbersInBothLanguages() {
        String zh = WalkthroughPage.html(BackpropPictures.of(walkthrough(), Language.ZH));
        String en = WalkthroughPage.html(BackpropPictures.of(walkthrough(), Language.EN));
        // the numbers of the page's text, its table and its steps, without the markup and the style sheet
        assertThat(MessageBundles.numbersInOrder(visibleData(zh)))
                .isEqualTo(MessageBundles.numbersInOrder(visibleData(en))).isNotEmpty();
    }

    /** The page's table rows and step data: what a reader reads as numbers. */
    private static String visibleData(String page) {
        String table = page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
        String steps = page.substring(page.indexOf("const STEPS"), page.indexOf("const WORDS"));
        return (table + steps).replaceAll("<[^>]*>", " ").replaceAll("\"(id|grad|text|reason)\":\"?v?", " ");
    }

    @Test
    void chineseStepPicturesCaptionTheChainRuleAndFitTheirText() {
        BackpropPictures pictures = BackpropPictures.of(walkthrough(), Language.ZH);
        for (int i = 0; i < pictures.steps().size(); i++) {
            Scene step = pictures.step(i);
            List<String> captions = new ArrayList<>();
            step.shapes().stream().filter(Caption.class::isInstance).map(Caption.class::cast).forEach(c -> {
                captions.add(c.text());
                assertThat(c.x() + TextMetrics.width(c.text(), c.fontSize())).as(c.text())
                        .isLessThanOrEqualTo(step.width());
            });
            assertThat(captions.get(0)).startsWith("第 " + (i + 1) + " 步，共 7 步：");
            for (RecordBox box : boxes(step)) {
                for (Cell cell : box.cells()) {
                    assertThat(TextMetrics.width(cell.text(), step.fontSize())).as(cell.text())
                            .isLessThan(cell.width());
                }
            }
        }
        String svg = SvgRenderer.document(pictures.step(3));
        assertThat(svg).contains("梯度 -2.0000", "值 10.0000", "因为 d = e + c，所以局部导数 dd/dc = 1");
    }

    @Test
    void aChineseCharacterIsMeasuredOneEmWide() {
        assertThat(TextMetrics.width("梯度", 10)).isEqualTo(20.0);
        assertThat(TextMetrics.width("ab", 10)).isEqualTo(2 * TextMetrics.ADVANCE_EM * 10);
        assertThat(TextMetrics.FONT_FAMILIES).contains("'Noto Sans Mono CJK SC'").endsWith("monospace");
    }

    private static List<RecordBox> boxes(Scene scene) {
        return scene.shapes().stream().filter(RecordBox.class::isInstance).map(RecordBox.class::cast).toList();
    }
}
