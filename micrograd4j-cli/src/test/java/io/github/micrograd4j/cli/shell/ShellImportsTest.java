package io.github.micrograd4j.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell imports every package the libraries export, and {@code Module} is micrograd4j's. */
class ShellImportsTest {
    @TempDir
    Path drawings;

    @Test
    void everyExportedPackageIsImported() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> exported = new ArrayList<>();
        Pattern exports = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
        for (String module : List.of("micrograd4j-core", "micrograd4j-nn", "micrograd4j-viz", "examples")) {
            Matcher m = exports.matcher(Files.readString(root.resolve(module).resolve("src/main/java/module-info.java")));
            while (m.find()) {
                exported.add(m.group(1));
            }
        }
        assertThat(exported).contains("io.github.micrograd4j.nn.json");
        assertThat(ShellStartup.API_PACKAGES).containsExactlyInAnyOrderElementsOf(exported);
    }

    @Test
    void moduleIsMicrogradsAndTheTrainingTypesResolve() {
        StringWriter out = new StringWriter();
        try (BatchShell shell = new BatchShell(ShellClassPath.micrograd4j(), ShellStartup.snippets(drawings, false),
                new PrintWriter(out, true))) {
            shell.run("String m = Module.class.getName();\nString j = ModelJson.class.getName();\n");
        }
        assertThat(out.toString()).contains("m ==> \"io.github.micrograd4j.nn.Module\"")
                .contains("j ==> \"io.github.micrograd4j.nn.json.ModelJson\"");
    }
}
