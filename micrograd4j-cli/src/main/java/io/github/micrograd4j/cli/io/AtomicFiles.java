package io.github.micrograd4j.cli.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
        Path absolute = target.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new OutputException("cannot write " + target + ": directory " + (dir == null ? "(none)" : dir)
                    + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new OutputException("cannot write " + target + ": it is a directory");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            Files.write(temp, bytes);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (AccessDeniedException e) {
            throw new OutputException("cannot write " + target + ": permission denied", e);
        } catch (NoSuchFileException e) {
            throw new OutputException("cannot write " + target + ": no such file or directory", e);
        } catch (IOException e) {
            throw new OutputException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the write already failed; that error is the one worth reporting
                }
            }
        }
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
