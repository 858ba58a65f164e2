package io.github.micrograd4j.cli.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Several files written all or nothing, for commands whose outputs belong together ({@code demo}'s
 * four files, {@code grad --steps}' pictures): every file is first written to a temporary file beside
 * its target; only when all are written are they moved into place, one by one. If a move fails, the
 * files already moved are rolled back (a replaced file gets its previous content back, a new one is
 * removed), so the set is either all new or as it was, and no temporary file is left behind.
 *
 * <p>Use: {@code new AtomicFileSet().add(a, contentA).addString(b, "text").commit()}.
 */
public final class AtomicFileSet {
    private final WriteStages storage;
    private final List<Path> targets = new ArrayList<>();
    private final List<Path> absolutes = new ArrayList<>();
    private final List<AtomicFiles.Content> contents = new ArrayList<>();

    /** An empty set. */
    public AtomicFileSet() {
        this(WriteStages.SYSTEM);
    }

    AtomicFileSet(WriteStages storage) {
        this.storage = storage;
    }

    /**
     * Adds a file. Its target is checked now, as {@link AtomicFiles#checkTarget(Path)} does.
     *
     * @param target the file to write
     * @param content its content, produced when {@link #commit()} runs
     * @return this set
     * @throws OutputException if the target cannot be written, or is already in the set
     */
    public AtomicFileSet add(Path target, AtomicFiles.Content content) {
        Path absolute = AtomicFiles.checkTarget(target);
        if (absolutes.contains(absolute)) {
            throw new OutputException("cannot write " + target + " twice in one command");
        }
        targets.add(target);
        absolutes.add(absolute);
        contents.add(content);
        return this;
    }

    /**
     * Adds a file of UTF-8 text.
     *
     * @param target the file to write
     * @param text its content
     * @return this set
     * @throws OutputException as {@link #add(Path, AtomicFiles.Content)}
     */
    public AtomicFileSet addString(Path target, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return add(target, out -> out.write(bytes));
    }

    /**
     * Writes every file of the set: all of them, or, if anything fails, none (the targets keep their
     * previous content, or stay absent).
     *
     * @throws OutputException naming the file that failed and why
     */
    public void commit() {
        int n = targets.size();
        Path[] temps = new Path[n];
        Path[] backups = new Path[n];
        boolean[] moved = new boolean[n];
        int current = 0;
        boolean done = false;
        try {
            for (; current < n; current++) {
                temps[current] = AtomicFiles.writeTemp(targets.get(current), absolutes.get(current),
                        contents.get(current), storage);
            }
            for (current = 0; current < n; current++) {
                Path absolute = absolutes.get(current);
                if (Files.exists(absolute)) {
                    backups[current] = storage.createTempFile(absolute.getParent(), "." + absolute.getFileName()
                            + ".", ".old");
                    storage.copy(absolute, backups[current]);
                }
                AtomicFiles.place(temps[current], absolute, storage);
                temps[current] = null;
                moved[current] = true;
            }
            done = true;
        } catch (IOException | UncheckedIOException e) {
            throw AtomicFiles.failure(targets.get(current), e);
        } finally {
            if (!done) {
                rollBack(moved, backups);
            }
            for (int i = 0; i < n; i++) {
                AtomicFiles.deleteQuietly(temps[i], storage);
                AtomicFiles.deleteQuietly(backups[i], storage);
            }
        }
    }

    /**
     * Puts back what the moved files replaced. Best effort: a failure here cannot be reported better
     * than the one that caused the roll-back, and the remaining files are still restored.
     */
    private void rollBack(boolean[] moved, Path[] backups) {
        for (int i = moved.length - 1; i >= 0; i--) {
            if (!moved[i]) {
                continue;
            }
            try {
                if (backups[i] != null) {
                    AtomicFiles.place(backups[i], absolutes.get(i), storage);
                    backups[i] = null;
                } else {
                    storage.deleteIfExists(absolutes.get(i));
                }
            } catch (IOException | RuntimeException ignored) {
                // keep restoring the others
            }
        }
    }
}
