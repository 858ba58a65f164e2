package io.github.micrograd4j.cli.shell;

import io.github.micrograd4j.cli.io.AtomicFiles;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.dot.DotExporter;
import io.github.micrograd4j.core.explain.BackpropExplainer;
import io.github.micrograd4j.core.explain.BackpropStep;
import java.nio.file.Path;
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
     * Draws the graph ending at {@code root} into the next numbered file of the drawing directory
     * ({@code shell/graph-1.dot}, {@code graph-2.dot}, …), so drawing after each step keeps every
     * picture, as the walkthrough redraws its graph after each gradient it finds. Prints the path.
     *
     * @param root the output value
     */
    public static void draw(Value root) {
        Objects.requireNonNull(root, "root");
        AtomicFiles.ensureDirectory(directory);
        draw(root, directory.resolve("graph-" + (drawings + 1) + ".dot").toString());
    }

    /**
     * Draws the graph ending at {@code root} into {@code file} (Graphviz DOT, micrograd's
     * {@code draw_dot} format) and prints the path.
     *
     * @param root the output value
     * @param file the file to write; its directory must exist
     */
    public static void draw(Value root, String file) {
        Objects.requireNonNull(root, "root");
        Path target = Path.of(Objects.requireNonNull(file, "file"));
        AtomicFiles.writeString(target, DotExporter.toDot(root));
        drawings++;
        System.out.println("wrote " + target.toAbsolutePath().normalize());
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
