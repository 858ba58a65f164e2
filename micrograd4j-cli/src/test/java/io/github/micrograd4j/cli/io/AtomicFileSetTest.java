package io.github.micrograd4j.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.cli.io.FailingWriteStages.Stage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A set of files is written all or nothing: a failure injected at any stage of any file of the set
 * (its temporary file, its content, forcing it to disk, the backup of the file it replaces, its move
 * into place) leaves the directory exactly as it was, byte for byte, with no temporary file.
 */
class AtomicFileSetTest {
    private static final String[] DEMO = {"graph.dot", "graph.svg", "graph.png", "walkthrough.html"};

    @TempDir
    Path dir;

    /** Every file in the directory with its content. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }

    private AtomicFileSet set(WriteStages storage, String... names) {
        AtomicFileSet set = new AtomicFileSet(storage);
        for (String name : names) {
            set.addString(dir.resolve(name), "new " + name);
        }
        return set;
    }

    @Test
    void allFilesAreWrittenWhenNothingFails() throws IOException {
        Files.writeString(dir.resolve("graph.svg"), "old");
        set(WriteStages.SYSTEM, DEMO).commit();
        Map<String, String> expected = new TreeMap<>();
        for (String name : DEMO) {
            expected.put(name, "new " + name);
        }
        assertThat(snapshot()).isEqualTo(expected);
    }

    @Test
    void aFailureAtEachFileOfTheDemoSetLeavesTheOldSet() throws IOException {
        for (boolean existing : new boolean[] {false, true}) {
            for (Stage stage : new Stage[] {Stage.CREATE_TEMP, Stage.WRITE, Stage.FORCE, Stage.MOVE, Stage.COPY}) {
                for (int file = 0; file < DEMO.length; file++) {
                    if (stage == Stage.COPY && !existing) {
                        continue; // no previous file, no backup to copy
                    }
                    clear();
                    if (existing) {
                        for (String name : DEMO) {
                            Files.writeString(dir.resolve(name), "old " + name);
                        }
                    }
                    Map<String, String> before = snapshot();
                    FailingWriteStages storage = new FailingWriteStages(stage, file);
                    String where = stage + " of file " + file + (existing ? " replacing files" : " into an empty directory");
                    assertThatThrownBy(() -> set(storage, DEMO).commit()).as(where)
                            .isInstanceOf(OutputException.class)
                            .hasMessageStartingWith("cannot write ")
                            .hasMessageEndingWith(": injected failure at " + stage);
                    assertThat(storage.fired).as(where).isEqualTo(1);
                    assertThat(snapshot()).as(where).isEqualTo(before);
                }
            }
        }
    }

    @Test
    void theErrorNamesTheFileThatFailed() {
        FailingWriteStages storage = new FailingWriteStages(Stage.MOVE, 2);
        assertThatThrownBy(() -> set(storage, DEMO).commit())
                .hasMessage("cannot write " + dir.resolve(DEMO[2]) + ": injected failure at MOVE");
    }

    @Test
    void aContentThatThrowsLeavesTheOldSet() throws IOException {
        Files.writeString(dir.resolve("a.svg"), "old a");
        Map<String, String> before = snapshot();
        AtomicFileSet set = new AtomicFileSet().addString(dir.resolve("a.svg"), "new a")
                .add(dir.resolve("b.svg"), out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IllegalStateException("renderer bug");
                });
        assertThatThrownBy(set::commit).isInstanceOf(IllegalStateException.class).hasMessage("renderer bug");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theSameTargetTwiceIsRefused() {
        AtomicFileSet set = new AtomicFileSet().addString(dir.resolve("a.svg"), "one");
        assertThatThrownBy(() -> set.addString(dir.resolve("x/../a.svg"), "two"))
                .isInstanceOf(OutputException.class).hasMessageContaining("twice");
    }

    @Test
    void aBadTargetIsRefusedWhenAdded() {
        assertThatThrownBy(() -> new AtomicFileSet().addString(dir.resolve("missing/a.svg"), "x"))
                .isInstanceOf(OutputException.class).hasMessageContaining("does not exist");
    }

    @Test
    void seededRandomSetsAreAllOrNothing() throws IOException {
        Stage[] stages = {Stage.CREATE_TEMP, Stage.OPEN, Stage.WRITE, Stage.FLUSH, Stage.FORCE, Stage.CLOSE,
            Stage.MOVE, Stage.COPY, Stage.ATOMIC_MOVE_UNSUPPORTED};
        int failed = 0;
        for (long seed = 0; seed < 300; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            clear();
            int n = 1 + rng.nextInt(8);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String name = "step-" + i + ".svg";
                names.add(name);
                if (rng.nextBoolean()) {
                    Files.writeString(dir.resolve(name), "old " + seed + " " + i);
                }
            }
            if (rng.nextBoolean()) {
                Files.writeString(dir.resolve("bystander.txt"), "untouched");
            }
            Map<String, String> before = snapshot();
            Stage stage = stages[rng.nextInt(stages.length)];
            FailingWriteStages storage = new FailingWriteStages(stage, rng.nextInt(2 * n));
            AtomicFileSet set = new AtomicFileSet(storage);
            Map<String, String> after = new TreeMap<>(before);
            for (String name : names) {
                String content = "new " + seed + " " + name;
                set.addString(dir.resolve(name), content);
                after.put(name, content);
            }
            try {
                set.commit();
                if (stage != Stage.ATOMIC_MOVE_UNSUPPORTED) {
                    assertThat(storage.fired).as("seed %d: no failure injected", seed).isZero();
                }
                assertThat(snapshot()).as("seed %d", seed).isEqualTo(after);
            } catch (OutputException e) {
                failed++;
                assertThat(storage.fired).as("seed %d", seed).isEqualTo(1);
                assertThat(snapshot()).as("seed %d: %s", seed, e.getMessage()).isEqualTo(before);
            }
        }
        System.out.println("AtomicFileSetTest: 300 random sets, " + failed + " failed part way and were rolled back");
        assertThat(failed).as("enough sets failed to prove the roll-back").isGreaterThan(100);
    }

    private void clear() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                Files.delete(p);
            }
        }
    }
}
