package io.github.micrograd4j.cli.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data-sharing archive ({@code micrograd4j-cli/target/cds/}), each path that the
 * launcher's comment promises: a missing archive is made and used; a stale one (the jar rebuilt) is
 * replaced, and one whose name matches but whose contents were made for another jar is not used; a
 * truncated, emptied, overwritten or altered one is not used but made again (JDK 17 crashes on a
 * truncated archive and fails on altered bytes); {@code MICROGRAD_CDS=0} and a cds folder that cannot
 * be written never break a run. Each test runs the real launcher on a copy of the built jar in its own folder (only
 * the launcher and the jar: with no sources next to it, the jar is never stale), with a {@code mvn}
 * first on the {@code PATH} that fails, so that no test can build.
 *
 * <p>Whether a run used the archive is read from the JVM itself: {@code JAVA_OPTS} (which reaches the
 * command's JVM, not the archive's training run) turns on {@code -Xlog:class+load}, which names the
 * source of every class. The launcher's archive is a static one that replaces the JDK's default
 * archive, so JDK classes say {@code source: shared objects file} either way; micrograd4j's own
 * {@code Main} says so only when it came from the launcher's archive.
 */
class LauncherCdsIT {
    private static final Instant BUILT = Instant.parse("2021-06-01T12:00:00Z");
    private static final String PROGRAM = "a = 2; L = a * a";
    private static final String FROM_ARCHIVE = "io.github.micrograd4j.cli.Main source: shared objects file";
    private static final Map<String, String> LOG_CLASSES = Map.of("JAVA_OPTS", "-Xlog:class+load=info");

    @TempDir
    Path scratch;
    private Path root;
    private Path jar;
    private Path cds;

