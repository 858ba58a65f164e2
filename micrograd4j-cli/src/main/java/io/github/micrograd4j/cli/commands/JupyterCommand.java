package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.cli.errors.UserErrorException;
import io.github.micrograd4j.cli.io.AtomicFiles;
import io.github.micrograd4j.jupyter.KernelPatch;
import io.github.micrograd4j.jupyter.KernelSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code micrograd jupyter install|uninstall}: the Jupyter kernel spec that starts rapaio's Java kernel with
 * micrograd4j on its class path. The kernel's jar is the one the CLI's build copied into
 * {@code micrograd4j-cli/target/jupyter/}; install copies it and the CLI's jar into the spec's folder, so the
 * kernel keeps working after {@code mvn clean}.
 */
@Command(name = "jupyter", mixinStandardHelpOptions = true,
        description = {"Installs or removes the micrograd4j Jupyter kernel (rapaio-jupyter-kernel with micrograd4j on "
            + "its class path): in a notebook, a Value shows its graph, BackpropPictures the step-through.",
            "", "Jupyter itself (JupyterLab or Notebook) is installed separately; see the README."},
        subcommands = {JupyterCommand.Install.class, JupyterCommand.Uninstall.class})
public final class JupyterCommand implements Runnable {
    /** The folder, beside the CLI's jar, where its build puts the kernel's jar. */
    static final String KERNEL_JAR_DIR = "jupyter";

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The options both subcommands take. */
    static class Where {
        @Option(names = "--name", defaultValue = KernelSpec.DEFAULT_NAME, paramLabel = "NAME",
                description = "The kernel spec's name (default: ${DEFAULT-VALUE}).")
        String name;

        @Option(names = "--data-dir", paramLabel = "DIR", description = "The Jupyter data directory whose kernels/ "
                + "holds the spec (default: JUPYTER_DATA_DIR, else the per-user one: ~/.local/share/jupyter on Linux). "
                + "Jupyter finds kernels in another directory only when it is on JUPYTER_PATH; install says so.")
        Path dataDir;

        Path dataDir() {
            return dataDir != null ? dataDir : KernelSpec.userDataDir(System.getenv(), System.getProperty("os.name", ""),
                    Path.of(System.getProperty("user.home")));
        }
    }

