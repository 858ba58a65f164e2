package io.github.micrograd4j.cli.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.CopyOption;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The file-system operations an atomic write is made of, one method per stage, so that tests can make
 * any single stage fail (creating the temporary file, writing, flushing, forcing to disk, moving into
 * place, an atomic move the file system does not support) without root or a special file system.
 * {@link #SYSTEM} is the real thing; the CLI never uses anything else.
 */
interface WriteStages {
    /** The operations of {@link java.nio.file.Files} and {@link FileChannel}. */
    WriteStages SYSTEM = new WriteStages() {
    };

    /** An open temporary file: its stream and a way to force its bytes to disk. */
    interface Sink extends AutoCloseable {
        /**
         * The unbuffered stream into the file.
         *
         * @return the stream
         */
        OutputStream stream();

        /**
         * Forces the written bytes to the storage device.
         *
         * @throws IOException if that fails
         */
        void force() throws IOException;

        @Override
        void close() throws IOException;
    }

    /**
     * Creates an empty temporary file, as {@link Files#createTempFile(Path, String, String, FileAttribute[])}
     * does: a new name (never an existing file) and, where the file system has POSIX permissions,
     * readable and writable by its owner only from the moment it exists. Unlike that method it draws
     * the name's random part from {@link ThreadLocalRandom}, not a {@code SecureRandom}, whose set-up
     * (the security providers) is a noticeable share of a short command's start-up (docs/STARTUP.md);
     * the name needs to be unused, not unguessable, since the file is created exclusively with {@code CREATE_NEW}.
     *
     * @param dir its directory
     * @param prefix start of its name
     * @param suffix end of its name
     * @return the new file
     * @throws IOException if it cannot be created
     */
    default Path createTempFile(Path dir, String prefix, String suffix) throws IOException {
        FileAttribute<?>[] ownerOnly = dir.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                        EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE))}
                : new FileAttribute<?>[0];
        for (int attempt = 1; ; attempt++) {
            String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            try {
                return Files.createFile(dir.resolve(prefix + random + suffix), ownerOnly);
            } catch (FileAlreadyExistsException e) {
                if (attempt == TEMP_NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** How many random names {@link #createTempFile} tries before it gives up. */
    int TEMP_NAME_ATTEMPTS = 100;

    /**
     * Opens a file for writing from its start.
     *
     * @param file an existing file
     * @return where to write
     * @throws IOException if it cannot be opened
     */
    default Sink open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
        OutputStream stream = Channels.newOutputStream(channel);
        return new Sink() {
            @Override
            public OutputStream stream() {
                return stream;
            }

            @Override
            public void force() throws IOException {
                channel.force(true);
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }

    /**
     * Moves a file, as {@link Files#move}.
     *
     * @param from the file
     * @param to where it goes
     * @param options {@link StandardCopyOption#ATOMIC_MOVE}, {@link StandardCopyOption#REPLACE_EXISTING}
     * @throws IOException if it cannot be moved; an atomic move the file system cannot do throws
     *     {@link java.nio.file.AtomicMoveNotSupportedException}
     */
    default void move(Path from, Path to, CopyOption... options) throws IOException {
        Files.move(from, to, options);
    }

    /**
     * Copies a file with its attributes, replacing {@code to}.
     *
     * @param from the file
     * @param to the copy
     * @throws IOException if it cannot be copied
     */
    default void copy(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    }

    /**
     * Deletes a file if it exists.
     *
     * @param file the file
     * @throws IOException if it exists and cannot be deleted
     */
    default void deleteIfExists(Path file) throws IOException {
        Files.deleteIfExists(file);
    }
}