    @BeforeEach
    void copyTheLauncherAndTheJar() throws IOException {
        root = Files.createDirectories(scratch.resolve("project"));
        Path launcher = root.resolve("micrograd");
        Files.copy(Processes.property("micrograd.root").resolve("micrograd"), launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        jar = root.resolve("micrograd4j-cli/target/micrograd4j-cli-all.jar");
        Files.createDirectories(jar.getParent());
        Files.copy(Processes.property("micrograd.jar"), jar);
        Files.setLastModifiedTime(jar, FileTime.from(BUILT));
        cds = jar.resolveSibling("cds");
        Path bin = Files.createDirectories(scratch.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/usr/bin/env bash\necho 'planted: no build in this test' >&2\nexit 1\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Processes.Result launch(Map<String, String> extra) throws Exception {
        Map<String, String> env = new HashMap<>(extra);
        env.put("PATH", scratch.resolve("bin") + ":" + System.getenv("PATH"));
        List<String> command = new ArrayList<>(List.of(root.resolve("micrograd").toString(), "grad", PROGRAM));
        return Processes.run(scratch, env, 5, command);
    }

    /** A run that worked: exit 0, the right answer, nothing on stderr (no CDS warning, no build, no crash). */
    private static Processes.Result ok(Processes.Result run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("4.0").doesNotContain("A fatal error", "hs_err");
        assertThat(run.err()).isEmpty();
        return run;
    }

    private List<Path> filesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private Path theArchive() throws IOException {
        List<Path> files = filesIn(cds);
        assertThat(files).as("one archive and nothing else (no temporary file, no failure marker)").hasSize(1);
        // cli-JAR-JAVA-ARCHIVE.jsa, each part a modification time (to the nanosecond) and a size
        assertThat(files.get(0).getFileName().toString())
                .matches("cli-\\d+\\.\\d{9}-\\d+-\\d+\\.\\d{9}-\\d+-\\d+\\.\\d{9}-\\d+\\.jsa");
        return files.get(0);
    }

    /** The start of the archive's name for the jar at a modification time: {@code cli-SECONDS.NANOS-SIZE-}. */
    private String jarPart(Instant modified) throws IOException {
        return "cli-" + modified.getEpochSecond() + "." + String.format("%09d", modified.getNano()) + "-"
                + Files.size(jar) + "-";
    }

    @Test
    void aMissingArchiveIsMadeAndUsedByThatRunAndTheNext() throws Exception {
        assertThat(cds).doesNotExist();
        Processes.Result first = ok(launch(LOG_CLASSES));
        Path archive = theArchive();
        assertThat(archive.getFileName().toString())
                .startsWith(jarPart(BUILT))
                .endsWith("-" + Files.getLastModifiedTime(archive).toInstant().getEpochSecond() + "."
                        + String.format("%09d", Files.getLastModifiedTime(archive).toInstant().getNano()) + "-"
                        + Files.size(archive) + ".jsa");
        assertThat(first.out()).contains(FROM_ARCHIVE);
        FileTime made = Files.getLastModifiedTime(archive);
        Processes.Result second = ok(launch(LOG_CLASSES));
        assertThat(second.out()).contains(FROM_ARCHIVE);
        assertThat(theArchive()).isEqualTo(archive);
        assertThat(Files.getLastModifiedTime(archive)).as("not made again").isEqualTo(made);
    }

    @Test
    void aRebuiltJarGetsANewArchiveAndTheOldOneIsRemoved() throws Exception {
        ok(launch(Map.of()));
        Path old = theArchive();
        Files.setLastModifiedTime(jar, FileTime.from(BUILT.plusSeconds(60))); // as a rebuild or a touch does
        Processes.Result run = ok(launch(LOG_CLASSES));
        Path fresh = theArchive();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(old).doesNotExist();
        assertThat(run.out()).contains(FROM_ARCHIVE);
    }

    @Test
    void anArchiveWithTheRightNameMadeForAnotherJarIsNotUsed() throws Exception {
        ok(launch(Map.of()));
        Path made = theArchive();
        // the jar changes but the archive under its new name holds the old jar's classes (a copied
        // folder, a clock set back): the JVM checks the jar's time and size itself and refuses it
        Instant later = BUILT.plusSeconds(120);
        Files.setLastModifiedTime(jar, FileTime.from(later));
        String name = made.getFileName().toString().replace(jarPart(BUILT), jarPart(later));
        assertThat(name).startsWith(jarPart(later));
        Files.move(made, cds.resolve(name)); // a rename keeps the archive's own time and size
        assertThat(theArchive()).isEqualTo(cds.resolve(name));
        Processes.Result run = ok(launch(LOG_CLASSES));
        assertThat(run.out()).doesNotContain(FROM_ARCHIVE);
        assertThat(run.out()).contains("io.github.micrograd4j.cli.Main source: ");
        assertThat(theArchive()).as("the launcher cannot tell; the archive stays, unused").isEqualTo(cds.resolve(name));
    }

    @Test
    void aTruncatedEmptiedOrOverwrittenArchiveIsNotUsedButMadeAgain() throws Exception {
        ok(launch(Map.of()));
        byte[] good = Files.readAllBytes(theArchive());
        Random random = new Random(12);
        Map<String, byte[]> damaged = new LinkedHashMap<>();
        damaged.put("truncated to half", Arrays.copyOf(good, good.length / 2)); // JDK 17: SIGBUS
        damaged.put("truncated to its header", Arrays.copyOf(good, Math.min(good.length, 4096)));
        damaged.put("empty", new byte[0]);
        byte[] noise = new byte[good.length];
        random.nextBytes(noise);
        damaged.put("random bytes", noise);
        damaged.put("zeros", new byte[good.length]);
        damaged.put("longer", Arrays.copyOf(good, good.length + 4096));
        for (Map.Entry<String, byte[]> d : damaged.entrySet()) {
            Path archive = theArchive();
            writable(archive);
            Files.write(archive, d.getValue());
            Processes.Result run = launch(LOG_CLASSES);
            assertThat(run.exitCode()).as(d.getKey() + ": " + run.err()).isZero();
            ok(run);
            assertThat(archive).as(d.getKey()).doesNotExist();
            assertThat(theArchive()).as(d.getKey()).isNotEqualTo(archive);
            assertThat(run.out()).as(d.getKey()).contains(FROM_ARCHIVE);
        }
    }

    @Test
    void anArchiveWithBytesAlteredInsideIsNotUsedButMadeAgain() throws Exception {
        ok(launch(Map.of()));
        Path archive = theArchive();
        writable(archive);
        long size = Files.size(archive);
        Random random = new Random(13);
        try (RandomAccessFile f = new RandomAccessFile(archive.toFile(), "rw")) {
            // past the header, where the classes are: JDK 17 then fails with NoClassDefFoundError
            for (int i = 0; i < 64; i++) {
                f.seek(size / 4 + (long) (random.nextDouble() * (size / 2)));
                f.write(random.nextInt(256));
            }
        }
        Processes.Result run = launch(LOG_CLASSES);
        assertThat(run.exitCode()).as(run.err()).isZero();
        ok(run);
        assertThat(archive).doesNotExist();
        assertThat(theArchive()).isNotEqualTo(archive);
        assertThat(run.out()).contains(FROM_ARCHIVE);
    }

    /** The JVM writes its archive read-only. */
    private static void writable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }

    @Test
    void microgradCds0RunsWithoutAnArchiveAndMakesNone() throws Exception {
        Map<String, String> off = new HashMap<>(LOG_CLASSES);
        off.put("MICROGRAD_CDS", "0");
        Processes.Result run = ok(launch(off));
        assertThat(run.out()).doesNotContain(FROM_ARCHIVE);
        assertThat(cds).doesNotExist();
        // nor does it use one that is there
        ok(launch(Map.of()));
        assertThat(filesIn(cds)).hasSize(1);
        assertThat(ok(launch(off)).out()).doesNotContain(FROM_ARCHIVE);
    }

    @Test
    void aCdsPathThatIsAFileRunsWithoutAnArchive() throws Exception {
        Files.writeString(cds, "not a folder\n");
        for (int i = 0; i < 2; i++) {
            Processes.Result run = ok(launch(LOG_CLASSES));
            assertThat(run.out()).doesNotContain(FROM_ARCHIVE);
        }
        assertThat(Files.readString(cds)).isEqualTo("not a folder\n");
    }

    @Test
    void aCdsFolderThatCannotBeWrittenRunsWithoutAnArchive() throws Exception {
        assumeThat(System.getProperty("user.name")).as("root writes into a read-only folder").isNotEqualTo("root");
        Files.createDirectories(cds);
        Files.setPosixFilePermissions(cds, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            for (int i = 0; i < 2; i++) {
                Processes.Result run = ok(launch(LOG_CLASSES));
                assertThat(run.out()).doesNotContain(FROM_ARCHIVE);
            }
            assertThat(filesIn(cds)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(cds, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aTargetFolderThatCannotBeWrittenRunsWithoutAnArchive() throws Exception {
        assumeThat(System.getProperty("user.name")).as("root writes into a read-only folder").isNotEqualTo("root");
        Path target = jar.getParent();
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            ok(launch(Map.of()));
            assertThat(cds).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
