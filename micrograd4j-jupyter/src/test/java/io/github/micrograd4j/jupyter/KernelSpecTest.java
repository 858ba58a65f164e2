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
    void kernelJsonStartsTheKernelWithTheClassPath() throws Exception {
        KernelSpec spec = new KernelSpec("micrograd4j", "Java \"quoted\"", Path.of("/jdk/bin/java"),
                List.of(Path.of("/k/kernel.jar"), Path.of("/m/micrograd4j.jar")));
        Path file = Files.writeString(dir.resolve(KernelSpec.FILE_NAME), spec.json());
        Map<?, ?> json = (Map<?, ?>) NotebookJson.read(file);
        List<Object> expected = new java.util.ArrayList<>(List.of("/jdk/bin/java"));
        expected.addAll(io.github.micrograd4j.core.LoopJvmOptions.list());
        expected.addAll(List.of("-Djava.awt.headless=true",
                "-Djava.util.logging.config.class=io.github.micrograd4j.jupyter.KernelLogging", "-cp",
                "/k/kernel.jar" + java.io.File.pathSeparator + "/m/micrograd4j.jar", KernelSpec.KERNEL_MAIN,
                "{connection_file}"));
        assertThat(new java.util.ArrayList<Object>((List<?>) json.get("argv"))).containsExactlyElementsOf(expected)
                .contains("-XX:+UseParallelGC");
        assertThat(json.get("display_name")).isEqualTo("Java \"quoted\"");
        assertThat(json.get("language")).isEqualTo("java");
        assertThat(KernelSpec.kernelDir(dir, "micrograd4j")).isEqualTo(dir.resolve("kernels").resolve("micrograd4j"));
    }

    @Test
    void ofPutsThePatchJarFirstThenTheKernelThenMicrograd4jOnce() {
        Path patch = Path.of("/s/lib/" + KernelPatch.FILE_NAME);
        Path kernel = Path.of("/s/lib/rapaio-jupyter-kernel-3.0.1.jar");
        Path classes = Path.of("/m/classes");
        KernelSpec spec = KernelSpec.of("micrograd4j", "Java", Path.of("java"), patch, kernel,
                List.of(classes, kernel, Path.of("/m/viz.jar")), Path.of("/s/" + KernelSpec.STARTUP_FILE));
        // rapaio's jar may be on the caller's list too (a test's class path): it stays second, not again later
        assertThat(spec.classpath()).containsExactly(patch, kernel, classes, Path.of("/m/viz.jar"));
    }

    @Test
    void theStartUpScriptIsInTheKernelsEnvironmentAndImportsGrad() throws Exception {
        Path startup = dir.resolve(KernelSpec.STARTUP_FILE);
        KernelSpec spec = KernelSpec.of("micrograd4j", "Java", Path.of("java"), dir.resolve("p.jar"),
                dir.resolve("k.jar"), List.of(), startup);
        Map<?, ?> json = (Map<?, ?>) NotebookJson.read(Files.writeString(dir.resolve(KernelSpec.FILE_NAME), spec.json()));
        assertThat(json.get("env")).isEqualTo(Map.of("RJK_INIT_SCRIPT", startup.toString()));
        // the one snippet imports a method that is there: grad(String), static, returning what the displays show
        assertThat(KernelSpec.startupScript()).isEqualTo("import static io.github.micrograd4j.jupyter.GradCell.grad;\n");
        java.lang.reflect.Method grad = GradCell.class.getMethod("grad", String.class);
        assertThat(java.lang.reflect.Modifier.isStatic(grad.getModifiers())).isTrue();
        assertThat(Displays.types()).containsKey(grad.getReturnType());
        // without a script, the environment stays empty
        Map<?, ?> plain = (Map<?, ?>) NotebookJson.read(Files.writeString(dir.resolve("plain.json"),
                new KernelSpec("k", "K", Path.of("java"), List.of(Path.of("a.jar"))).json()));
        assertThat((Map<?, ?>) plain.get("env")).isEmpty();
    }

    @Test
    void jupyterSearchesJupyterPathTheUserDataDirAndTheSystemDirsOnly() {
        Path home = Path.of("/home/u");
        Map<String, String> none = Map.of();
        assertThat(KernelSpec.searchedByJupyter(Path.of("/home/u/.local/share/jupyter"), none, "Linux", home)).isTrue();
        assertThat(KernelSpec.searchedByJupyter(Path.of("/usr/share/jupyter"), none, "Linux", home)).isTrue();
        assertThat(KernelSpec.searchedByJupyter(Path.of("/tmp/mg-jupyter"), none, "Linux", home)).isFalse();
        assertThat(KernelSpec.searchedByJupyter(Path.of("/tmp/mg-jupyter/"),
                Map.of("JUPYTER_PATH", "/a" + java.io.File.pathSeparator + "/tmp/mg-jupyter"), "Linux", home)).isTrue();
        assertThat(KernelSpec.searchedByJupyter(Path.of("/d"), Map.of("JUPYTER_DATA_DIR", "/d"), "Linux", home)).isTrue();
        assertThat(KernelSpec.searchedByJupyter(Path.of("/usr/share/jupyter"), none, "Windows 11", home)).isFalse();
    }

    @Test
    void removeDeletesTheSpecAndRefusesAFolderThatIsNotOne() throws Exception {
        Path kernel = Files.createDirectories(KernelSpec.kernelDir(dir, "k").resolve("lib"));
        Files.writeString(kernel.resolve("a.jar"), "jar");
        Files.writeString(kernel.resolveSibling(KernelSpec.FILE_NAME), "{}");
        assertThat(KernelSpec.remove(dir, "k")).isTrue();
        assertThat(KernelSpec.kernelDir(dir, "k")).doesNotExist();
        assertThat(KernelSpec.remove(dir, "k")).isFalse();

        Files.createDirectories(KernelSpec.kernelDir(dir, "other"));
        assertThatThrownBy(() -> KernelSpec.remove(dir, "other")).hasMessageContaining("has no kernel.json");
        assertThat(KernelSpec.kernelDir(dir, "other")).exists();
    }

    @Test
    void badNamesAndAnEmptyClassPathAreNamed() {
        assertThatThrownBy(() -> new KernelSpec("../x", "x", Path.of("java"), List.of(Path.of("a.jar"))))
                .hasMessageContaining("'../x'");
        assertThatThrownBy(() -> new KernelSpec("x", "x", Path.of("java"), List.of()))
                .hasMessageContaining("class path is empty");
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
