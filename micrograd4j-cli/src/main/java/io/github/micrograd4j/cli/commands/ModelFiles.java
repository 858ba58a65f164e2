package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.cli.errors.UserErrorException;
import io.github.micrograd4j.core.Numbers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a JSON file a command was given (a model for {@code predict} and {@code --init}, a reference
 * run), refusing at once what cannot be one: a file larger than {@link #MAX_BYTES}, or one whose first
 * non-blank byte is not <code>{</code> (random bytes, an image, {@code /dev/urandom}). Only the first
 * bytes are read to decide, so such a file costs nothing, where parsing it took 15 s and 5.5 GB.
 */
final class ModelFiles {
    /**
     * The largest model file read: train's largest net (10,000,000 parameters) is about 220 MB of JSON
     * at 22 bytes a number; a quarter more leaves room for indentation.
     */
    static final long MAX_BYTES = 256L << 20;
    private static final int PEEK = 4096;

    private ModelFiles() {
    }

    static String read(Path file) {
        if (file.toString().equals("-")) {
            return InputText.read(file);
        }
        if (Files.isDirectory(file)) {
            throw new UserErrorException("cannot read " + file + ": it is a directory");
        }
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw tooLarge(file, Files.size(file));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(file, in);
            }
        } catch (NoSuchFileException e) {
            throw new UserErrorException("cannot read " + file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new UserErrorException("cannot read " + file + ": permission denied", e);
        } catch (CharacterCodingException e) {
            throw new UserErrorException("cannot read " + file + ": it is not UTF-8 text", e);
        } catch (IOException e) {
            throw new UserErrorException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Checks the first bytes, then reads the rest up to the limit; works for devices and pipes too. */
    static String read(Path file, InputStream in) throws IOException {
        byte[] head = in.readNBytes(PEEK);
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) {
            i++;
        }
        if (i == head.length && head.length < PEEK) {
            throw new UserErrorException(file + ": the file is empty; expected a JSON model");
        }
        if (i < head.length && head[i] != '{') {
            throw new UserErrorException(file + ": not a JSON model: it starts with "
                    + describe(head, i) + ", not '{'");
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream(Math.max(PEEK, head.length * 2));
        all.write(head);
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0;) {
            all.write(buffer, 0, n);
            if (all.size() > MAX_BYTES) {
                throw tooLarge(file, all.size());
            }
        }
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(all.toByteArray())).toString();
    }

    private static String describe(byte[] head, int at) {
        int b = head[at] & 0xFF;
        return b >= 0x21 && b < 0x7F ? "'" + (char) b + "'" : String.format(Numbers.LOCALE, "the byte 0x%02X", b);
    }

    private static UserErrorException tooLarge(Path file, long size) {
        return new UserErrorException(String.format(Numbers.LOCALE, "%s: %s, more than the %,d MB a model file can be "
                + "(train's largest net, 10,000,000 parameters, is about 220 MB)", file,
                size > MAX_BYTES && size < Long.MAX_VALUE ? String.format(Numbers.LOCALE, "%,d bytes", size) : "too large",
                MAX_BYTES >> 20));
    }
}
