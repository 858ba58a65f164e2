package io.github.micrograd4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar ./micrograd runs carries the licences of what it bundles: THIRD-PARTY.txt with each
 * dependency and its licence, the full licence texts, and each Eclipse jar's own notice. Run by
 * failsafe after {@code package}, on the jar itself.
 */
class ShadedJarLicencesIT {
    /** {@code (LICENCE) name (group:artifact:version - url)}, one per line of THIRD-PARTY.txt. */
    private static final Pattern ENTRY = Pattern.compile("^\\s+\\((.+?)\\) .* \\(([^:\\s]+):([^:\\s]+):([^\\s]+) - .*\\)$");

    private static JarFile jar;
    private static List<String[]> entries;

    @BeforeAll
    static void open() throws IOException {
        Path path = Path.of(System.getProperty("micrograd4j.shadedJar", "target/micrograd4j-cli-all.jar"));
        assertThat(path).as("the shaded jar (run after package)").isRegularFile();
        jar = new JarFile(path.toFile());
        entries = read("THIRD-PARTY.txt").lines().map(ShadedJarLicencesIT::parse).filter(e -> e != null).toList();
    }

    @AfterAll
    static void close() throws IOException {
        jar.close();
    }

    private static String[] parse(String line) {
        Matcher m = ENTRY.matcher(line);
        return m.matches() ? new String[] {m.group(1), m.group(2), m.group(3), m.group(4)} : null;
    }

    private static String read(String name) {
        var entry = jar.getJarEntry(name);
        assertThat(entry).as(name + " in the jar").isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String licenceOf(String group, String artifact) {
        return entries.stream().filter(e -> e[1].equals(group) && e[2].equals(artifact)).map(e -> e[0])
                .findFirst().orElse(null);
    }

    /** The folder of one library's own licence files, named after the version THIRD-PARTY.txt lists. */
    private static String folderOf(String group, String artifact) {
        String version = entries.stream().filter(e -> e[1].equals(group) && e[2].equals(artifact)).map(e -> e[3])
                .findFirst().orElseThrow(() -> new AssertionError(group + ":" + artifact + " not in THIRD-PARTY.txt"));
        return "META-INF/licenses/" + artifact + "-" + version + "-jar/";
    }

    @Test
    void thirdPartyListsElkEmfXtextWithTheirEclipseLicences() {
        for (String elk : List.of("org.eclipse.elk.core", "org.eclipse.elk.graph", "org.eclipse.elk.alg.common",
                "org.eclipse.elk.alg.layered")) {
            assertThat(licenceOf("org.eclipse.elk", elk)).as(elk).isEqualTo("EPL-2.0");
        }
        assertThat(licenceOf("org.eclipse.xtext", "org.eclipse.xtext.xbase.lib")).isEqualTo("EPL-2.0");
        for (String emf : List.of("org.eclipse.emf.common", "org.eclipse.emf.ecore", "org.eclipse.emf.ecore.xmi")) {
            assertThat(licenceOf("org.eclipse.emf", emf)).as(emf).isEqualTo("EPL-2.0");
        }
        assertThat(licenceOf("info.picocli", "picocli")).isEqualTo("Apache-2.0");
        assertThat(licenceOf("com.fasterxml.jackson.core", "jackson-core")).isEqualTo("Apache-2.0");
        assertThat(licenceOf("com.google.guava", "guava")).isEqualTo("Apache-2.0");
    }

    @Test
    void everyBundledLibraryHasAnEntryAndEveryLicenceItsFullText() {
        // every library whose packages are in the jar is listed (a sample of one class each)
        assertThat(jar.getJarEntry("org/eclipse/emf/ecore/EObject.class")).isNotNull();
        assertThat(jar.getJarEntry("com/google/common/collect/ImmutableList.class")).isNotNull();
        Set<String> licences = new TreeSet<>();
        for (String[] e : entries) {
            if (!e[1].equals("io.github.micrograd4j")) {
                licences.add(e[0]);
            }
        }
        assertThat(licences).containsExactlyInAnyOrder("Apache-2.0", "EPL-2.0", "MIT"); // MIT: SLF4J (Jetty's logging API), uPlot
        assertThat(read("META-INF/licenses/texts/MIT.txt")).contains("Permission is hereby granted, free of charge");
        assertThat(read("META-INF/resources/webjars/uplot/1.6.30/LICENSE")).contains("Leon Sorokin");
        assertThat(read("META-INF/licenses/texts/EPL-2.0.md")).startsWith("Eclipse Public License - v 2.0");
        assertThat(read("META-INF/licenses/texts/Apache-2.0.txt")).contains("Apache License", "Version 2.0, January 2004");
    }

    @Test
    void eachEclipseJarKeepsItsOwnNoticeAndEachLicenceFileSurvives() {
        for (String[] e : entries) {
            if (e[1].startsWith("org.eclipse.elk") || e[1].startsWith("org.eclipse.emf")) {
                assertThat(read(folderOf(e[1], e[2]) + "about.html")).contains("Eclipse");
            }
        }
        assertThat(read(folderOf("org.eclipse.xtext", "org.eclipse.xtext.xbase.lib") + "about_org.eclipse.xtext.xbase.lib.html"))
                .contains("www.eclipse.org/legal/epl-2.0");
        assertThat(read(folderOf("com.fasterxml.jackson.core", "jackson-core") + "META-INF/NOTICE")).isNotBlank();
        assertThat(read(folderOf("com.google.guava", "guava") + "META-INF/LICENSE")).contains("Apache License");
    }

    @Test
    void theJarsOwnLicenceIsMicrograd4jsMit() throws IOException {
        assertThat(read("META-INF/LICENSE")).isEqualTo(Files.readString(Path.of("..", "LICENSE")));
        assertThat(jar.getJarEntry("about.html")).as("a root about.html would be one Eclipse jar's of seven").isNull();
    }
}
