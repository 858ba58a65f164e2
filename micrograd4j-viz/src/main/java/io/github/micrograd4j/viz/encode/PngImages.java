package io.github.micrograd4j.viz.encode;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Java2D canvases with no display, and their PNG bytes. Loading this class sets
 * {@code java.awt.headless=true} before AWT starts, unless the application chose otherwise, so a
 * picture can be drawn on a server or in CI; every canvas comes from {@link #rgb} to make sure of it.
 */
public final class PngImages {
    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private PngImages() {
    }

    /**
     * A blank RGB image to paint on, created after the headless set-up.
     *
     * @param width pixels, positive
     * @param height pixels, positive
     * @return the image
     */
    public static BufferedImage rgb(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("an image needs a positive size, got " + width + " x " + height);
        }
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    /**
     * The image encoded as PNG.
     *
     * @param image the image
     * @return the PNG file's bytes
     */
    public static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", png)) {
                throw new IllegalStateException("this JDK has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("encoding the PNG failed", e);
        }
        return png.toByteArray();
    }
}
