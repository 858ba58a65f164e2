package io.github.micrograd4j.jupyter;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;

/**
 * Executes notebooks with Debian's (or any) {@code jupyter nbconvert}, in a Jupyter environment of its
 * own: the micrograd4j kernel spec is written into a temporary {@code JUPYTER_PATH}, and the data,
 * config and runtime directories point there too, so the user's kernels and settings are neither read
 * nor touched.
 */
final class JupyterRunner {
    /**
     * How long nbclient waits for the kernel's answer to {@code kernel_info_request}: the bound the issue sets for
     * a start. With rapaio's start-up corrected (KernelPatch) every start answers well within it (docs/jupyter/),
     * so a start that does not is a failure, not something to retry.
     */
    static final int STARTUP_TIMEOUT_SECONDS = 20;
    /** The most one nbconvert run may take, hung kernel and all. */
    private static final long RUN_LIMIT_SECONDS = 600;

    private final Path home;
    private final String jupyter;

    private JupyterRunner(Path home, String jupyter) {
        this.home = home;
        this.jupyter = jupyter;
    }

    /** A runner that calls {@code jupyter} as given, without probing it or writing a kernel spec: for testing its failures. */
    static JupyterRunner withExecutable(Path home, String jupyter) {
        return new JupyterRunner(home, jupyter);
    }

    /**
     * A runner whose kernel spec lives in {@code home}, or a skipped test (a failed one under CI=true)
     * when Jupyter is not installed.
     */
    static JupyterRunner create(Path home) throws IOException, InterruptedException {
        String jupyter = findOnPath("jupyter");
        String missing = jupyter == null ? "jupyter is not on the PATH" : probe(jupyter, home);
        if (missing != null) {
            missing += " (Debian: apt-get install -y jupyter-nbconvert python3-nbclient python3-ipykernel jupyter-client)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing + ", and CI=true: .ci/run should have installed it");
            }
            Assumptions.abort(missing + "; skipped outside CI");
        }
        JupyterRunner runner = new JupyterRunner(home, jupyter);
        Path dir = Files.createDirectories(runner.kernelDir());
        Files.writeString(dir.resolve(KernelSpec.STARTUP_FILE), KernelSpec.startupScript());
        Files.writeString(dir.resolve(KernelSpec.FILE_NAME), runner.kernelSpec().json());
        return runner;
    }

    /** The directory of the runner's kernel spec. */
    private Path kernelDir() {
        return KernelSpec.kernelDir(home.resolve("path"), KernelSpec.DEFAULT_NAME);
    }

    /**
     * The kernel spec: the patch jar (written into the runner's home), the kernel jar Maven resolved, then this
     * test's class path (micrograd4j's classes and jars), as {@code jupyter install} orders them.
     */
    KernelSpec kernelSpec() throws IOException {
        Path patch = home.resolve(KernelPatch.FILE_NAME);
        try (OutputStream out = Files.newOutputStream(patch)) {
            KernelPatch.writeJar(out);
        }
        List<Path> classpath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                classpath.add(Path.of(entry));
            }
        }
        return KernelSpec.of(KernelSpec.DEFAULT_NAME, "Java (micrograd4j, test)", KernelSpec.currentJava(), patch,
                kernelJar(), classpath, kernelDir().resolve(KernelSpec.STARTUP_FILE));
    }

    /** Where Maven put rapaio-jupyter-kernel's jar: the jar the kernel's own classes came from. */
    static Path kernelJar() {
        try {
            return Path.of(DisplayProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Executes {@code notebook} into {@code out} with one kernel start; fails if the kernel does not answer within
     * {@link #STARTUP_TIMEOUT_SECONDS} or on any other error (a cell error not tagged {@code raises-exception}
     * included).
     *
     * @return the executed notebook
     */
    Path execute(Path notebook, Path out) throws IOException, InterruptedException {
        Files.deleteIfExists(out);
        Path log = log(notebook);
        Process p = command(log, jupyter, "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.startup_timeout=" + STARTUP_TIMEOUT_SECONDS,
                "--ExecutePreprocessor.timeout=" + RUN_LIMIT_SECONDS,
                "--output-dir", out.getParent().toString(), "--output", out.getFileName().toString(),
                notebook.toString()).start();
        boolean finished = p.waitFor(RUN_LIMIT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (finished && p.exitValue() == 0 && Files.isRegularFile(out)) {
            return out;
        }
        if (!finished) {
            fail("executing " + notebook + ": nbconvert still running after " + RUN_LIMIT_SECONDS + " s:\n" + tail(output));
        }
        if (output.contains("Kernel didn't respond") || output.contains("Kernel died before replying")) {
            fail(notebook + ": the kernel did not answer kernel_info within " + STARTUP_TIMEOUT_SECONDS
                    + " s (its start-up; see docs/jupyter/README.md):\n" + tail(output));
        }
        fail("executing " + notebook + " failed (exit " + p.exitValue() + "):\n" + tail(output));
        return null;
    }

    /**
     * What nbconvert and the kernel wrote to their terminal while {@link #execute} ran {@code notebook}.
     *
     * @return the log's path
     */
    Path log(Path notebook) {
        return home.resolve("nbconvert-" + notebook.getFileName() + ".log");
    }

    /**
     * Converts an executed notebook to HTML with nbconvert, as a reader's tools would show it.
     *
     * @return the HTML file
     */
    Path toHtml(Path notebook) throws IOException, InterruptedException {
        Path log = home.resolve("html.log");
        Path dir = Files.createDirectories(home.resolve("html"));
        Process p = command(log, jupyter, "nbconvert", "--to", "html", "--output-dir", dir.toString(),
                notebook.toString()).start();
        if (!p.waitFor(RUN_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            fail("nbconvert --to html " + notebook + " still running after " + RUN_LIMIT_SECONDS + " s");
        }
        String name = notebook.getFileName().toString().replaceFirst("\\.ipynb$", ".html");
        if (p.exitValue() != 0 || !Files.isRegularFile(dir.resolve(name))) {
            fail("nbconvert --to html " + notebook + " failed (exit " + p.exitValue() + "):\n"
                    + tail(Files.readString(log, StandardCharsets.UTF_8)));
        }
        return dir.resolve(name);
    }

    private ProcessBuilder command(Path log, String... args) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(args);
        Map<String, String> env = pb.environment();
        env.put("JUPYTER_PATH", home.resolve("path").toString());
        env.put("JUPYTER_DATA_DIR", Files.createDirectories(home.resolve("data")).toString());
        env.put("JUPYTER_CONFIG_DIR", Files.createDirectories(home.resolve("config")).toString());
        env.put("JUPYTER_RUNTIME_DIR", Files.createDirectories(home.resolve("runtime")).toString());
        env.remove("JUPYTER_CONFIG_PATH");
        return pb.redirectErrorStream(true).redirectOutput(log.toFile());
    }

    /** Null if {@code jupyter nbconvert} runs, else what is wrong. */
    private static String probe(String jupyter, Path home) throws IOException, InterruptedException {
        Path log = home.resolve("probe.log");
        Files.createDirectories(home);
        Process p = new ProcessBuilder(jupyter, "nbconvert", "--version").redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "'jupyter nbconvert --version' did not finish in 120 s";
        }
        return p.exitValue() == 0 ? null : "'jupyter nbconvert --version' failed: " + tail(Files.readString(log));
    }

    static String findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static String tail(String text) {
        return text.length() <= 6000 ? text : "..." + text.substring(text.length() - 6000);
    }
}
