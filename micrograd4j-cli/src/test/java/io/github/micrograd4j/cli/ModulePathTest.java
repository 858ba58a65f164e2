package io.github.micrograd4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.examples.Examples;
import io.github.micrograd4j.nn.MLP;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The CLI with the library modules as named modules on the module path (the CLI itself and its
 * third-party dependencies on the class path), as an application that uses micrograd4j modularly
 * would have them: every package the CLI uses must be exported.
 */
class ModulePathTest {

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static String run(Path dir, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(),
                "--module-path", String.join(File.pathSeparator, location(Value.class), location(MLP.class),
                        location(Examples.class)),
                "--add-modules", "io.github.micrograd4j.core,io.github.micrograd4j.nn,io.github.micrograd4j.examples",
                "-cp", String.join(File.pathSeparator, location(Main.class), location(CommandLine.class),
                        location(JsonFactory.class)),
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
    void demoExampleAndShellWorkWithTheLibrariesAsNamedModules(@TempDir Path dir) throws Exception {
        assertThat(run(dir, "", "demo")).contains("L.backward() gives the same: L 1 d -2 f 4 c -2 e -2 a 6 b -4");
        assertThat(run(dir, "", "example", "neuron")).contains("do/dx1 = -1.5000");
        assertThat(run(dir, "L.backward(); a.grad()\n", "shell")).isEqualTo("$1 ==> 6.0" + System.lineSeparator());
        assertThat(run(dir, "", "train", "--steps", "2")).contains("step 2/2");
    }
}
