package io.github.micrograd4j.jupyter;

import io.github.micrograd4j.core.LoopJvmOptions;
import io.github.micrograd4j.core.Numbers;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A Jupyter kernel spec ({@code kernels/NAME/kernel.json}) that starts rapaio's Java kernel with
 * micrograd4j on the JVM's class path, so a notebook needs no {@code %jars} cell and the kernel finds
 * micrograd4j's displays through its service interface at start-up (a notebook still imports the classes it
 * names). {@link #of} puts {@link KernelPatch}'s jar first, so the kernel runs with its corrected start-up and
 * quiet logging, and names a start-up script ({@link #startupScript()}) that gives every cell
 * {@code grad("""…""")}. This class gives the files' content and place; writing them is left to the caller
 * (the CLI writes every file through its atomic writer).
 *
 * @param name the spec's directory name, what {@code jupyter kernelspec list} shows
 * @param displayName the name front ends show
 * @param java the {@code java} executable that runs the kernel (a JDK: the kernel compiles with JShell)
 * @param classpath the patch jar, the kernel jar and micrograd4j's jars (or class directories), in the order the
 *     JVM searches them
 * @param startup the file with {@link #startupScript()}, which the kernel runs before the first cell (rapaio's
 *     {@code RJK_INIT_SCRIPT}), or {@code null} for none
 */
public record KernelSpec(String name, String displayName, Path java, List<Path> classpath, Path startup) {
    /** The name {@code ./micrograd jupyter install} uses. */
    public static final String DEFAULT_NAME = "micrograd4j";
    /** The spec's file name inside its directory. */
    public static final String FILE_NAME = "kernel.json";
    /** rapaio-jupyter-kernel's main class. */
    public static final String KERNEL_MAIN = "org.rapaio.jupyter.kernel.MainApp";
    /** The start-up script's file name in the spec's directory. */
    public static final String STARTUP_FILE = "micrograd4j-startup.jshell";
    /** The variable through which rapaio's kernel reads the path of a script to run at start-up. */
    static final String STARTUP_VARIABLE = "RJK_INIT_SCRIPT";

    /**
     * Checks the parts.
     *
     * @param name the directory name: letters, digits, {@code . _ -}
     * @param displayName the name front ends show
     * @param java the java executable
     * @param classpath the class path, not empty
     * @param startup the start-up script's file, or {@code null}
     * @throws IllegalArgumentException if the name is not a valid kernel name or the class path is empty
     */
    public KernelSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(java, "java");
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("a kernel name has letters, digits, '.', '_' and '-' only, got '"
                    + name + "'");
        }
        classpath = List.copyOf(classpath);
        if (classpath.isEmpty()) {
            throw new IllegalArgumentException("the kernel's class path is empty");
        }
    }

    /**
     * A spec without a start-up script.
     *
     * @param name the directory name: letters, digits, {@code . _ -}
     * @param displayName the name front ends show
     * @param java the java executable
     * @param classpath the class path, not empty
     * @throws IllegalArgumentException if the name is not a valid kernel name or the class path is empty
     */
    public KernelSpec(String name, String displayName, Path java, List<Path> classpath) {
        this(name, displayName, java, classpath, null);
    }

    /**
     * What the kernel runs before the first cell: the static import of {@link GradCell#grad(String)}, so that a
     * cell can be {@code grad("""a = 2; L = a*a""")} as the shell has {@code draw} and {@code explain}. One
     * snippet, since rapaio's kernel gives the whole script to JShell at once.
     *
     * @return the script's text
     */
    public static String startupScript() {
        return "import static " + GradCell.class.getName() + ".grad;\n";
    }

    /**
     * The spec of rapaio's kernel with {@link KernelPatch}'s jar ahead of rapaio's jar, so the JVM loads the
     * corrected classes and logging settings from it, and micrograd4j after both.
     *
     * @param name the spec's directory name
     * @param displayName the name front ends show
     * @param java the java executable
     * @param patchJar the jar {@link KernelPatch#writeJar} wrote
     * @param kernelJar rapaio-jupyter-kernel's jar
     * @param micrograd4j micrograd4j's jars or class folders
     * @param startup where the caller writes {@link #startupScript()}, usually {@link #STARTUP_FILE} in the spec's
     *     directory
     * @return the spec
     * @throws IllegalArgumentException if the name is not a valid kernel name
     */
    public static KernelSpec of(String name, String displayName, Path java, Path patchJar, Path kernelJar,
            List<Path> micrograd4j, Path startup) {
        List<Path> classpath = new ArrayList<>(List.of(patchJar, kernelJar));
        for (Path p : micrograd4j) {
            if (!classpath.contains(p)) {
                classpath.add(p);
            }
        }
        return new KernelSpec(name, displayName, java, classpath, Objects.requireNonNull(startup, "startup"));
    }

    /**
     * The {@code java} of the running JVM, so the kernel runs on the JDK that installed it.
     *
     * @return the executable's path
     */
    public static Path currentJava() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    /**
     * Jupyter's per-user data directory, where {@code jupyter kernelspec install --user} puts kernels:
     * {@code $JUPYTER_DATA_DIR}, else {@code $XDG_DATA_HOME/jupyter} or {@code ~/.local/share/jupyter} on
     * Linux, {@code ~/Library/Jupyter} on macOS, {@code %APPDATA%\jupyter} on Windows.
     *
     * @param env the environment
     * @param osName the {@code os.name} property
     * @param home the user's home directory
     * @return the directory (it may not exist yet)
     */
    public static Path userDataDir(Map<String, String> env, String osName, Path home) {
        String explicit = env.get("JUPYTER_DATA_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") && env.get("APPDATA") != null) {
            return Path.of(env.get("APPDATA"), "jupyter");
        } else if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Jupyter");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("jupyter");
    }

    /**
     * Whether Jupyter looks for kernels in {@code dataDir} without being told: it searches the directories on
     * {@code JUPYTER_PATH}, then its per-user data directory ({@link #userDataDir}), then its own installation's
     * and the system's ({@code /usr/local/share/jupyter} and {@code /usr/share/jupyter} outside Windows). A
     * kernel installed anywhere else is found only once its directory is on {@code JUPYTER_PATH}.
     *
     * @param dataDir the data directory a spec was installed in
     * @param env the environment
     * @param osName the {@code os.name} property
     * @param home the user's home directory
     * @return true if Jupyter searches it as things stand
     */
    public static boolean searchedByJupyter(Path dataDir, Map<String, String> env, String osName, Path home) {
        Path dir = dataDir.toAbsolutePath().normalize();
        List<Path> searched = new ArrayList<>();
        String jupyterPath = env.get("JUPYTER_PATH");
        if (jupyterPath != null) {
            for (String entry : jupyterPath.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    searched.add(Path.of(entry));
                }
            }
        }
        searched.add(userDataDir(env, osName, home));
        if (!osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            searched.add(Path.of("/usr/local/share/jupyter"));
            searched.add(Path.of("/usr/share/jupyter"));
        }
        return searched.stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(dir));
    }

    /**
     * The {@code kernel.json} text. The kernel's JVM gets {@link LoopJvmOptions}, as {@code ./micrograd}
     * gives the shell: a notebook that trains on the object graph runs the same loop. With a start-up script, its
     * path is in the kernel's environment as {@code RJK_INIT_SCRIPT}. The JVM sets its logging up with
     * {@link KernelLogging} before the kernel is built, so the kernel's start-up logs nothing below a warning.
     *
     * @return JSON
     */
    public String json() {
        List<String> argv = new ArrayList<>(List.of(java.toString()));
        argv.addAll(LoopJvmOptions.list());
        argv.addAll(List.of("-Djava.awt.headless=true",
                "-Djava.util.logging.config.class=" + KernelLogging.class.getName(), "-cp",
                String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()), KERNEL_MAIN,
                "{connection_file}"));
        StringBuilder json = new StringBuilder("{\n  \"argv\": [");
        for (int i = 0; i < argv.size(); i++) {
            json.append(i == 0 ? "" : ", ").append(quote(argv.get(i)));
        }
        json.append("],\n  \"display_name\": ").append(quote(displayName))
                .append(",\n  \"language\": \"java\",\n  \"interrupt_mode\": \"message\",\n  \"env\": {")
                .append(startup == null ? "" : quote(STARTUP_VARIABLE) + ": " + quote(startup.toString())).append("},\n")
                .append("  \"metadata\": {\"micrograd4j\": true}\n}\n");
        return json.toString();
    }

    /**
     * The directory of the spec {@code name} under a data directory.
     *
     * @param dataDir the data directory
     * @param name the spec's name
     * @return {@code DATA_DIR/kernels/NAME}
     */
    public static Path kernelDir(Path dataDir, String name) {
        return dataDir.resolve("kernels").resolve(name);
    }

    /**
     * Removes the spec {@code name} and everything in its directory.
     *
     * @param dataDir the data directory it was installed in
     * @param name the spec's name
     * @return true if there was one to remove
     * @throws UncheckedIOException if it cannot be removed
     * @throws IllegalArgumentException if the directory is not a kernel spec (has no kernel.json)
     */
    public static boolean remove(Path dataDir, String name) {
        Path dir = kernelDir(dataDir, name);
        if (!Files.exists(dir)) {
            return false;
        }
        if (!Files.isRegularFile(dir.resolve(FILE_NAME))) {
            // refuse to delete a folder that merely has the name: it may be anything
            throw new IllegalArgumentException(dir + " has no kernel.json; not removing it");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir + ": " + e.getMessage(), e);
        }
        return true;
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format(Numbers.LOCALE, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
