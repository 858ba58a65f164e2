package io.github.micrograd4j.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options for programs that build object graphs in a loop (training on the object graph, a
 * shell, a notebook kernel, a benchmark), kept in one file, {@code loop-jvm-options.txt} beside this
 * class: the launcher {@code ./micrograd} hands that file to {@code java} as an {@code @argument}
 * file, and JVMs that micrograd4j starts itself (the Jupyter kernel, the interactive shell's JShell
 * runtime, {@code bench}'s {@code train} process) take their options from here. The file says why
 * they help; in short, a JVM whose young generation keeps moving into memory it has not touched yet
 * pays a page fault per 4 KB, which slows the object graph's steps for seconds at a time (the
 * figures are in docs/PERFORMANCE.md).
 */
public final class LoopJvmOptions {
    /** The file's name, a resource beside this class. */
    public static final String FILE_NAME = "loop-jvm-options.txt";

    private LoopJvmOptions() {
    }

    /**
     * The options, in the file's order: each line without its {@code #} comment, split at white space.
     *
     * @return the options, for example {@code [-XX:+UseParallelGC, -Xmn64m]}
     * @throws UncheckedIOException if the resource is missing or unreadable (a broken build)
     */
    public static List<String> list() {
        try (InputStream in = LoopJvmOptions.class.getResourceAsStream(FILE_NAME)) {
            if (in == null) {
                throw new IOException("resource " + FILE_NAME + " not found beside " + LoopJvmOptions.class.getName());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the loop JVM options: " + e.getMessage(), e);
        }
    }

    /** The options of an argument file's text, as {@code java} reads the simple files this class needs. */
    static List<String> parse(String text) {
        List<String> options = new ArrayList<>();
        for (String line : text.split("\\R")) {
            int comment = line.indexOf('#');
            String content = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (!content.isEmpty()) {
                options.addAll(List.of(content.split("\\s+")));
            }
        }
        return List.copyOf(options);
    }
}
