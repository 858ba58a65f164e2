package io.github.micrograd4j.viz.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngImagesTest {

    @Test
    void anImageSurvivesEncodingPixelForPixel() throws Exception {
        BufferedImage image = PngImages.rgb(17, 9);
        Random rng = new Random(3);
        for (int y = 0; y < 9; y++) {
            for (int x = 0; x < 17; x++) {
                image.setRGB(x, y, rng.nextInt(0x1000000));
            }
        }
        byte[] png = PngImages.encode(image);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(back.getWidth()).isEqualTo(17);
        assertThat(back.getHeight()).isEqualTo(9);
        for (int y = 0; y < 9; y++) {
            for (int x = 0; x < 17; x++) {
                assertThat(back.getRGB(x, y) & 0xffffff).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y) & 0xffffff);
            }
        }
    }

    @Test
    void canvasesAreSized() {
        java.awt.image.BufferedImage one = PngImages.rgb(3, 2);
        assertThat(one.getWidth()).isEqualTo(3);
        assertThat(one.getHeight()).isEqualTo(2);
        assertThatThrownBy(() -> PngImages.rgb(0, 5)).hasMessage("an image needs a positive size, got 0 x 5");
    }
}
