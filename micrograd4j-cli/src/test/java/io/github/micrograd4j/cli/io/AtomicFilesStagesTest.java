package io.github.micrograd4j.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.cli.io.FailingWriteStages.Stage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A write that fails at any one of its stages (creating the temporary file, opening it, writing,
 * flushing, forcing to disk, closing, moving into place) leaves the previous file as it was, or no
 * file if there was none, no temporary file, and a one-line error naming the file and the cause.
 * Injected through {@link WriteStages}, so it runs without root on any file system.
 */
class AtomicFilesStagesTest {
    private static final String PREVIOUS = "previous content\n";
    /** Large enough that the buffered stream writes through before the final flush. */
    private static final byte[] CONTENT = "0123456789abcdef".repeat(2048).getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private List<String> entries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"CREATE_TEMP", "OPEN", "WRITE", "FLUSH", "FORCE", "CLOSE", "MOVE"})
    void aFailureAtAnyStageLeavesThePreviousFileAndNoTemporaryFile(Stage stage) throws IOException {
        Path target = Files.writeString(dir.resolve("graph.svg"), PREVIOUS);
        FailingWriteStages storage = new FailingWriteStages(stage, 0);
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write(CONTENT), storage))
                .isInstanceOf(OutputException.class)
                .hasMessage("cannot write " + target + ": injected failure at " + stage);
        assertThat(storage.fired).as("the failure was injected").isEqualTo(1);
        assertThat(Files.readString(target)).isEqualTo(PREVIOUS);
        assertThat(entries()).containsExactly("graph.svg");
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"CREATE_TEMP", "WRITE", "FLUSH", "FORCE", "MOVE"})
    void aFailedFirstWriteLeavesNoFileAtAll(Stage stage) throws IOException {
        Path target = dir.resolve("new.dot");
        FailingWriteStages storage = new FailingWriteStages(stage, 0);
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write(CONTENT), storage))
                .isInstanceOf(OutputException.class);
        assertThat(storage.fired).isEqualTo(1);
        assertThat(entries()).isEmpty();
    }

    @Test
    void withoutAnAtomicMoveTheFileIsStillReplacedByAPlainMove() throws IOException {
        Path target = Files.writeString(dir.resolve("graph.dot"), PREVIOUS);
        FailingWriteStages storage = new FailingWriteStages(Stage.ATOMIC_MOVE_UNSUPPORTED, 0);
        AtomicFiles.write(target, out -> out.write(CONTENT), storage);
        assertThat(storage.fired).as("the atomic move was refused").isEqualTo(1);
        assertThat(Files.readAllBytes(target)).isEqualTo(CONTENT);
        assertThat(entries()).containsExactly("graph.dot");
    }

    @Test
    void whenThePlainMoveFailsTooNothingChanges() throws IOException {
        Path target = Files.writeString(dir.resolve("graph.dot"), PREVIOUS);
        FailingWriteStages storage = new FailingWriteStages(Stage.ATOMIC_MOVE_UNSUPPORTED, 0) {
            private boolean atomicRefused;

            @Override
            public void move(Path from, Path to, java.nio.file.CopyOption... options) throws IOException {
                if (atomicRefused) {
                    throw new IOException("no space left on device");
                }
                atomicRefused = true;
                super.move(from, to, options);
            }
        };
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write(CONTENT), storage))
                .isInstanceOf(OutputException.class)
                .hasMessage("cannot write " + target + ": no space left on device");
        assertThat(Files.readString(target)).isEqualTo(PREVIOUS);
        assertThat(entries()).containsExactly("graph.dot");
    }

    @Test
    void permissionDeniedCreatingTheTemporaryFileIsSaidInWords() throws IOException {
        Path target = dir.resolve("out.txt");
        WriteStages denied = new WriteStages() {
            @Override
            public Path createTempFile(Path d, String prefix, String suffix) throws IOException {
                throw new java.nio.file.AccessDeniedException(d.toString());
            }
        };
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write(CONTENT), denied))
                .isInstanceOf(OutputException.class)
                .hasMessage("cannot write " + target + ": permission denied");
        assertThat(entries()).isEmpty();
    }
}
