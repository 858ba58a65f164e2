package io.github.micrograd4j.viz.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import io.github.micrograd4j.viz.BackpropPictures;
import io.github.micrograd4j.viz.scene.RecordBox;
import io.github.micrograd4j.viz.scene.Scene;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngRendererTest {

    private static BackpropPictures walkthrough() {
        WalkthroughExample w = WalkthroughExample.build();
        w.L().backward();
        return BackpropPictures.of(w.L());
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("decodes as an image").isNotNull();
        return image;
    }

    private static RecordBox box(Scene scene, String id) {
        return scene.shapes().stream().filter(RecordBox.class::isInstance).map(RecordBox.class::cast)
                .filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }

    /** The pixel a few units inside a box's top-left corner: the box's fill, away from text and outline. */
    private static int fillPixel(BufferedImage image, RecordBox box, double scale) {
        return image.getRGB((int) Math.round((box.x() + 4) * scale), (int) Math.round((box.y() + 4) * scale))
                & 0xffffff;
    }

    @Test
    void theWalkthroughGraphDecodesAtTwiceTheSceneSize() throws IOException {
        Scene scene = walkthrough().graph();
        byte[] png = PngRenderer.render(scene);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        BufferedImage image = decode(png);
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(scene.width() * 2)).isBetween(800, 6000);
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(scene.height() * 2)).isBetween(150, 1500);
    }

    @Test
    void thePictureIsNotBlankAndUsesTheSceneColours() throws IOException {
        Scene scene = walkthrough().graph();
        BufferedImage image = decode(PngRenderer.render(scene));
        long ink = 0;
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (rgb != 0xffffff) {
                    ink++;
                }
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 200) {
                    dark++;
                }
            }
        }
        long total = (long) image.getWidth() * image.getHeight();
        assertThat(ink).as("pixels that are not background").isGreaterThan(total / 20);
        assertThat(dark).as("dark pixels: text and lines").isGreaterThan(total / 500);
        assertThat(image.getRGB(0, 0) & 0xffffff).as("background").isEqualTo(0xffffff);
        // a (v0) is an input, L (v6) the output: their boxes are filled with the leaf and output colours
        assertThat(fillPixel(image, box(scene, "v0"), 2)).isEqualTo(0xe8f0fe);
        assertThat(fillPixel(image, box(scene, "v6"), 2)).isEqualTo(0xe6f4ea);
        assertThat(fillPixel(image, box(scene, "v2"), 2)).isEqualTo(0xffffff);
    }

    @Test
    void aStepsHighlightedNodeIsAmber() throws IOException {
        BackpropPictures pictures = walkthrough();
        Scene step = pictures.step(0); // the output's step
        BufferedImage image = decode(PngRenderer.render(step));
        assertThat(fillPixel(image, box(step, "v6"), 2)).isEqualTo(0xfff4c2);
    }

    @Test
    void theSameSceneGivesTheSameBytes() {
        assertThat(PngRenderer.render(walkthrough().step(2))).isEqualTo(PngRenderer.render(walkthrough().step(2)));
    }

    @Test
    void hugeScenesAreScaledDownToTheLimits() {
        assertThat(PngRenderer.fittedScale(1000, 200, 2)).isEqualTo(2);
        double wide = PngRenderer.fittedScale(40_000, 300, 2);
        assertThat(40_000 * wide).isLessThanOrEqualTo(PngRenderer.MAX_SIDE);
        double big = PngRenderer.fittedScale(12_000, 12_000, 2);
        assertThat(12_000 * big * 12_000 * big).isLessThanOrEqualTo(PngRenderer.MAX_PIXELS * 1.0001);
    }

    @Test
    void aVeryWideSceneIsPaintedWithinTheLimits() throws IOException {
        Scene wide = new Scene(40_000.3, 300.7, "#ffffff", 14, java.util.List.of());
        BufferedImage image = decode(PngRenderer.render(wide));
        assertThat(image.getWidth()).isLessThanOrEqualTo(PngRenderer.MAX_SIDE).isGreaterThan(15_000);
        assertThat((long) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(PngRenderer.MAX_PIXELS);
    }

    @Test
    void scaleMustBePositive() {
        Scene scene = walkthrough().graph();
        assertThatThrownBy(() -> PngRenderer.render(scene, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 0.0");
    }

    @Test
    void rendersAReadablePng() throws java.io.IOException {
        byte[] png = PngRenderer.render(walkthrough().graph());
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isPositive();
        assertThat(image.getHeight()).isPositive();
    }
}
