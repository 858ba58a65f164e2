package io.github.micrograd4j.cli.shell;

import io.github.micrograd4j.cli.io.AtomicFiles;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.dot.DotExporter;
import io.github.micrograd4j.core.explain.BackpropExplainer;
import io.github.micrograd4j.core.explain.BackpropStep;
import io.github.micrograd4j.viz.BackpropPictures;
import io.github.micrograd4j.viz.GraphTooLargeException;
import io.github.micrograd4j.viz.render.PngRenderer;
import io.github.micrograd4j.viz.render.SvgRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The helpers the shell's start-up script imports statically, so that {@code draw(L)} and
 * {@code explain(L)} work as typed. They print to {@link System#out}, which JShell shows.
 *
 * <p>Not thread-safe; JShell runs one snippet at a time.
 */
public final class ShellFunctions {
    private static Path directory = Path.of("shell");
    private static int drawings;

    private ShellFunctions() {
    }

    /**
     * Sets the directory {@link #draw(Value)} writes into; the start-up script calls it with the
     * shell's {@code --out} option.
     *
     * @param dir the directory, created on the first drawing if missing
     */
    public static void drawInto(String dir) {
        directory = Path.of(Objects.requireNonNull(dir, "dir"));
        drawings = 0;
    }

    /**
     * Draws the graph ending at {@code root} as SVG into the next numbered file of the drawing
     * directory ({@code shell/graph-1.svg}, {@code graph-2.svg}, …), so drawing after each step
     * keeps every picture, as the walkthrough redraws its graph after each gradient it finds. Prints
     * the path. A graph too large to lay out (over {@link BackpropPictures#MAX_VALUES} values or
     * {@link BackpropPictures#MAX_LAYER_CROSSINGS} layer crossings) is written as Graphviz DOT instead,
     * and the message says so.
     *
     * @param root the output value
     */
    public static void draw(Value root) {
        Objects.requireNonNull(root, "root");
        AtomicFiles.ensureDirectory(directory);
        String stem = "graph-" + (drawings + 1);
        try {
            BackpropPictures pictures = BackpropPictures.of(root);
            write(directory.resolve(stem + ".svg"), SvgRenderer.document(pictures.graph()).getBytes(
                    StandardCharsets.UTF_8), "");
        } catch (GraphTooLargeException e) {
            String why = e.tooManyCrossings()
                    ? e.values() + " values whose long edges make " + e.layerCrossings()
                            + " layer crossings, too many to lay out quickly"
                    : e.values() + " values are more than a picture shows readably";
            write(directory.resolve(stem + ".dot"), DotExporter.toDot(root).getBytes(
                    StandardCharsets.UTF_8), " (Graphviz DOT: " + why + ")");
        }
    }

    /**
     * Draws the graph ending at {@code root} into {@code file}, as SVG, PNG or Graphviz DOT
     * (micrograd's {@code draw_dot} format) by its extension, and prints the path.
     *
     * @param root the output value
     * @param file the file to write, ending {@code .svg}, {@code .png} or {@code .dot}; its directory
     *     must exist
     * @throws IllegalArgumentException for another extension
     * @throws GraphTooLargeException for SVG or PNG of a graph with more than
     *     {@link BackpropPictures#MAX_VALUES} values or {@link BackpropPictures#MAX_LAYER_CROSSINGS} layer
     *     crossings
     */
    public static void draw(Value root, String file) {
        Objects.requireNonNull(root, "root");
        Path target = Path.of(Objects.requireNonNull(file, "file"));
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] content;
        if (name.endsWith(".svg")) {
            content = SvgRenderer.document(BackpropPictures.of(root).graph())
                    .getBytes(StandardCharsets.UTF_8);
        } else if (name.endsWith(".png")) {
            content = PngRenderer.render(BackpropPictures.of(root).graph());
        } else if (name.endsWith(".dot")) {
            content = DotExporter.toDot(root).getBytes(StandardCharsets.UTF_8);
        } else {
            throw new IllegalArgumentException("expected a file ending .svg, .png or .dot, got '" + file + "'");
        }
        write(target, content, "");
    }

    private static void write(Path target, byte[] content, String note) {
        AtomicFiles.write(target, content);
        drawings++;
        System.out.println("wrote " + target.toAbsolutePath().normalize() + note);
    }

    /**
     * Prints the chain-rule steps that {@code root.backward()} takes, one line per value, with
     * their numbers ({@code dL/dc = dL/dd * dd/dc = -2.0000 * 1.0000 = -2.0000}). Computes the
     * gradients on the side: the graph's own grads are left as they are.
     *
     * @param root the output value
     */
    public static void explain(Value root) {
        Objects.requireNonNull(root, "root");
        for (BackpropStep step : BackpropExplainer.steps(root)) {
            System.out.println(step.reason().isEmpty() ? step.text() : step.text() + "   because " + step.reason());
        }
    }
}
