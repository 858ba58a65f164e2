package io.github.micrograd4j.cli.shell;

import io.github.micrograd4j.cli.errors.UserErrorException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.PersistentSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Runs piped input through JShell's engine the way the JShell tool would read it, line by line, a
 * snippet ending where it is complete, but prints only what a script wants: each result as
 * {@code name ==> value}, what the snippets print themselves, and on the first snippet that does
 * not compile or throws, an error naming its line, after which it stops.
 *
 * <p>The snippets run in this JVM (JShell's {@code local} execution), so they start fast and print
 * straight to {@link System#out}.
 */
public final class BatchShell implements AutoCloseable {
    private final JShell shell;
    private final PrintWriter out;

    /**
     * A batch shell with {@code classPath} added and {@code startup} evaluated.
     *
     * @param classPath the class path for the snippets (see {@link ShellClassPath})
     * @param startup the start-up snippets, each complete
     * @param out where results go
     * @throws IllegalStateException if a start-up snippet fails (a bug, not a user error)
     */
    public BatchShell(String classPath, List<String> startup, PrintWriter out) {
        this.out = Objects.requireNonNull(out, "out");
        this.shell = JShell.builder().executionEngine("local").build();
        shell.addToClasspath(Objects.requireNonNull(classPath, "classPath"));
        for (String snippet : startup) {
            try {
                evaluate(snippet, 0, false);
            } catch (UserErrorException e) {
                close();
                throw new IllegalStateException("the shell's start-up script failed: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Runs {@code input}: every snippet in order, results printed.
     *
     * @param input the piped text
     * @return the exit code: 0, or the code given to {@code /exit}
     * @throws UserErrorException for the first snippet that does not compile or throws, or input
     *     that ends inside a snippet, naming the line
     */
    public int run(String input) {
        StringBuilder pending = new StringBuilder();
        int pendingLine = 1;
        int lineNumber = 0;
        for (String line : input.split("\r?\n", -1)) {
            lineNumber++;
            if (pending.toString().isBlank()) {
                pending.setLength(0);
                pendingLine = lineNumber;
                String command = line.strip();
                if (command.startsWith("/") && !command.startsWith("//") && !command.startsWith("/*")) {
                    Integer exit = command(command, lineNumber);
                    if (exit != null) {
                        return exit;
                    }
                    continue;
                }
            }
            pending.append(line).append('\n');
            while (!pending.toString().isBlank()) {
                CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(pending.toString());
                boolean complete = switch (info.completeness()) {
                    case COMPLETE, COMPLETE_WITH_SEMI, UNKNOWN -> true;
                    case EMPTY -> {
                        pending.setLength(0);
                        yield false;
                    }
                    case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> false;
                };
                if (!complete) {
                    break;
                }
                String consumed = pending.substring(0, pending.length() - info.remaining().length());
                evaluate(info.source(), pendingLine, true);
                pendingLine += newlines(consumed, consumed.length());
                pending.setLength(0);
                pending.append(info.remaining());
            }
        }
        if (!pending.toString().isBlank()) {
            CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(pending.toString());
            if (info.completeness() == jdk.jshell.SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE) {
                throw new UserErrorException("line " + firstLine(pending.toString(), pendingLine)
                        + ": the input ends inside an unfinished snippet: " + pending.toString().strip().lines()
                        .findFirst().orElse(""));
            }
            evaluate(pending.toString(), pendingLine, true);
        }
        return 0;
    }

    /** Handles a JShell command: only {@code /exit [code]} makes sense without a terminal. */
    private static Integer command(String command, int line) {
        String[] words = command.split("\\s+");
        if (words[0].equals("/exit")) {
            if (words.length == 1) {
                return 0;
            }
            try {
                return Integer.parseInt(words[1]);
            } catch (NumberFormatException e) {
                throw new UserErrorException("line " + line + ": /exit takes an integer exit code, got '" + words[1]
                        + "'", e);
            }
        }
        throw new UserErrorException("line " + line + ": the JShell command " + words[0] + " works only in the "
                + "interactive shell (micrograd shell --interactive); piped input may use /exit [code]");
    }

    private void evaluate(String source, int firstLine, boolean print) {
        for (SnippetEvent event : shell.eval(source)) {
            if (event.causeSnippet() != null) {
                continue; // an update to an earlier snippet, not this one's result
            }
            Snippet snippet = event.snippet();
            switch (event.status()) {
                case REJECTED -> throw new UserErrorException(rejected(snippet, source, firstLine));
                case RECOVERABLE_NOT_DEFINED -> throw new UserErrorException("line " + firstLine(source, firstLine)
                        + ": " + snippet.source().strip() + " uses what is not defined: "
                        + unresolved(snippet));
                default -> {
                    // VALID or RECOVERABLE_DEFINED (a method that calls what comes later): fine
                }
            }
            if (event.exception() != null) {
                throw new UserErrorException("line " + firstLine(source, firstLine) + ": " + describe(event));
            }
            String name = snippet instanceof PersistentSnippet named ? named.name()
                    : snippet instanceof ExpressionSnippet expression ? expression.name() : null;
            if (print && event.value() != null && name != null
                    && (snippet.kind() == Snippet.Kind.VAR || snippet.kind() == Snippet.Kind.EXPRESSION)) {
                out.println(name + " ==> " + event.value());
                out.flush();
            }
        }
    }

    private String unresolved(Snippet snippet) {
        if (snippet instanceof jdk.jshell.DeclarationSnippet declaration) {
            return shell.unresolvedDependencies(declaration).collect(Collectors.joining(", "));
        }
        return "(unknown)";
    }

    private String rejected(Snippet snippet, String source, int firstLine) {
        List<Diag> diagnostics = shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
        if (diagnostics.isEmpty()) {
            return "line " + firstLine(source, firstLine) + ": JShell rejected: " + snippet.source().strip();
        }
        Diag diag = diagnostics.get(0);
        String code = snippet.source();
        int position = (int) Math.max(0, Math.min(diag.getStartPosition(), code.length()));
        int end = (int) Math.max(position, Math.min(diag.getEndPosition(), code.length()));
        int lineStart = code.lastIndexOf('\n', position - 1) + 1;
        int lineEnd = code.indexOf('\n', position);
        String text = code.substring(lineStart, lineEnd < 0 ? code.length() : lineEnd);
        int column = position - lineStart;
        int width = Math.max(1, Math.min(end, lineStart + text.length()) - position);
        List<String> lines = diag.getMessage(Locale.ROOT).lines().map(l -> l.strip().replaceAll("\\s+", " "))
                .filter(l -> !l.isEmpty()).collect(Collectors.toList());
        String message = lines.isEmpty() ? "error" : lines.get(0);
        if (lines.size() > 1) {
            message += " (" + String.join(", ", lines.subList(1, lines.size())) + ")";
        }
        int offset = source.indexOf(code);
        int codeLine = offset < 0 ? firstLine(source, firstLine) : firstLine + newlines(source, offset);
        return "line " + (codeLine + newlines(code, position)) + ", column "
                + (column + 1) + ": " + message + System.lineSeparator() + "  " + text + System.lineSeparator()
                + "  " + " ".repeat(column) + "^".repeat(width);
    }

    private static String describe(SnippetEvent event) {
        Exception e = event.exception();
        if (e instanceof EvalException thrown) {
            return thrown.getExceptionClassName() + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage());
        }
        if (e instanceof UnresolvedReferenceException unresolved) {
            return "calls " + unresolved.getSnippet().source().strip() + ", which uses what is not defined yet";
        }
        return e.toString();
    }

    /** The line of the first non-blank character of {@code source}, which starts on {@code firstLine}. */
    private static int firstLine(String source, int firstLine) {
        int i = 0;
        while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        return firstLine + newlines(source, i);
    }

    private static int newlines(CharSequence text, int end) {
        int count = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    /** Stops JShell's engine. */
    @Override
    public void close() {
        shell.close();
    }
}