    /** {@code micrograd jupyter install}. */
    @Command(name = "install", mixinStandardHelpOptions = true,
            description = "Installs the kernel spec (replacing one of the same name) with its jars copied beside it.")
    static final class Install implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--display-name", defaultValue = "Java (micrograd4j)", paramLabel = "TEXT",
                description = "The name Jupyter shows (default: ${DEFAULT-VALUE}).")
        private String displayName;

        @Option(names = "--kernel-jar", paramLabel = "FILE", description = "rapaio-jupyter-kernel's jar (default: "
                + "the one the build put in micrograd4j-cli/target/jupyter/).")
        private Path kernelJar;

        @Option(names = "--jar", paramLabel = "FILE",
                description = "The micrograd4j jar for the kernel's class path (default: this CLI's own jar).")
        private Path jar;

        @picocli.CommandLine.Mixin
        private Where where = new Where();

        @Override
        public Integer call() {
            Path cliJar = jar != null ? jar : runningJar();
            Path kernel = kernelJar != null ? kernelJar : bundledKernelJar(cliJar);
            for (Path p : List.of(cliJar, kernel)) {
                if (!Files.isRegularFile(p)) {
                    throw new UserErrorException("no such jar: " + p);
                }
            }
            Path dataDir = where.dataDir();
            Path dir = KernelSpec.kernelDir(dataDir, where.name);
            Path lib = dir.resolve("lib");
            Path patchJar = lib.resolve(KernelPatch.FILE_NAME);
            Path kernelJar = lib.resolve(kernel.getFileName().toString());
            Path micrograd4jJar = lib.resolve(cliJar.getFileName().toString());
            KernelSpec kernelSpec;
            try {
                kernelSpec = KernelSpec.of(where.name, displayName, KernelSpec.currentJava(), patchJar, kernelJar,
                        List.of(micrograd4jJar), dir.resolve(KernelSpec.STARTUP_FILE));
            } catch (IllegalArgumentException e) {
                throw new UserErrorException(e.getMessage(), e);
            }
            // the jars are copied, not referenced, so the kernel outlives `mvn clean` and a moved checkout
            AtomicFiles.ensureDirectory(lib);
            try {
                AtomicFiles.write(patchJar, KernelPatch::writeJar);
            } catch (IllegalStateException e) {
                throw new UserErrorException(e.getMessage() + "; rebuild the CLI (./micrograd does)", e);
            }
            copy(kernel, kernelJar);
            copy(cliJar, micrograd4jJar);
            AtomicFiles.writeString(kernelSpec.startup(), KernelSpec.startupScript());
            AtomicFiles.writeString(dir.resolve(KernelSpec.FILE_NAME), kernelSpec.json());
            PrintWriter out = spec.commandLine().getOut();
            out.println("installed the Jupyter kernel '" + where.name + "' (" + displayName + ") in " + dir);
            out.println("  runs " + KernelSpec.currentJava() + " with " + patchJar.getFileName() + " (rapaio's "
                    + "start-up corrected), " + kernelJar.getFileName() + " and " + micrograd4jJar.getFileName());
            String os = System.getProperty("os.name", "");
            if (!KernelSpec.searchedByJupyter(dataDir, System.getenv(), os, Path.of(System.getProperty("user.home")))) {
                out.println("Jupyter finds kernels in " + dataDir.toAbsolutePath() + " only through JUPYTER_PATH; set it "
                        + "in the shell that starts Jupyter:");
                out.println("  " + jupyterPathCommand(dataDir.toAbsolutePath(), System.getenv("JUPYTER_PATH"), os));
            }
            out.println("check: jupyter kernelspec list   (lists '" + where.name + "')");
            // "no %jars cell" was read as "no imports": micrograd4j is on the class path, its names still need importing
            out.println("in a notebook: micrograd4j is on the kernel's class path (no %jars cell); import what you use, "
                    + "as in Java: import io.github.micrograd4j.core.*; the expression language needs none: "
                    + "grad(\"\"\"a = 2; b = -3; L = a*b\"\"\")");
            out.println("start Jupyter (jupyter lab, or jupyter notebook) and pick the kernel '" + displayName + "'");
            out.flush();
            return 0;
        }

        /** The shell command that puts {@code dataDir} first on JUPYTER_PATH, keeping what is there. */
        static String jupyterPathCommand(Path dataDir, String current, String osName) {
            boolean windows = osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows");
            boolean keep = current != null && !current.isBlank();
            return windows ? "set JUPYTER_PATH=" + dataDir + (keep ? ";%JUPYTER_PATH%" : "")
                    : "export JUPYTER_PATH='" + dataDir.toString().replace("'", "'\\''") + "'" + (keep ? ":\"$JUPYTER_PATH\"" : "");
        }

        private static void copy(Path from, Path to) {
            AtomicFiles.write(to, out -> {
                try (InputStream in = Files.newInputStream(from)) {
                    in.transferTo(out);
                }
            });
        }

        /** The jar this CLI runs from; a class folder (a test, an IDE) has to name one with --jar. */
        private static Path runningJar() {
            try {
                Path location = Path.of(JupyterCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (!Files.isRegularFile(location)) {
                    throw new UserErrorException("the CLI is not running from its jar (" + location
                            + "); build it (./micrograd does) or name the jar with --jar");
                }
                return location;
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot locate the CLI's jar", e);
            }
        }

        /** {@code DIR/jupyter/rapaio-jupyter-kernel-*.jar} beside the CLI's jar: exactly one. */
        private static Path bundledKernelJar(Path cliJar) {
            Path dir = cliJar.toAbsolutePath().getParent().resolve(KERNEL_JAR_DIR);
            List<Path> found = new ArrayList<>();
            if (Files.isDirectory(dir)) {
                try (DirectoryStream<Path> jars = Files.newDirectoryStream(dir, "rapaio-jupyter-kernel-*.jar")) {
                    jars.forEach(found::add);
                } catch (IOException e) {
                    throw new UserErrorException("cannot read " + dir + ": " + e.getMessage(), e);
                }
            }
            if (found.size() != 1) {
                throw new UserErrorException((found.isEmpty() ? "no rapaio-jupyter-kernel jar" : found.size()
                        + " rapaio-jupyter-kernel jars") + " in " + dir
                        + "; rebuild the CLI (./micrograd does) or name one with --kernel-jar");
            }
            return found.get(0);
        }
    }

    /** {@code micrograd jupyter uninstall}. */
    @Command(name = "uninstall", mixinStandardHelpOptions = true,
            description = "Removes the kernel spec and the jars copied beside it.")
    static final class Uninstall implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @picocli.CommandLine.Mixin
        private Where where = new Where();

        @Override
        public Integer call() {
            Path dir = KernelSpec.kernelDir(where.dataDir(), where.name);
            boolean removed;
            try {
                removed = KernelSpec.remove(where.dataDir(), where.name);
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new UserErrorException(e.getMessage(), e);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(removed ? "removed the Jupyter kernel '" + where.name + "' from " + dir
                    : "no Jupyter kernel '" + where.name + "' in " + dir + "; nothing to remove");
            out.flush();
            return 0;
        }
    }
}
