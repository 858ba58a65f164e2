package io.github.micrograd4j.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteStagesTest {
    @TempDir
    Path dir;

    @Test
    void aTemporaryFileIsNewEmptyNamedAsAskedAndOnlyItsOwnersToRead() throws IOException {
        Path temp = WriteStages.SYSTEM.createTempFile(dir, ".out.svg.", ".tmp");
        assertThat(temp.getParent()).isEqualTo(dir);
        assertThat(temp.getFileName().toString()).startsWith(".out.svg.").endsWith(".tmp")
                .hasSizeGreaterThan(".out.svg..tmp".length());
        assertThat(Files.size(temp)).isZero();
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp))).isEqualTo("rw-------");
        }
    }

    @Test
    void everyCallMakesAnotherFileAndNoneReplacesAFileThatWasThere() throws IOException {
        Map<Path, String> made = new HashMap<>();
        for (int i = 0; i < 2_000; i++) {
            Path temp = WriteStages.SYSTEM.createTempFile(dir, "t", "");
            assertThat(made.put(temp, Integer.toString(i))).as("call %d made a new file", i).isNull();
            Files.writeString(temp, Integer.toString(i)); // a later call that reused it would empty it
        }
        for (Map.Entry<Path, String> e : made.entrySet()) {
            assertThat(Files.readString(e.getKey())).isEqualTo(e.getValue());
        }
    }

    @Test
    void aMissingFolderIsReportedAsMissing() {
        assertThatThrownBy(() -> WriteStages.SYSTEM.createTempFile(dir.resolve("gone"), "t", ".tmp"))
                .isInstanceOf(NoSuchFileException.class);
    }
}
