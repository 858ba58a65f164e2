package io.github.micrograd4j.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code java} snippet of the README and of the docs that teach the API, pasted into
 * {@code ./micrograd shell} as it stands, runs: each file's snippets are fed to the piped shell's script
 * mode (the one {@code echo ... | ./micrograd shell} uses), in order, in one session per file, as a
 * reader of that page would paste them.
 */
class ReadmeSnippetsTest {
    /**
     * The pages whose {@code java} blocks a reader pastes into the shell, each with the number of blocks it
     * has today: a block lost in a move, or a page whose blocks stop being read, fails the count. A
     * translated front page ({@code README.zh-CN.md} …) is run too when it has blocks.
     */
    static final Map<String, Integer> SNIPPET_PAGES = Map.of("README.md", 1, "docs/API.md", 8,
            "docs/walkthrough/walkthrough.zh.md", 2);

    /** Pages whose {@code java} blocks are excerpts of larger code (they use names defined elsewhere). */
    static final List<String> EXCERPT_PAGES = List.of("docs/PERFORMANCE.md",
            // a notebook cell (grad("""…""") comes from the kernel's start-up, not the shell's): notebook 1 has it,
            // run by micrograd4j-jupyter's NotebooksTest
            "docs/NOTEBOOKS.md",
            // rapaio's own classes, quoted in the bug report for its maintainers: not micrograd4j API
            "docs/jupyter/rapaio-upstream-report.md");

    @TempDir
    Path drawings;

    static Stream<String> pages() {
        List<String> pages = new ArrayList<>(new TreeSet<>(SNIPPET_PAGES.keySet()));
        for (String page : markdownPages()) {
            if (page.matches("README\\.[A-Za-z-]+\\.md") && !javaSnippets(read(page)).isEmpty()) {
                pages.add(page);
            }
        }
        return pages.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyJavaSnippetOfThePageRunsInTheShell(String page) throws IOException {
        List<String> snippets = javaSnippets(read(page));
        assertThat(snippets).as("the java snippets of " + page)
                .hasSizeGreaterThanOrEqualTo(SNIPPET_PAGES.getOrDefault(page, 1));
        StringWriter out = new StringWriter();
        try (BatchShell shell = new BatchShell(ShellClassPath.micrograd4j(), ShellStartup.snippets(drawings, false),
                new PrintWriter(out, true))) {
            for (String snippet : snippets) {
                out.getBuffer().setLength(0);
                int code;
                try {
                    code = shell.run(snippet + "\n");
                } catch (io.github.micrograd4j.cli.errors.UserErrorException e) {
                    throw new AssertionError("the " + page + " snippet\n" + snippet + "fails in the shell: "
                            + e.getMessage(), e);
                }
                assertThat(code).as("%s snippet:%n%s%nprinted:%n%s", page, snippet, out).isZero();
            }
        }
    }

    /** A page with java blocks that this test neither runs nor knows as excerpts would go unchecked. */
    @Test
    void everyPageWithJavaSnippetsIsRunOrKnownAsExcerpts() {
        List<String> run = pages().toList();
        for (String page : markdownPages()) {
            if (!javaSnippets(read(page)).isEmpty()) {
                assertThat(run.contains(page) || EXCERPT_PAGES.contains(page))
                        .as(page + " has java snippets: list it in SNIPPET_PAGES (run in the shell) or EXCERPT_PAGES")
                        .isTrue();
            }
        }
        assertThat(markdownPages()).as("the pages found").containsAll(SNIPPET_PAGES.keySet()).containsAll(EXCERPT_PAGES);
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

    /** The markdown pages at the project's root and under {@code docs/}, as paths relative to the root. */
    static List<String> markdownPages() {
        Path root = projectRoot();
        List<String> pages = new ArrayList<>();
        try (Stream<Path> top = Files.list(root)) {
            top.filter(p -> p.getFileName().toString().endsWith(".md")).forEach(p -> pages.add(relative(root, p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path docs = root.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> all = Files.walk(docs)) {
                all.filter(p -> p.getFileName().toString().endsWith(".md")).forEach(p -> pages.add(relative(root, p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        pages.sort(null);
        return pages;
    }

    private static String relative(Path root, Path page) {
        return root.relativize(page).toString().replace('\\', '/');
    }

    private static String read(String page) {
        try {
            return Files.readString(projectRoot().resolve(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("README.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a README.md above " + Path.of("").toAbsolutePath()).isNotNull();
        // the module folder has no README of its own; the project's is the one above it
        return dir;
    }
}
