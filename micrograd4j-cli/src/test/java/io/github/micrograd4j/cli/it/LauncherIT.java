package io.github.micrograd4j.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./micrograd} launcher, run as a script in a scratch copy of the project (its POMs and
 * sources, with the jar this build made): it runs the jar when it is newer than every source, rebuilds
 * when a source is newer, passes {@code JAVA_OPTS} to the JVM, and turns a failed build into exit
 * code 2 with Maven's output. Most cases put a stand-in {@code mvn} first on the {@code PATH} (it
 * records its arguments, then builds by copying the jar, or fails); one runs the real Maven, offline,
 * on the copy.
 */
class LauncherIT {
    private static final Instant OLD = Instant.parse("2020-01-01T00:00:00Z");

    @TempDir
    Path scratch;
    private Path root;
    private Path jar;

    /** Copies the launcher, every POM and every module's sources; all older than the copied jar. */
    @BeforeEach
    void copyTheProject() throws IOException {
        Path source = Processes.property("micrograd.root");
        root = scratch.resolve("project");
        Files.createDirectories(root);
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                String name = d.getFileName() == null ? "" : d.getFileName().toString();
                if (!d.equals(source) && (name.startsWith(".") || name.equals("target") || name.equals("docs"))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(root.resolve(source.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                // directories too: the launcher's search matches src/main/ directories as well as files
                Files.setLastModifiedTime(root.resolve(source.relativize(d).toString()), FileTime.from(OLD));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                Path to = root.resolve(source.relativize(f).toString());
                Files.copy(f, to, StandardCopyOption.COPY_ATTRIBUTES);
                Files.setLastModifiedTime(to, FileTime.from(OLD));
                return FileVisitResult.CONTINUE;
            }
        });
        jar = root.resolve("micrograd4j-cli/target/micrograd4j-cli-all.jar");
        Files.createDirectories(jar.getParent());
        Files.copy(Processes.property("micrograd.jar"), jar);
        Files.setLastModifiedTime(jar, FileTime.from(OLD.plusSeconds(3600)));
        // the real Maven, when a test uses it, works offline from the local repository
        Files.createDirectories(root.resolve(".mvn"));
        Files.writeString(root.resolve(".mvn/maven.config"), "-o\n");
    }

    /** A stand-in {@code mvn}: records its arguments, then copies the jar into place or fails. */
    private Path fakeMaven(boolean fail) throws IOException {
        Path bin = Files.createDirectories(scratch.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        String body = fail
                ? "echo \"[ERROR] planted compilation failure in Broken.java\"\nexit 1\n"
                : "mkdir -p micrograd4j-cli/target\ncp '" + Processes.property("micrograd.jar")
                        + "' micrograd4j-cli/target/micrograd4j-cli-all.jar\n";
        Files.writeString(mvn, "#!/usr/bin/env bash\necho \"$PWD|$*\" >> '" + scratch.resolve("mvn-calls")
                + "'\n" + body);
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private List<String> mavenCalls() throws IOException {
        Path calls = scratch.resolve("mvn-calls");
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    private Processes.Result launch(Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(root.resolve("micrograd").toString()));
        command.addAll(List.of(args));
        return Processes.run(scratch, env, 10, command);
    }

    private Map<String, String> pathFirst(Path bin) {
        return Map.of("PATH", bin + ":" + System.getenv("PATH"));
    }

    @Test
    void aFreshJarRunsWithoutABuildAndGetsJavaOpts() throws Exception {
        Path bin = fakeMaven(false);
        Map<String, String> env = new java.util.HashMap<>(pathFirst(bin));
        // two options, split as the shell splits them; the second makes the JVM print its flags
        env.put("JAVA_OPTS", "-Xmx96m -XX:+PrintCommandLineFlags");
        Processes.Result run = launch(env, "grad", "a = 2; L = a * a");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(mavenCalls()).as("no build for a fresh jar").isEmpty();
        assertThat(run.err()).doesNotContain("building");
        assertThat(run.out()).contains("-XX:MaxHeapSize=" + 96L * 1024 * 1024).contains("4.0");
        // a short command keeps G1 (the archive's heap objects need it), not the loop options
        assertThat(run.out()).contains("-XX:+UseG1GC").doesNotContain("UseParallelGC");
    }

    @Test
    void theLoopCommandsRunWithTheLoopOptions() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(pathFirst(fakeMaven(false)));
        env.put("JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        Processes.Result run = launch(env, "train", "--steps", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String option : io.github.micrograd4j.core.LoopJvmOptions.list()) {
            String printed = option.startsWith("-Xmn") ? "-XX:NewSize=" + 64L * 1024 * 1024 : option;
            assertThat(run.out()).as(option).contains(printed);
        }
        // without the file (a copy of the launcher alone) it still runs, with the JVM's defaults
        Files.delete(root.resolve("micrograd4j-core/src/main/resources/io/github/micrograd4j/core/"
                + io.github.micrograd4j.core.LoopJvmOptions.FILE_NAME));
        Processes.Result untuned = launch(env, "train", "--steps", "1");
        assertThat(untuned.exitCode()).as(untuned.err()).isZero();
        assertThat(untuned.out()).doesNotContain("UseParallelGC");
    }

    @Test
    void aBuildSaysWhatItDoesAndShowsMavensModules() throws Exception {
        Path bin = fakeMaven(false);
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, Files.readString(mvn).replace("mkdir -p", "echo '[INFO] Building micrograd4j-core "
                + "0.1.0-SNAPSHOT                    [2/7]'\necho '[INFO] Compiling 3 source files'\nmkdir -p"));
        Files.delete(jar);
        Processes.Result run = launch(pathFirst(bin), "--version");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("micrograd: building the CLI with Maven", "about a minute",
                "micrograd:   [2/7] micrograd4j-core", "micrograd: built in ").doesNotContain("Compiling");
    }

