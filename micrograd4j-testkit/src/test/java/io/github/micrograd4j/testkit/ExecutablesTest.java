package io.github.micrograd4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser test's search for Chromium or Chrome on the PATH. */
class ExecutablesTest {
    @TempDir
    Path dir;

    private Path program(Path in, String name, boolean executable) throws IOException {
        Files.createDirectories(in);
        Path p = Files.writeString(in.resolve(name), "#!/bin/sh\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
        return p;
    }

    @Test
    void aFixedPathComesFirstThenTheNamesInPathOrder() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        program(a, "chromium", false); // not executable: skipped
        Path chrome = program(b, "google-chrome", true);
        Path chromium = program(b, "chromium", true);
        String path = "" + File.pathSeparator + a + File.pathSeparator + b;
        assertThat(Executables.find(List.of(dir.resolve("none")), List.of("chromium", "google-chrome"), path))
                .contains(chromium);
        assertThat(Executables.find(List.of(), List.of("google-chrome", "chromium"), path)).contains(chrome);
        Path fixed = program(dir.resolve("c"), "chromium", true);
        assertThat(Executables.find(List.of(fixed), List.of("chromium"), path)).contains(fixed);
    }

    @Test
    void nothingFoundIsEmpty() {
        assertThat(Executables.find(List.of(dir.resolve("x")), List.of("chromium"), dir.toString())).isEmpty();
        assertThat(Executables.find(List.of(), List.of("chromium"), null)).isEmpty();
    }

    @Test
    void aDirectoryOfThatNameIsNotAProgram() throws IOException {
        Files.createDirectories(dir.resolve("d/chromium"));
        assertThat(Executables.find(List.of(), List.of("chromium"), dir.resolve("d").toString())).isEmpty();
    }
}
