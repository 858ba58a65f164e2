package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.cli.errors.UserErrorException;
import io.github.micrograd4j.core.Numbers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the text a command was given: a file, or standard input for {@code -}. What cannot be text is
 * refused from its first bytes (a device such as {@code /dev/urandom} would otherwise be read
 * forever), and at most {@link #MAX_BYTES} are read.
 */
final class InputText {
    /** The largest text read (a program, a CSV file): far beyond any hand-written or generated input here. */
    static final long MAX_BYTES = 256L << 20;
    private static final int HEAD = 4096;

    private InputText() {
    }

    static String read(Path file) {
        try {
            if (file.toString().equals("-")) {
                return read(file, System.in);
            }
            if (Files.isDirectory(file)) {
                throw new UserErrorException("cannot read " + file + ": it is a directory");
            }
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw tooLarge(file);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(file, in);
            }
        } catch (NoSuchFileException e) {
            throw new UserErrorException("cannot read " + file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new UserErrorException("cannot read " + file + ": permission denied", e);
        } catch (CharacterCodingException e) {
            throw notText(file, e);
        } catch (IOException e) {
            throw new UserErrorException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path file, InputStream in) throws IOException {
        byte[] head = in.readNBytes(HEAD);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // not the end of the input: a character cut at the end of the first bytes is not an error yet
        CoderResult result = decoder.decode(ByteBuffer.wrap(head), CharBuffer.allocate(HEAD), false);
        if (result.isError()) {
            throw notText(file, null);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream(HEAD * 2);
        all.write(head);
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0;) {
            all.write(buffer, 0, n);
            if (all.size() > MAX_BYTES) {
                throw tooLarge(file);
            }
        }
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(all.toByteArray())).toString();
    }

    private static UserErrorException notText(Path file, Exception cause) {
        return new UserErrorException("cannot read " + file + ": it is not UTF-8 text", cause);
    }

    private static UserErrorException tooLarge(Path file) {
        return new UserErrorException(String.format(Numbers.LOCALE, "cannot read %s: it is larger than %,d MB, more than "
                + "any program or data set this command can use", file, MAX_BYTES >> 20));
    }
}
