package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.cli.UserErrorException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the text a command was given: a file, or standard input for {@code -}. */
final class Sources {
    private Sources() {
    }

    static String read(Path file) {
        try {
            if (file.toString().equals("-")) {
                return StandardCharsets.UTF_8.newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(System.in.readAllBytes())).toString();
            }
            if (Files.isDirectory(file)) {
                throw new UserErrorException("cannot read " + file + ": it is a directory");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
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
}
