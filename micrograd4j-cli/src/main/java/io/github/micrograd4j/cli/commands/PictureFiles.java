package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.cli.UserErrorException;
import io.github.micrograd4j.cli.io.AtomicFiles;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.viz.BackpropPictures;
import io.github.micrograd4j.viz.GraphTooLargeException;
import io.github.micrograd4j.viz.WalkthroughPage;
import io.github.micrograd4j.viz.render.PngRenderer;
import io.github.micrograd4j.viz.render.SvgRenderer;
import java.nio.file.Path;
import java.util.Locale;

/** Writes the pictures of a graph ({@code --svg --png --steps --html}, and {@code demo}'s files). */
final class PictureFiles {
    private PictureFiles() {
    }

    /**
     * Lays the graph out, or explains why not.
     *
     * @param output the graph's output
     * @return its pictures
     * @throws UserErrorException if the graph is too large to draw, suggesting {@code --dot}
     */
    static BackpropPictures layOut(Value output) {
        try {
            return BackpropPictures.of(output);
        } catch (GraphTooLargeException e) {
            throw new UserErrorException("the graph has " + e.values() + " values, more than the "
                    + BackpropPictures.MAX_VALUES + " that --svg, --png, --steps and --html draw (a picture that "
                    + "large is unreadable); write it with --dot FILE instead and render that with Graphviz", e);
        }
    }

    static void svg(BackpropPictures pictures, Path file) {
        AtomicFiles.writeString(file, SvgRenderer.document(pictures.graph()));
    }

    static void png(BackpropPictures pictures, Path file) {
        AtomicFiles.write(file, PngRenderer.render(pictures.graph()));
    }

    static void html(BackpropPictures pictures, Path file) {
        AtomicFiles.writeString(file, WalkthroughPage.html(pictures));
    }

    /**
     * Writes {@code step-01.svg}, {@code step-02.svg}, … (and the same as PNG if asked) into {@code dir},
     * creating it if needed.
     *
     * @return the first step's file name stem and the last's, for the message
     */
    static String steps(BackpropPictures pictures, Path dir, boolean png) {
        AtomicFiles.ensureDirectory(dir);
        int count = pictures.steps().size();
        String format = "step-%0" + Math.max(2, Integer.toString(count).length()) + "d";
        for (int i = 0; i < count; i++) {
            String stem = String.format(Locale.ROOT, format, i + 1);
            var scene = pictures.step(i);
            AtomicFiles.writeString(dir.resolve(stem + ".svg"), SvgRenderer.document(scene));
            if (png) {
                AtomicFiles.write(dir.resolve(stem + ".png"), PngRenderer.render(scene));
            }
        }
        return String.format(Locale.ROOT, format, 1) + " to " + String.format(Locale.ROOT, format, count)
                + (png ? ", .svg and .png" : ", .svg");
    }
}
