package io.github.micrograd4j.cli.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that a failure never leaves half a file: the bytes go to a temporary file in the
 * target's directory, which is then moved over the target in one step. If anything fails the
 * temporary file is removed and the previous target, if any, is left as it was.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Writes text as UTF-8.
     *
     * @param target the file to write
     * @param text the content
     * @throws OutputException naming the file and the reason
     */
    public static void writeString(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes bytes.
     *
     * @param target the file to write
     * @param bytes the content
     * @throws OutputException naming the file and the reason
     */
    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    /**
     * Produces the content of a file as a stream, for outputs too large to build in memory first
     * (images, long tables). If {@code content} throws, the target is left as it was.
     */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content.
         *
         * @param out where to write; closed by the caller
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Streams content into a temporary file, forces it to disk and moves it over the target.
     *
     * @param target the file to write
     * @param content what to write
     * @throws OutputException naming the file and the reason; the previous target is intact and no
     *     temporary file is left behind
     */
    public static void write(Path target, Content content) {
        write(target, content, WriteStages.SYSTEM);
    }

    /** {@link #write(Path, Content)} through {@code storage}, the tests' seam. */
    static void write(Path target, Content content, WriteStages storage) {
        Path absolute = checkTarget(target);
        Path temp = null;
        try {
            temp = writeTemp(target, absolute, content, storage);
            place(temp, absolute, storage);
            temp = null;
        } catch (IOException | UncheckedIOException e) {
            throw failure(target, e);
        } finally {
            deleteQuietly(temp, storage);
        }
    }

    /**
     * The first half of a write: the content in a new temporary file beside {@code absolute}, with the
     * permissions the target will have, forced to disk. If this fails the temporary file is removed.
     *
     * @return the temporary file
     */
    static Path writeTemp(Path target, Path absolute, Content content, WriteStages storage) throws IOException {
        Path temp = storage.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
        boolean written = false;
        try {
            givePermissions(temp, absolute);
            try (WriteStages.Sink sink = storage.open(temp);
                    OutputStream out = new BufferedOutputStream(sink.stream())) {
                content.writeTo(out);
                out.flush();
                sink.force(); // on disk before the rename, so a crash cannot leave an empty target
            }
            written = true;
            return temp;
        } finally {
            if (!written) {
                deleteQuietly(temp, storage);
            }
        }
    }

    /** The second half: moves the temporary file over the target, atomically where the file system can. */
    static void place(Path temp, Path absolute, WriteStages storage) throws IOException {
        try {
            storage.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            storage.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The one-line error for a failed write of {@code target}. */
    static OutputException failure(Path target, Exception e) {
        if (e instanceof AccessDeniedException) {
            return new OutputException("cannot write " + target + ": permission denied", e);
        }
        if (e instanceof NoSuchFileException) {
            return new OutputException("cannot write " + target + ": no such file or directory", e);
        }
        return new OutputException("cannot write " + target + ": " + reason(e), e);
    }

    /** Removes a temporary file after a failure; a second failure would hide the first, so it is ignored. */
    static void deleteQuietly(Path temp, WriteStages storage) {
        if (temp != null) {
            try {
                storage.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the write already failed; that error is the one worth reporting
            }
        }
    }

    /**
     * Checks that {@code target} can be written as a regular file, without writing anything: its
     * directory exists, and it is not a directory, device, pipe or socket. A symbolic link is followed,
     * so writing through it replaces the file it points to and keeps the link. Commands call this for
     * every output before long work, so a bad path is reported before anything is computed or
     * written.
     *
     * @param target the file to write
     * @return the absolute path the content will go to (the link's target for a symbolic link)
     * @throws OutputException naming the file and the reason
     */
    public static Path checkTarget(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            for (int hops = 0; Files.isSymbolicLink(absolute); hops++) {
                if (hops == 40) {
                    throw new OutputException("cannot write " + target + ": too many levels of symbolic links");
                }
                absolute = absolute.resolveSibling(Files.readSymbolicLink(absolute)).toAbsolutePath().normalize();
            }
        } catch (IOException e) {
            throw new OutputException("cannot write " + target + ": " + reason(e), e);
        }
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new OutputException("cannot write " + target + ": " + whyNoDirectory(dir));
        }
        if (Files.isDirectory(absolute)) {
            throw new OutputException("cannot write " + target + ": it is a directory");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new OutputException("cannot write " + target + ": it is not a regular file (a device, pipe or "
                    + "socket), so it is left alone");
        }
        return absolute;
    }

    /** Why a file's folder is missing: the nearest existing path on the way is a file, or it is absent. */
    private static String whyNoDirectory(Path dir) {
        if (dir == null) {
            return "it has no parent directory";
        }
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? "directory " + dir + " does not exist"
                        : p + " is not a directory";
            }
        }
        return "directory " + dir + " does not exist";
    }

    /**
     * {@link #checkTarget(Path)} for each target. A command that writes several files checks
     * them all first, so that one bad target fails it before any file is written, not half way through.
     *
     * @param targets the files about to be written
     * @throws OutputException naming the first bad target and why, as {@code write} would
     */
    public static void checkWritable(Path... targets) {
        for (Path target : targets) {
            checkTarget(target);
        }
    }

    /**
     * Checks, without creating anything, that {@link #ensureDirectory(Path)} can succeed: the
     * directory exists, or its nearest existing ancestor is a directory (a file there would block
     * it), and that ancestor is writable.
     *
     * @param dir the directory that will be created or written into
     * @throws OutputException with the message {@code ensureDirectory} would give
     */
    public static void checkDirectoryCreatable(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return; // nothing exists, not even a root: let ensureDirectory report what the system says
        }
        if (!Files.isDirectory(existing)) {
            throw new OutputException("cannot create directory " + dir + ": a file of that name exists"
                    + (existing.equals(absolute) ? "" : " (" + existing + ")"));
        }
        if (!Files.isWritable(existing)) {
            throw new OutputException("cannot create directory " + dir + ": permission denied");
        }
    }

    /**
     * A temporary file is created owner-only (0600); the written file should not be: it gets the
     * permissions of the file it replaces, or rw-r--r-- when new.
     */
    private static void givePermissions(Path temp, Path target) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    /**
     * Creates a directory and its parents if missing.
     *
     * @param dir the directory
     * @return {@code dir}
     * @throws OutputException if it cannot be created or is a file
     */
    public static Path ensureDirectory(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new OutputException("cannot create directory " + dir + ": a file of that name exists", e);
        } catch (IOException e) {
            throw new OutputException("cannot create directory " + dir + ": "
                    + (e instanceof AccessDeniedException ? "permission denied" : e.getMessage()), e);
        }
    }
}
