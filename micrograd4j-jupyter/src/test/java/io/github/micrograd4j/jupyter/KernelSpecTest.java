package io.github.micrograd4j.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecTest {
    @TempDir
    Path dir;

    @Test
    void writesAKernelJsonThatStartsTheKernelWithTheClassPath() throws Exception {
        KernelSpec spec = new KernelSpec("micrograd4j", "Java \"quoted\"", Path.of("/jdk/bin/java"),
                List.of(Path.of("/k/kernel.jar"), Path.of("/m/micrograd4j.jar")));
        Path written = spec.writeTo(dir);
        assertThat(written).isEqualTo(dir.resolve("kernels").resolve("micrograd4j"));
        Map<?, ?> json = (Map<?, ?>) NotebookJson.read(written.resolve("kernel.json"));
        assertThat(new java.util.ArrayList<Object>((List<?>) json.get("argv"))).containsExactly("/jdk/bin/java", "-Djava.awt.headless=true", "-cp",
                "/k/kernel.jar" + java.io.File.pathSeparator + "/m/micrograd4j.jar", KernelSpec.KERNEL_MAIN,
                "{connection_file}");
        assertThat(json.get("display_name")).isEqualTo("Java \"quoted\"");
        assertThat(json.get("language")).isEqualTo("java");
    }

    @Test
    void removeDeletesTheSpecAndRefusesAFolderThatIsNotOne() throws Exception {
        Path jar = Files.writeString(dir.resolve("a.jar"), "jar");
        Path kernel = KernelSpec.kernelDir(dir, "k");
        List<Path> copies = KernelSpec.copyJars(List.of(jar), kernel.resolve("lib"));
        new KernelSpec("k", "K", Path.of("java"), copies).writeTo(dir);
        assertThat(Files.readString(copies.get(0))).isEqualTo("jar");
        assertThat(KernelSpec.remove(dir, "k")).isTrue();
        assertThat(kernel).doesNotExist();
        assertThat(KernelSpec.remove(dir, "k")).isFalse();

        Files.createDirectories(KernelSpec.kernelDir(dir, "other"));
        assertThatThrownBy(() -> KernelSpec.remove(dir, "other")).hasMessageContaining("has no kernel.json");
        assertThat(KernelSpec.kernelDir(dir, "other")).exists();
    }

    @Test
    void badNamesAndMissingJarsAreNamed() {
        assertThatThrownBy(() -> new KernelSpec("../x", "x", Path.of("java"), List.of(Path.of("a.jar"))))
                .hasMessageContaining("'../x'");
        assertThatThrownBy(() -> new KernelSpec("x", "x", Path.of("java"), List.of()))
                .hasMessageContaining("class path is empty");
        assertThatThrownBy(() -> KernelSpec.copyJars(List.of(dir.resolve("nope.jar")), dir.resolve("lib")))
                .hasMessageContaining("nope.jar");
    }

    @Test
    void userDataDirFollowsJupytersRules() {
        Path home = Path.of("/home/u");
        assertThat(KernelSpec.userDataDir(Map.of("JUPYTER_DATA_DIR", "/d"), "Linux", home)).isEqualTo(Path.of("/d"));
        assertThat(KernelSpec.userDataDir(Map.of(), "Linux", home)).isEqualTo(Path.of("/home/u/.local/share/jupyter"));
        assertThat(KernelSpec.userDataDir(Map.of("XDG_DATA_HOME", "/x"), "Linux", home)).isEqualTo(Path.of("/x/jupyter"));
        assertThat(KernelSpec.userDataDir(Map.of(), "Mac OS X", home)).isEqualTo(Path.of("/home/u/Library/Jupyter"));
    }
}
