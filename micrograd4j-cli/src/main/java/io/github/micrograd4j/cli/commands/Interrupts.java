package io.github.micrograd4j.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What Ctrl-C (SIGINT) prints while a command writes files: the JVM runs its shutdown hooks and exits
 * with 130, so a {@link Scope} open around the work adds one that ends the progress line, flushes what
 * was printed so far, says {@code interrupted} with which files were written and which were not, and
 * removes the temporary files {@link io.github.micrograd4j.cli.io.AtomicFiles} was writing for them
 * (named {@code .NAME.*.tmp} beside each target), so no partial or temporary file is left.
 */
final class Interrupts {
    private Interrupts() {
    }

    /**
     * Opens a scope; close it when the work is done (normally or not), which removes the hook.
     *
     * @param out the command's output, flushed on interrupt
     * @param planned the files the command will write
     * @return the scope
     */
    static Scope open(PrintWriter out, List<Path> planned) {
        Scope scope = new Scope(out, planned);
        Runtime.getRuntime().addShutdownHook(scope.hook);
        return scope;
    }

    /** One command's interrupt report; {@link #wrote} records each file as it is finished. */
    static final class Scope implements AutoCloseable {
        private final PrintWriter out;
        private volatile TrainingProgress progress;
        private final List<Path> planned;
        private final List<Path> written = new ArrayList<>();
        private final Thread hook;
        private volatile boolean closed;

        private Scope(PrintWriter out, List<Path> planned) {
            this.out = out;
            this.planned = List.copyOf(planned);
            this.hook = new Thread(this::interrupted, "micrograd-interrupt");
        }

        /**
         * The progress whose line an interrupt ends.
         *
         * @param progress the progress, or null
         */
        void progress(TrainingProgress progress) {
            this.progress = progress;
        }

        /**
         * Records a finished file.
         *
         * @param file the file
         */
        synchronized void wrote(Path file) {
            written.add(file);
        }

        /** The report, run by the JVM on SIGINT; nothing once the scope is closed. */
        private void interrupted() {
            if (closed) {
                return;
            }
            if (progress != null) {
                progress.endLine();
            }
            out.flush();
            List<Path> done;
            synchronized (this) {
                done = List.copyOf(written);
            }
            List<Path> notDone = planned.stream().filter(p -> !done.contains(p)).toList();
            for (Path target : notDone) {
                removeTemporaryFiles(target);
            }
            System.err.println(report(done, notDone));
            System.err.flush();
        }

        /** {@code interrupted: wrote a.svg; not written: b.png} and the like. */
        static String report(List<Path> done, List<Path> notDone) {
            String text = "interrupted";
            if (done.isEmpty() && notDone.isEmpty()) {
                return text + "; no files were to be written";
            }
            text += done.isEmpty() ? "; no file was written" : "; wrote " + join(done);
            return notDone.isEmpty() ? text : text + "; not written: " + join(notDone);
        }

        private static String join(List<Path> files) {
            return String.join(", ", files.stream().map(Path::toString).toList());
        }

        @Override
        public void close() {
            closed = true;
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting: the hook has run or is running, and checks closed itself
            }
        }
    }

    /**
     * Removes the temporary files of an unfinished write of {@code target}, and only those; for a
     * folder of step pictures ({@code --steps DIR}), those of the step pictures inside it.
     */
    static void removeTemporaryFiles(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            try (Stream<Path> entries = Files.list(absolute)) {
                for (Path p : entries.toList()) {
                    if (p.getFileName().toString().matches("\\.step-\\d+\\.(svg|png)\\..*\\.tmp")) {
                        Files.deleteIfExists(p);
                    }
                }
            } catch (IOException e) {
                // exiting anyway: a temporary file that cannot be removed is named by its leading dot
            }
            return;
        }
        Path dir = absolute.getParent();
        if (dir == null || absolute.getFileName() == null || !Files.isDirectory(dir)) {
            return;
        }
        String prefix = "." + absolute.getFileName() + ".";
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(".tmp")) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // exiting anyway: a temporary file that cannot be removed is named by its leading dot
        }
    }
}
