package io.github.micrograd4j.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write leaves the previous file as it was and no temporary file behind. */
class AtomicFilesTest {
    private static final String PREVIOUS = "previous content\n";

    @TempDir
    Path dir;

    private List<String> entries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAndReplaces() throws IOException {
        Path target = dir.resolve("out.txt");
        AtomicFiles.writeString(target, "one");
        AtomicFiles.writeString(target, "two");
        assertThat(Files.readString(target)).isEqualTo("two");
        assertThat(entries()).containsExactly("out.txt");
    }

    @Test
    void aSymbolicLinkIsFollowedAndKept() throws IOException {
        Path real = Files.writeString(dir.resolve("real.dot"), PREVIOUS);
        Path link = Files.createSymbolicLink(dir.resolve("link.dot"), real.getFileName());
        AtomicFiles.writeString(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(entries()).containsExactly("link.dot", "real.dot");

        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.dot"), Path.of("created.dot"));
        AtomicFiles.writeString(dangling, "made");
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(Files.readString(dir.resolve("created.dot"))).isEqualTo("made");
    }

    @Test
    void aPipeOrDeviceIsRefusedAndLeftAlone() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "mkfifo (coreutils) is needed");
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThatThrownBy(() -> AtomicFiles.writeString(fifo, "x")).isInstanceOf(OutputException.class)
                .hasMessage("cannot write " + fifo + ": it is not a regular file (a device, pipe or socket), so it "
                        + "is left alone");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
        assertThat(entries()).containsExactly("pipe");
        Path device = Path.of("/dev/null");
        assertThatThrownBy(() -> AtomicFiles.checkTarget(device)).isInstanceOf(OutputException.class)
                .hasMessageContaining("not a regular file");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("graph.svg");
        Files.writeString(target, PREVIOUS);
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("<svg>half a picture".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException("disk full");
        })).isInstanceOf(OutputException.class).hasMessage("cannot write " + target + ": disk full");
        assertThat(Files.readString(target)).isEqualTo(PREVIOUS);
        assertThat(entries()).containsExactly("graph.svg");
    }

    @Test
    void aRuntimeFailureInTheContentAlsoLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("model.json");
        Files.writeString(target, PREVIOUS);
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write('{');
            throw new IllegalStateException("serializer bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(target)).isEqualTo(PREVIOUS);
        assertThat(entries()).containsExactly("model.json");
    }

    @Test
    void aTargetThatIsADirectoryIsRefusedAndLeftAlone() throws IOException {
        Path target = Files.createDirectory(dir.resolve("plots"));
        Files.writeString(target.resolve("keep.txt"), PREVIOUS);
        assertThatThrownBy(() -> AtomicFiles.writeString(target, "x")).isInstanceOf(OutputException.class)
                .hasMessage("cannot write " + target + ": it is a directory");
        assertThat(Files.readString(target.resolve("keep.txt"))).isEqualTo(PREVIOUS);
        assertThat(entries()).containsExactly("plots");
    }

    @Test
    void aMissingDirectoryOrAFileAsDirectoryIsRefused() throws IOException {
        assertThatThrownBy(() -> AtomicFiles.writeString(dir.resolve("nope/out.dot"), "x"))
                .isInstanceOf(OutputException.class).hasMessageContaining("does not exist");
        Path file = Files.writeString(dir.resolve("file"), PREVIOUS);
        // the reason names the file in the way, not a "missing" directory
        assertThatThrownBy(() -> AtomicFiles.writeString(file.resolve("out.dot"), "x"))
                .isInstanceOf(OutputException.class).hasMessageEndingWith(": " + file + " is not a directory");
        assertThatThrownBy(() -> AtomicFiles.writeString(file.resolve("a/b/out.dot"), "x"))
                .isInstanceOf(OutputException.class).hasMessageEndingWith(": " + file + " is not a directory");
        assertThatThrownBy(() -> AtomicFiles.ensureDirectory(file.resolve("sub")))
                .isInstanceOf(OutputException.class).hasMessageStartingWith("cannot create directory");
        assertThat(Files.readString(file)).isEqualTo(PREVIOUS);
        assertThat(entries()).containsExactly("file");
    }

    @Test
    void anUnwritableDirectoryLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Path target = Files.writeString(locked.resolve("out.dot"), PREVIOUS);
        lock(locked);
        try {
            assertThatThrownBy(() -> AtomicFiles.writeString(target, "new")).isInstanceOf(OutputException.class)
                    .hasMessageStartingWith("cannot write " + target + ": ");
        } finally {
            unlock(locked);
        }
        assertThat(Files.readString(target)).isEqualTo(PREVIOUS);
        try (Stream<Path> files = Files.list(locked)) {
            assertThat(files).containsExactly(target);
        }
    }

    /** Root ignores permission bits, so as root the directory is made immutable instead (ext4 and kin). */
    private static void lock(Path directory) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            Assumptions.assumeTrue(directory.toFile().setWritable(false, false), "cannot make a directory read-only");
            return;
        }
        Process chattr;
        try {
            chattr = new ProcessBuilder("chattr", "+i", directory.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("running as root without chattr: cannot make a directory unwritable");
            return;
        }
        Assumptions.assumeTrue(chattr.waitFor() == 0, "this file system does not support chattr +i");
    }

    private static void unlock(Path directory) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            directory.toFile().setWritable(true, false);
            return;
        }
        new ProcessBuilder("chattr", "-i", directory.toString()).redirectErrorStream(true).start().waitFor();
    }

    @Test
    void aNewFileIsReadableByOthersAndAReplacedOneKeepsItsPermissions() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path fresh = dir.resolve("fresh.dot");
        AtomicFiles.writeString(fresh, "x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");

        Path kept = Files.writeString(dir.resolve("kept.dot"), PREVIOUS);
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.writeString(kept, "y");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-rw----");
    }

    @Test
    void theChecksBeforeLongWorkGiveTheWritesMessagesAndTouchNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("f.txt"), "keep");
        AtomicFiles.checkTarget(dir.resolve("new.txt"));
        AtomicFiles.checkTarget(file);
        assertThatThrownBy(() -> AtomicFiles.checkTarget(dir))
                .isInstanceOf(OutputException.class).hasMessage("cannot write " + dir + ": it is a directory");
        assertThatThrownBy(() -> AtomicFiles.checkTarget(dir.resolve("no/x.txt")))
                .isInstanceOf(OutputException.class).hasMessageContaining("does not exist");
        AtomicFiles.checkDirectoryCreatable(dir);
        AtomicFiles.checkDirectoryCreatable(dir.resolve("a/b/c"));
        assertThatThrownBy(() -> AtomicFiles.checkDirectoryCreatable(file))
                .isInstanceOf(OutputException.class)
                .hasMessage("cannot create directory " + file + ": a file of that name exists");
        assertThatThrownBy(() -> AtomicFiles.checkDirectoryCreatable(file.resolve("sub")))
                .isInstanceOf(OutputException.class)
                .hasMessageStartingWith("cannot create directory " + file.resolve("sub") + ": a file of that name exists");
        assertThat(dir.resolve("a")).doesNotExist();
        assertThat(dir.resolve("new.txt")).doesNotExist();
        assertThat(file).hasContent("keep");
    }
}
