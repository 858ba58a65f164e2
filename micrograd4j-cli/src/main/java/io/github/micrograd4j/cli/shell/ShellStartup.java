package io.github.micrograd4j.cli.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The shell's start-up script: JShell's default imports, micrograd4j's API packages, the
 * {@link ShellFunctions} helpers, and the walkthrough's values {@code a b c e d f L} built by
 * {@link io.github.micrograd4j.core.walkthrough.WalkthroughExample}. JShell's {@code /reset} runs it
 * again, which gives fresh values with zero gradients.
 */
public final class ShellStartup {

    /** JShell's own default imports (its {@code DEFAULT} start-up), kept because this script replaces it. */
    private static final List<String> JSHELL_DEFAULT_IMPORTS = List.of("java.io.*", "java.math.*", "java.net.*",
            "java.nio.file.*", "java.util.*", "java.util.concurrent.*", "java.util.function.*", "java.util.prefs.*",
            "java.util.regex.*", "java.util.stream.*");

    /** Every package the libraries export (their {@code module-info}), imported on demand. */
    public static final List<String> API_PACKAGES = List.of("io.github.micrograd4j.core",
            "io.github.micrograd4j.core.check", "io.github.micrograd4j.core.dot", "io.github.micrograd4j.core.explain",
            "io.github.micrograd4j.core.walkthrough", "io.github.micrograd4j.core.hessian", "io.github.micrograd4j.core.tape",
            "io.github.micrograd4j.core.text",
            "io.github.micrograd4j.nn",
            "io.github.micrograd4j.nn.data", "io.github.micrograd4j.nn.json", "io.github.micrograd4j.nn.loss",
            "io.github.micrograd4j.nn.optim", "io.github.micrograd4j.nn.run", "io.github.micrograd4j.nn.text",
            "io.github.micrograd4j.nn.train",
            "io.github.micrograd4j.viz", "io.github.micrograd4j.viz.plot", "io.github.micrograd4j.viz.render", "io.github.micrograd4j.viz.scene",
            "io.github.micrograd4j.viz.text",
            "io.github.micrograd4j.examples");

    /**
     * Names an on-demand import cannot give because {@code java.lang} has them too: a single-type
     * import wins over {@code java.lang}, so {@code Module} is micrograd4j's, not {@code java.lang.Module}.
     */
    public static final List<String> SINGLE_TYPE_IMPORTS = List.of("io.github.micrograd4j.nn.Module");

    /** What the welcome line says, for interactive sessions. */
    public static final String WELCOME = "micrograd4j shell: a b c e d f L are the walkthrough's values, "
            + "L = (a*b + c) * f. Try: L.backward()   a.grad()   draw(L)   explain(L)   /reset   /exit";

    private ShellStartup() {
    }

    /**
     * The start-up snippets, one per line.
     *
     * @param drawDirectory where {@code draw(v)} writes its numbered files
     * @param welcome whether to print {@link #WELCOME} (interactive sessions only, so piped output stays clean)
     * @return the snippets in order
     */
    public static List<String> snippets(Path drawDirectory, boolean welcome) {
        Objects.requireNonNull(drawDirectory, "drawDirectory");
        List<String> lines = new ArrayList<>();
        for (String p : JSHELL_DEFAULT_IMPORTS) {
            lines.add("import " + p + ";");
        }
        for (String p : API_PACKAGES) {
            lines.add("import " + p + ".*;");
        }
        for (String type : SINGLE_TYPE_IMPORTS) {
            lines.add("import " + type + ";");
        }
        lines.add("import static " + ShellFunctions.class.getName() + ".*;");
        lines.add(ShellFunctions.class.getName() + ".drawInto(" + javaString(drawDirectory.toString()) + ");");
        lines.add("var walkthrough = WalkthroughExample.build();");
        lines.add("Value a = walkthrough.a(), b = walkthrough.b(), c = walkthrough.c(), e = walkthrough.e(), "
                + "d = walkthrough.d(), f = walkthrough.f(), L = walkthrough.L();");
        if (welcome) {
            lines.add("System.out.println(" + javaString(WELCOME) + ");");
        }
        return lines;
    }

    /**
     * The start-up snippets as one script, for JShell's {@code --startup}.
     *
     * @param drawDirectory where {@code draw(v)} writes its numbered files
     * @param welcome whether to print {@link #WELCOME}
     * @return the script, one snippet per line
     */
    public static String script(Path drawDirectory, boolean welcome) {
        return String.join("\n", snippets(drawDirectory, welcome)) + "\n";
    }

    /** A Java string literal for {@code text}. */
    static String javaString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
