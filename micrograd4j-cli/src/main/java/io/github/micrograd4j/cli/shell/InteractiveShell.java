package io.github.micrograd4j.cli.shell;

import io.github.micrograd4j.cli.io.AtomicFiles;
import io.github.micrograd4j.cli.io.OutputException;
import io.github.micrograd4j.core.LoopJvmOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jdk.jshell.tool.JavaShellToolBuilder;

/**
 * The JShell tool itself (the same as the {@code jshell} command: line editing, tab completion,
 * {@code /vars}, {@code /reset}, {@code /help}), run in this JVM with micrograd4j's class path and
 * start-up script. The tool runs the snippets in a JVM of its own, which gets {@link LoopJvmOptions}
 * (as {@code -R} options), as the batch shell's JVM gets them from the launcher.
 */
public final class InteractiveShell {
    private InteractiveShell() {
    }

    /**
     * Runs JShell until the user leaves it.
     *
     * @param classPath the class path for the snippets
     * @param startupScript the start-up script (see {@link ShellStartup#script})
     * @param extraArguments further {@code jshell} options, passed on as given
     * @param in the input, or {@code null} for the terminal (standard input)
     * @param out where JShell writes, or {@code null} for standard output
     * @return JShell's exit code
     * @throws OutputException if the start-up script cannot be written to a temporary file
     * @throws Exception whatever the JShell tool throws
     */
    public static int run(String classPath, String startupScript, List<String> extraArguments, InputStream in,
            PrintStream out) throws Exception {
        Objects.requireNonNull(classPath, "classPath");
        Path script;
        try {
            script = Files.createTempFile("micrograd4j-shell-", ".jsh");
        } catch (IOException e) {
            throw new OutputException("cannot create a temporary file for the shell's start-up script: "
                    + e.getMessage(), e);
        }
        AtomicFiles.writeString(script, startupScript);
        try {
            List<String> args = new ArrayList<>(List.of("--class-path", classPath, "--startup", script.toString()));
            for (String option : LoopJvmOptions.list()) {
                args.add("-R" + option);
            }
            args.addAll(extraArguments);
            JavaShellToolBuilder builder = JavaShellToolBuilder.builder();
            if (in != null) {
                builder.in(in, null);
            }
            if (out != null) {
                builder.out(out).err(out);
            }
            return builder.start(args.toArray(String[]::new));
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
