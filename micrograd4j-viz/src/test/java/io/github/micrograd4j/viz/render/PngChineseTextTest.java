package io.github.micrograd4j.viz.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.viz.BackpropPictures;
import io.github.micrograd4j.viz.scene.Caption;
import io.github.micrograd4j.viz.scene.Cell;
import io.github.micrograd4j.viz.scene.RecordBox;
import io.github.micrograd4j.viz.scene.Scene;
import io.github.micrograd4j.viz.scene.Shape;
import io.github.micrograd4j.viz.scene.TextMetrics;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Chinese text in PNGs: drawn with a CJK font, not as empty boxes, and no wider than the layout measured.
 * Needs a font of {@link TextMetrics#CJK_FONTS} (fonts-noto-cjk); skipped where none is installed, except
 * under {@code CI=true}.
 */
class PngChineseTextTest {

    @BeforeEach
    void needsACjkFont() {
        if (PngRenderer.cjkFontFamily().isEmpty()) {
            String missing = "no font of " + TextMetrics.CJK_FONTS + " is installed";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing + ", and CI=true: .ci/run should have installed fonts-noto-cjk");
            }
            Assumptions.abort(missing + "; skipped outside CI");
        }
    }

    private static BufferedImage caption(String text) throws IOException {
        Scene scene = new Scene(60, 30, "#ffffff", 14,
                List.of(new Caption("c", 5, 22, text, 18, "#202124", false)));
        return ImageIO.read(new ByteArrayInputStream(PngRenderer.render(scene)));
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int inked(BufferedImage image) {
        int background = image.getRGB(0, 0);
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += image.getRGB(x, y) != background ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void twoChineseCharactersAreDrawnAsTwoDifferentGlyphs() throws IOException {
        // a font without the glyphs draws both as the same empty box
        BufferedImage ti = caption("梯");
        BufferedImage du = caption("度");
        assertThat(inked(ti)).as("something is drawn").isPositive();
        assertThat(samePixels(ti, du)).as("梯 and 度 differ").isFalse();
        assertThat(samePixels(caption("链"), caption("链"))).as("the same character, the same pixels").isTrue();
    }

    @Test
    void aChineseWalkthroughNeedsNoFontWarning() {
        BackpropPictures zh = BackpropPictures.of(WalkthroughExample.build().L(), Language.ZH);
        assertThat(PngRenderer.fontWarning(zh.step(2), Language.ZH)).isEmpty();
    }

    @Test
    void charactersNoFontHasAreReportedInTheChosenLanguage() {
        // U+10FFFD is a private-use code point: no installed font draws it
        Scene scene = new Scene(60, 30, "#ffffff", 14,
                List.of(new Caption("c", 5, 22, "x \uDBFF\uDFFD", 18, "#202124", false)));
        assertThat(PngRenderer.fontWarning(scene, Language.EN)).hasValueSatisfying(
                w -> assertThat(w).contains("empty boxes", "fonts-noto-cjk"));
        assertThat(PngRenderer.fontWarning(scene, Language.ZH)).hasValueSatisfying(
                w -> assertThat(w).contains("空框", "fonts-noto-cjk"));
    }

    /**
     * DejaVu Sans Mono advances 1233/2048 = 0.60205 em, which {@link TextMetrics#ADVANCE_EM} rounds to 0.602:
     * 0.01% short, well inside the cells' padding; anything more is a real overflow.
     */
    private static double measuredWithSlack(String text, double fontSize) {
        double w = TextMetrics.width(text, fontSize);
        return w * 1.0001 + 0.01;
    }

    @Test
    void drawnChineseTextIsNoWiderThanTheLayoutMeasured() {
        BackpropPictures zh = BackpropPictures.of(WalkthroughExample.build().L(), Language.ZH);
        for (int i = 0; i < zh.steps().size(); i++) {
            Scene scene = zh.step(i);
            for (Shape shape : scene.shapes()) {
                if (shape instanceof RecordBox box) {
                    for (Cell cell : box.cells()) {
                        assertThat(PngRenderer.drawnWidth(cell.text(), scene.fontSize(), cell.bold()))
                                .as(cell.text()).isLessThanOrEqualTo(measuredWithSlack(cell.text(), scene.fontSize()));
                    }
                } else if (shape instanceof Caption c) {
                    assertThat(PngRenderer.drawnWidth(c.text(), c.fontSize(), c.bold()))
                            .as(c.text()).isLessThanOrEqualTo(measuredWithSlack(c.text(), c.fontSize()));
                }
            }
        }
    }
}
