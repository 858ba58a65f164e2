package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.cli.errors.UserErrorException;
import io.github.micrograd4j.cli.io.AtomicFileSet;
import io.github.micrograd4j.cli.io.AtomicFiles;
import io.github.micrograd4j.cli.text.CliText;
import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.viz.BackpropPictures;
import io.github.micrograd4j.viz.GraphTooLargeException;
import io.github.micrograd4j.viz.WalkthroughPage;
import io.github.micrograd4j.viz.render.PngRenderer;
import io.github.micrograd4j.viz.render.SvgRenderer;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
        return layOut(output, Language.EN);
    }

    /**
     * Lays the graph out with the words of a language, or explains why not.
     *
     * @param output the graph's output
     * @param language the language of the pictures' words and sentences
     * @return its pictures
     * @throws UserErrorException as {@link #layOut(Value)}
     */
    static BackpropPictures layOut(Value output, Language language) {
        return layOut(output, language, v -> false);
    }

    /**
     * Lays the graph out with its constants (numbers written into the program) drawn apart from its inputs, as
     * the expression lab draws them, or explains why not.
     *
     * @param output the graph's output
     * @param language the language of the pictures' words and sentences
     * @param constant which leaves are constants
     * @return its pictures
     * @throws UserErrorException as {@link #layOut(Value)}
     */
    static BackpropPictures layOut(Value output, Language language, java.util.function.Predicate<Value> constant) {
        try {
            return BackpropPictures.of(output, language, constant);
        } catch (GraphTooLargeException e) {
            if (e.tooManyCrossings()) {
                throw new UserErrorException(CliText.LAYOUT_TOO_LARGE.format(language, e.values(), e.layerCrossings(),
                        BackpropPictures.MAX_LAYER_CROSSINGS), e);
            }
            throw new UserErrorException(CliText.GRAPH_TOO_LARGE.format(language, e.values(),
                    BackpropPictures.MAX_VALUES), e);
        }
    }

    /**
     * Warns on {@code err}, in the pictures' language, when a PNG of them would show some characters as
     * empty boxes because no installed font has them (Chinese words without a CJK font). Called only where a
     * PNG is written: the SVG and the page are drawn by the browser, with its own fonts.
     *
     * @param pictures the pictures about to be drawn
     * @param err where warnings go
     */
    static void warnAboutFonts(BackpropPictures pictures, PrintWriter err) {
        Language language = pictures.language();
        PngRenderer.fontWarning(pictures.step(0), language).ifPresent(warning -> {
            err.println(CliText.WARNING.format(language, warning));
            err.flush();
        });
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

    /** A step picture an earlier run may have left: {@code step-}, two or more digits, {@code .svg} or {@code .png}. */
    private static final java.util.regex.Pattern STEP_FILE = java.util.regex.Pattern.compile("step-\\d{2,}\\.(svg|png)");

    /**
     * Writes {@code step-01.svg}, {@code step-02.svg}, … in each of {@code formats} into {@code dir},
     * creating it if needed. The set is written all or nothing ({@link AtomicFileSet}): a failure part
     * way leaves the folder as it was. Once it is in place, the step pictures an earlier run left there
     * ({@code step-NN.svg} or {@code .png}, whichever formats) and this run did not replace are
     * removed, so the folder never holds a mix of two graphs' steps. The caller has checked every
     * target ({@link #stepFiles}) before.
     *
     * @return the first step's file name stem and the last's, for the message
     */
    static String steps(BackpropPictures pictures, Path dir, Set<String> formats) {
        AtomicFiles.ensureDirectory(dir);
        int count = pictures.steps().size();
        AtomicFileSet files = new AtomicFileSet();
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String stem = stepStem(count, i);
            int step = i;
            // drawn while the set is written, one picture at a time, not all held in memory at once
            if (formats.contains("svg")) {
                Path svg = dir.resolve(stem + ".svg");
                written.add(svg);
                files.add(svg, out -> out.write(SvgRenderer.document(pictures.step(step)).getBytes(StandardCharsets.UTF_8)));
            }
            if (formats.contains("png")) {
                Path png = dir.resolve(stem + ".png");
                written.add(png);
                files.add(png, out -> out.write(PngRenderer.render(pictures.step(step))));
            }
        }
        files.commit();
        removeEarlierSteps(dir, written);
        return stepStem(count, 0) + " to " + stepStem(count, count - 1) + ", ." + String.join(" and .", formats);
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

    /** The step pictures that earlier runs left in {@code dir}, which {@link #steps} replaces. */
    static List<Path> earlierSteps(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var entries = Files.list(dir)) {
            return entries.filter(p -> STEP_FILE.matcher(p.getFileName().toString()).matches()
                    && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (java.io.IOException e) {
            throw new io.github.micrograd4j.cli.io.OutputException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Removes the step pictures an earlier run left that this run's set did not replace. */
    private static void removeEarlierSteps(Path dir, List<Path> keep) {
        for (Path old : earlierSteps(dir)) {
            if (keep.contains(old)) {
                continue;
            }
            try {
                Files.deleteIfExists(old);
            } catch (java.io.IOException e) {
                throw new io.github.micrograd4j.cli.io.OutputException("cannot remove the earlier step picture " + old
                        + " (a folder must not hold the steps of two graphs): " + e.getMessage(), e);
            }
        }
    }

    /**
     * The files {@link #steps} will write, for the up-front checks.
     *
     * @return {@code dir/step-01.svg}, … in the given formats
     */
    static List<Path> stepFiles(BackpropPictures pictures, Path dir, Set<String> formats) {
        int count = pictures.steps().size();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String stem = stepStem(count, i);
            for (String format : formats) {
                files.add(dir.resolve(stem + "." + format));
            }
        }
        return files;
    }

    /** {@code step-01}, …: zero-padded to the widest step number, at least two digits. */
    private static String stepStem(int count, int index) {
        String format = "step-%0" + Math.max(2, Integer.toString(count).length()) + "d";
        return String.format(Numbers.LOCALE, format, index + 1);
    }
}
