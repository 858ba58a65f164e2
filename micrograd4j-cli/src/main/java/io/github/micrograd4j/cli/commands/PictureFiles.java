package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.cli.UserErrorException;
import io.github.micrograd4j.cli.io.AtomicFileSet;
import io.github.micrograd4j.cli.io.AtomicFiles;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.viz.BackpropPictures;
import io.github.micrograd4j.viz.GraphTooLargeException;
import io.github.micrograd4j.viz.WalkthroughPage;
import io.github.micrograd4j.viz.render.PngRenderer;
import io.github.micrograd4j.viz.render.SvgRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
     * @throws UserErrorException if the graph is too large to draw (values or layer crossings), suggesting
     *     {@code --dot}
     */
    static BackpropPictures layOut(Value output) {
        try {
            return BackpropPictures.of(output);
        } catch (GraphTooLargeException e) {
            if (e.tooManyCrossings()) {
                throw new UserErrorException("the graph's layout is too large: its " + e.values() + " values need "
                        + e.layerCrossings() + " layer crossings of long edges (one value feeding ops far apart), "
                        + "more than the " + BackpropPictures.MAX_LAYER_CROSSINGS + " that --svg, --png, --steps "
                        + "and --html lay out (larger layouts take too long); write it with --dot FILE instead and render "
                        + "that with Graphviz", e);
            }
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
     * {@code demo}'s four files, all or nothing ({@link AtomicFileSet}): the DOT text, the graph as SVG
     * and PNG, and the walkthrough page.
     */
    static void demoFiles(BackpropPictures pictures, String dotText, Path dot, Path svg, Path png, Path html) {
        new AtomicFileSet()
                .addString(dot, dotText)
                .add(svg, out -> out.write(SvgRenderer.document(pictures.graph()).getBytes(StandardCharsets.UTF_8)))
                .add(png, out -> out.write(PngRenderer.render(pictures.graph())))
                .add(html, out -> out.write(WalkthroughPage.html(pictures).getBytes(StandardCharsets.UTF_8)))
                .commit();
    }

    /**
     * Checks, before anything is written, that the step pictures can be written into {@code dir}: it is
     * not a file, and if it exists none of the step files to be written is a directory or otherwise
     * unwritable. If it does not exist, {@link #steps} creates it.
     *
     * @throws io.github.micrograd4j.cli.io.OutputException naming the first bad path
     */
    static void checkSteps(BackpropPictures pictures, Path dir, boolean png) {
        AtomicFiles.checkDirectoryCreatable(dir);
        if (Files.isDirectory(dir)) {
            AtomicFiles.checkWritable(stepFiles(pictures, dir, png).toArray(Path[]::new));
        }
    }

    /**
     * Writes {@code step-01.svg}, {@code step-02.svg}, … (and the same as PNG if asked) into {@code dir},
     * creating it if needed. Every target is checked before the first is written, and the set is written
     * all or nothing ({@link AtomicFileSet}): a failure part way leaves the directory as it was.
     *
     * @return the first step's file name stem and the last's, for the message
     */
    static String steps(BackpropPictures pictures, Path dir, boolean png) {
        AtomicFiles.ensureDirectory(dir);
        checkSteps(pictures, dir, png);
        int count = pictures.steps().size();
        AtomicFileSet files = new AtomicFileSet();
        for (int i = 0; i < count; i++) {
            String stem = stepStem(count, i);
            int step = i;
            // drawn while the set is written, one picture at a time, not all held in memory at once
            files.add(dir.resolve(stem + ".svg"),
                    out -> out.write(SvgRenderer.document(pictures.step(step)).getBytes(StandardCharsets.UTF_8)));
            if (png) {
                files.add(dir.resolve(stem + ".png"), out -> out.write(PngRenderer.render(pictures.step(step))));
            }
        }
        files.commit();
        return stepStem(count, 0) + " to " + stepStem(count, count - 1) + (png ? ", .svg and .png" : ", .svg");
    }

    private static List<Path> stepFiles(BackpropPictures pictures, Path dir, boolean png) {
        int count = pictures.steps().size();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String stem = stepStem(count, i);
            files.add(dir.resolve(stem + ".svg"));
            if (png) {
                files.add(dir.resolve(stem + ".png"));
            }
        }
        return files;
    }

    /** {@code step-01}, …: zero-padded to the widest step number, at least two digits. */
    private static String stepStem(int count, int index) {
        String format = "step-%0" + Math.max(2, Integer.toString(count).length()) + "d";
        return String.format(Locale.ROOT, format, index + 1);
    }
}