    @Test
    void aSourceNewerThanTheJarRebuildsIt() throws Exception {
        Path bin = fakeMaven(false);
        Path source = root.resolve("micrograd4j-core/src/main/java/io/github/micrograd4j/core/Value.java");
        Files.setLastModifiedTime(source, FileTime.from(OLD.plusSeconds(7200)));
        Processes.Result run = launch(pathFirst(bin), "--version");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("micrograd: building the CLI");
        assertThat(mavenCalls()).hasSize(1);
        assertThat(mavenCalls().get(0)).startsWith(root + "|").contains("-pl micrograd4j-cli -am package");
        // the jar is new now: the next run does not build again
        assertThat(launch(pathFirst(bin), "--version").exitCode()).isZero();
        assertThat(mavenCalls()).hasSize(1);
    }

    @Test
    void aNewerPomAlsoRebuilds() throws Exception {
        Path bin = fakeMaven(false);
        Files.setLastModifiedTime(root.resolve("pom.xml"), FileTime.from(OLD.plusSeconds(7200)));
        assertThat(launch(pathFirst(bin), "--version").exitCode()).isZero();
        assertThat(mavenCalls()).hasSize(1);
    }

    @Test
    void aFailedBuildIsExitCode2WithMavensOutput() throws Exception {
        Path bin = fakeMaven(true);
        Files.delete(jar);
        Processes.Result run = launch(pathFirst(bin), "demo");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("[ERROR] planted compilation failure in Broken.java")
                .contains("the build failed");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theRealMavenBuildsTheJarOfflineAndAFailedCompileIsExitCode2() throws Exception {
        Files.delete(jar);
        Processes.Result built = launch(Map.of(), "grad", "a = 3; L = a * a");
        assertThat(built.exitCode()).as(built.err()).isZero();
        assertThat(built.out()).contains("9.0");
        assertThat(jar).isNotEmptyFile();

        Path broken = root.resolve("micrograd4j-core/src/main/java/io/github/micrograd4j/core/Broken.java");
        Files.writeString(broken, "package io.github.micrograd4j.core; class Broken { int x = ; }\n");
        Processes.Result failed = launch(Map.of(), "grad", "a = 3; L = a * a");
        assertThat(failed.exitCode()).isEqualTo(2);
        assertThat(failed.err()).contains("Broken.java").contains("[ERROR]").contains("the build failed");
    }
}
