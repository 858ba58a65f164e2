package io.github.micrograd4j.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code java} snippet of the README, pasted into {@code ./micrograd shell} as it stands, runs:
 * each is fed to the piped shell's script mode (the one {@code echo ... | ./micrograd shell} uses),
 * in order, in one session, as a reader would paste them.
 */
class ReadmeSnippetsTest {
    @TempDir
    Path drawings;

    @Test
    void everyJavaSnippetOfTheReadmeRunsInTheShell() throws IOException {
        List<String> snippets = javaSnippets(Files.readString(readme()));
        assertThat(snippets).as("the README's java snippets").hasSizeGreaterThanOrEqualTo(6);
        StringWriter out = new StringWriter();
        try (BatchShell shell = new BatchShell(ShellClassPath.micrograd4j(), ShellStartup.snippets(drawings, false),
                new PrintWriter(out, true))) {
            for (String snippet : snippets) {
                out.getBuffer().setLength(0);
                int code;
                try {
                    code = shell.run(snippet + "\n");
                } catch (io.github.micrograd4j.cli.errors.UserErrorException e) {
                    throw new AssertionError("the README snippet\n" + snippet + "fails in the shell: " + e.getMessage(), e);
                }
                assertThat(code).as("snippet:%n%s%nprinted:%n%s", snippet, out).isZero();
            }
        }
    }

    /** The bodies of the fenced blocks opened with {@code ```java}. */
    static List<String> javaSnippets(String markdown) {
        List<String> snippets = new ArrayList<>();
        StringBuilder current = null;
        for (String line : markdown.split("\n", -1)) {
            if (current == null && line.strip().equals("```java")) {
                current = new StringBuilder();
            } else if (current != null && line.strip().equals("```")) {
                snippets.add(current.toString());
                current = null;
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        return snippets;
    }

    private static Path readme() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("README.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a README.md above " + Path.of("").toAbsolutePath()).isNotNull();
        // the module folder has no README of its own; the project's is the one above it
        return dir.resolve("README.md");
    }
}
