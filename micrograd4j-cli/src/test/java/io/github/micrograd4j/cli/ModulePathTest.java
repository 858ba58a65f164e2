package io.github.micrograd4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI with the library modules as named modules on the module path (ELK's jars, which they
 * require, there too as automatic modules; the CLI and everything else on the class path), as an
 * application that uses micrograd4j modularly would have them: every package the CLI uses must be
 * exported.
 */
class ModulePathTest {

    private static String run(Path dir, String stdin, String... args) throws Exception {
        List<String> modulePath = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("surefire.test.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.endsWith("-tests.jar")) {
                continue; // core's test jar (the random-graph fixture): no part of the application
            }
            // jackson-core is a named module that the language module requires
            if (name.startsWith("micrograd4j-") || name.startsWith("org.eclipse.elk.") || name.startsWith("jackson-core-")) {
                modulePath.add(entry);
            } else if (!name.equals("test-classes")) {
                classPath.add(entry);
            }
        }
        assertThat(modulePath).as("the libraries' jars").hasSizeGreaterThanOrEqualTo(4);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--module-path", String.join(File.pathSeparator, modulePath),
                "--add-modules", "ALL-MODULE-PATH", "-cp", String.join(File.pathSeparator, classPath),
                "io.github.micrograd4j.cli.Main"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        String out = Files.readString(dir.resolve("out.txt"));
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void demoExampleShellAndTrainWorkWithTheLibrariesAsNamedModules(@TempDir Path dir) throws Exception {
        assertThat(run(dir, "", "demo")).contains("L.backward() gives the same: L 1 d -2 f 4 c -2 e -2 a 6 b -4");
        assertThat(run(dir, "", "example", "neuron")).contains("do/dx1 = -1.5000");
        assertThat(run(dir, "L.backward(); a.grad()\n", "shell")).isEqualTo("$1 ==> 6.0" + System.lineSeparator());
        assertThat(run(dir, "", "train", "--steps", "2")).contains("step 2/2");
    }
}
