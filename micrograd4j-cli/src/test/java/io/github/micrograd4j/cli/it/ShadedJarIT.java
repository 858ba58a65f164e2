package io.github.micrograd4j.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar that {@code ./micrograd} runs, run the same way ({@code java -jar}) after
 * {@code package}: the unit tests use the class path of the build, so a broken shade (a service file
 * or resource left out, a wrong main class) shows only here.
 */
class ShadedJarIT {
    @TempDir
    Path dir;

    private Processes.Result jar(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Processes.java(), "-jar",
                Processes.property("micrograd.jar").toString()));
        command.addAll(List.of(args));
        return Processes.run(dir, Map.of(), 5, command);
    }

    @Test
    void theWalkthroughRunsFromTheJarAndWritesItsFourFiles() throws Exception {
        Processes.Result demo = jar("demo", "-o", "out");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        // the walkthrough's numbers, worked out by hand in WALKTHROUGH.md: L = (2 * -3 + 10) * -2
        assertThat(demo.out()).contains("dL/dc = dL/dd * dd/dc = -2.0000 * 1.0000 = -2.0000");
        for (String name : new String[] {"graph.dot", "graph.svg", "graph.png", "walkthrough.html"}) {
            assertThat(dir.resolve("out").resolve(name)).as(name).isNotEmptyFile();
        }
        assertThat(Files.readString(dir.resolve("out/graph.svg"))).startsWith("<?xml").contains("</svg>");
        byte[] png = Files.readAllBytes(dir.resolve("out/graph.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void gradDrawsAnSvgFromTheJar() throws Exception {
        Processes.Result grad = jar("grad", "a = 2; b = -3; L = a * b", "--svg", "g.svg");
        assertThat(grad.exitCode()).as(grad.err()).isZero();
        String svg = Files.readString(dir.resolve("g.svg"));
        // ELK's layout providers are found through the service files the shade must merge
        assertThat(svg).startsWith("<?xml").contains("<svg", "</svg>", "-6.0000", "grad 1.0000");
    }

    @Test
    void everyClassInTheJarIsJava8OrNewerAndPicocliIsCompiledWithTheProject() throws Exception {
        // JDK 17 verifies Java 5 class files (version 49) again on every run instead of once in the
        // start-up archive: picocli's jar and EMF 2.12 held them; the build compiles picocli's source
        // and pins a newer EMF, and the shade leaves picocli's own jar's classes out
        try (ZipFile zip = new ZipFile(Processes.property("micrograd.jar").toFile())) {
            List<String> old = new java.util.ArrayList<>();
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().endsWith(".class") && majorVersion(zip, e.getName()) < 52) {
                    old.add(e.getName());
                }
            }
            assertThat(old).as("class files older than Java 8").isEmpty();
            int main = majorVersion(zip, "io/github/micrograd4j/cli/Main.class");
            assertThat(majorVersion(zip, "picocli/CommandLine.class")).as("picocli").isEqualTo(main);
            assertThat(zip.stream().filter(e -> e.getName().equals("picocli/CommandLine$Interpreter.class")).count())
                    .isOne();
        }
    }

    private static int majorVersion(ZipFile zip, String entry) throws IOException {
        ZipEntry e = zip.getEntry(entry);
        assertThat(e).as(entry).isNotNull();
        try (DataInputStream in = new DataInputStream(zip.getInputStream(e))) {
            assertThat(in.readInt()).as("class file magic of " + entry).isEqualTo(0xCAFEBABE);
            in.readUnsignedShort(); // minor
            return in.readUnsignedShort();
        }
    }

    @Test
    void versionComesFromTheFilteredResource() throws Exception {
        Processes.Result version = jar("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).containsPattern("\\d+\\.\\d+\\.\\d+");
    }
}
