package io.github.micrograd4j.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The patch jar, and the guard that makes a rapaio upgrade re-check it: the corrected classes are copies of
 * rapaio 3.0.1's with a few lines changed, so a newer rapaio whose classes differ must be compared again.
 */
class KernelPatchTest {
    /**
     * SHA-256 of rapaio-jupyter-kernel 3.0.1's class files that the patch replaces. When one changes (a new
     * {@code rapaio-jupyter-kernel.version} in the parent POM), compare rapaio's new source of the class with
     * {@code micrograd4j-jupyter/src/main/java/org/rapaio/...}: carry the fix over, or drop the class if rapaio fixed
     * the race (KernelStartRacesTest then fails on the released kernel too), and record the new hash here.
     */
    private static final Map<String, String> RELEASED = Map.of(
            "org/rapaio/jupyter/kernel/channels/LoopThread.class",
            "75779753148cf7618488f8dbc47729e73c513cdca3538fa0cf7f0387c385c973",
            "org/rapaio/jupyter/kernel/channels/Channels.class",
            "38b45e57b898a5109b50b2715387b2903bf3f58f8503d1f1f520de2b706f53e1");

    @TempDir
    Path dir;

    @Test
    void rapaiosClassesAreStillTheOnesThePatchWasMadeFrom() throws Exception {
        try (ZipFile jar = new ZipFile(JupyterRunner.kernelJar().toFile())) {
            for (String required : KernelPatch.REQUIRED) {
                assertThat(RELEASED).containsKey(required);
            }
            for (Map.Entry<String, String> e : RELEASED.entrySet()) {
                ZipEntry entry = jar.getEntry(e.getKey());
                assertThat(entry).as("%s in %s", e.getKey(), JupyterRunner.kernelJar()).isNotNull();
                try (InputStream in = jar.getInputStream(entry)) {
                    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
                    assertThat(sha).as("rapaio's %s changed: re-check the corrected copy (see RELEASED's comment)", e.getKey())
                            .isEqualTo(e.getValue());
                }
            }
        }
    }

    /** The corrected classes offer every public member rapaio's do, with the same signature, and no other. */
    @Test
    void correctedClassesHaveRapaiosPublicMembers() throws Exception {
        Path patch = writePatch();
        URL rapaio = JupyterRunner.kernelJar().toUri().toURL();
        try (URLClassLoader released = new URLClassLoader(new URL[] {rapaio}, ClassLoader.getPlatformClassLoader());
                URLClassLoader patched = new URLClassLoader(new URL[] {patch.toUri().toURL(), rapaio},
                        ClassLoader.getPlatformClassLoader())) {
            for (String file : KernelPatch.REQUIRED) {
                String name = file.replace('/', '.').replaceFirst("\\.class$", "");
                Class<?> before = Class.forName(name, false, released);
                Class<?> after = Class.forName(name, false, patched);
                assertThat(after.getProtectionDomain().getCodeSource().getLocation()).isEqualTo(patch.toUri().toURL());
                assertThat(signatures(after)).as(name).isEqualTo(signatures(before));
                assertThat(after.getModifiers()).isEqualTo(before.getModifiers());
                assertThat(after.getSuperclass().getName()).isEqualTo(before.getSuperclass().getName());
            }
        }
    }

    @Test
    void jarHoldsThePatchedPackageAndQuietLoggingAndIsTheSameEachTime() throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        KernelPatch.writeJar(first);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        KernelPatch.writeJar(second);
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());

        Set<String> names = new TreeSet<>();
        Properties logging = new Properties();
        try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(first.toByteArray()))) {
            assertThat(jar.getManifest()).isNotNull();
            for (var e = jar.getNextJarEntry(); e != null; e = jar.getNextJarEntry()) {
                names.add(e.getName());
                if (e.getName().equals(KernelPatch.LOGGING_ENTRY)) {
                    logging.load(jar);
                }
            }
        }
        assertThat(names).contains(KernelPatch.REQUIRED).contains(KernelPatch.LOGGING_ENTRY);
        assertThat(names).allMatch(n -> n.equals(KernelPatch.LOGGING_ENTRY) || n.startsWith(KernelPatch.PATCHED_PACKAGE));
        assertThat(logging.getProperty(".level")).isEqualTo("WARNING");
        assertThat(logging.getProperty("java.util.logging.ConsoleHandler.level")).isEqualTo("WARNING");
    }

    @Test
    void aSourceWithoutTheCorrectedClassesIsRefusedByName() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("classes"));
        assertThatThrownBy(() -> KernelPatch.entries(empty)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(empty + " has no org/rapaio/jupyter/kernel/channels/");
        // a jar as the source (the CLI's): the same entries as the class folder, without others of the jar
        Path classes = KernelPatch.codeSource();
        Path jar = dir.resolve("cli.jar");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar));
                var files = Files.walk(classes)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry(classes.relativize(p).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(KernelPatch.PATCHED_PACKAGE + "sub/Other.class"));
            out.closeEntry();
        }
        Map<String, byte[]> fromJar = KernelPatch.entries(jar);
        Map<String, byte[]> fromFolder = KernelPatch.entries(classes);
        assertThat(fromJar.keySet()).isEqualTo(fromFolder.keySet());
        for (String name : fromFolder.keySet()) {
            assertThat(fromJar.get(name)).as(name).isEqualTo(fromFolder.get(name));
        }
    }

    private Path writePatch() throws IOException {
        Path patch = dir.resolve(KernelPatch.FILE_NAME);
        try (var out = Files.newOutputStream(patch)) {
            KernelPatch.writeJar(out);
        }
        return patch;
    }

    private static Set<String> signatures(Class<?> type) {
        Set<String> all = new TreeSet<>();
        for (Method m : type.getDeclaredMethods()) {
            add(all, m, m.getGenericReturnType().getTypeName() + " " + m.getName());
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            add(all, c, "<init>");
        }
        return all;
    }

    private static void add(Set<String> all, Executable e, String head) {
        if (Modifier.isPublic(e.getModifiers()) || Modifier.isProtected(e.getModifiers())) {
            StringBuilder s = new StringBuilder(Modifier.toString(e.getModifiers())).append(' ').append(head).append('(');
            for (var p : e.getGenericParameterTypes()) {
                s.append(p.getTypeName()).append(',');
            }
            all.add(s.append(')').toString());
        }
    }
}
