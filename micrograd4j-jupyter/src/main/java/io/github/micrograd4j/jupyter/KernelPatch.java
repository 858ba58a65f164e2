package io.github.micrograd4j.jupyter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The jar that goes ahead of rapaio-jupyter-kernel's on the kernel's class path: the two channel classes this
 * module corrects (package {@code org.rapaio.jupyter.kernel.channels}, whose {@code package-info} says what
 * changed and why) and the kernel's {@code logging.properties} (warnings and errors only). The classes are
 * taken from wherever this class was loaded from, the CLI's jar or this module's class folder, so the jar is
 * always the one of the running build.
 */
public final class KernelPatch {
    /** The jar's file name in a kernel spec's {@code lib/}. */
    public static final String FILE_NAME = "micrograd4j-rapaio-patch.jar";
    /** The folder of the corrected classes, in this module and in rapaio's jar. */
    static final String PATCHED_PACKAGE = "org/rapaio/jupyter/kernel/channels/";
    /** The class files that must be there for the patch to mean anything. */
    static final String[] REQUIRED = {PATCHED_PACKAGE + "LoopThread.class", PATCHED_PACKAGE + "Channels.class"};
    /** Where this module keeps the kernel's logging settings. */
    static final String LOGGING_RESOURCE = "io/github/micrograd4j/jupyter/kernel-logging.properties";
    /** The name rapaio's {@code MainApp} reads its logging settings from, the first on its class path. */
    static final String LOGGING_ENTRY = "logging.properties";
    /** A fixed time for every entry, so the same build writes the same bytes. */
    private static final FileTime ENTRY_TIME = FileTime.fromMillis(0);

    private KernelPatch() {
    }

    /**
     * Writes the jar to {@code out} (left open, so an atomic writer can finish the file).
     *
     * @param out where the jar goes
     * @throws IOException if the classes cannot be read or the jar cannot be written
     * @throws IllegalStateException if the corrected classes are not where this class came from
     */
    public static void writeJar(OutputStream out) throws IOException {
        writeJar(codeSource(), out);
    }

    /**
     * Writes the jar of the classes in {@code source} (a class folder or a jar).
     *
     * @param source where to take the classes from
     * @param out where the jar goes
     * @throws IOException if reading or writing fails
     */
    static void writeJar(Path source, OutputStream out) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Comment", "rapaio-jupyter-kernel classes corrected by micrograd4j "
                + "(MIT; see org/rapaio/jupyter/kernel/channels/package-info in micrograd4j-jupyter's sources)");
        JarOutputStream jar = new JarOutputStream(out);
        // the manifest as an entry of its own, so that it carries the fixed time too
        JarEntry manifestEntry = new JarEntry(JarFile.MANIFEST_NAME);
        manifestEntry.setLastModifiedTime(ENTRY_TIME);
        jar.putNextEntry(manifestEntry);
        manifest.write(jar);
        jar.closeEntry();
        for (Map.Entry<String, byte[]> e : entries(source).entrySet()) {
            JarEntry entry = new JarEntry(e.getKey());
            entry.setLastModifiedTime(ENTRY_TIME);
            jar.putNextEntry(entry);
            jar.write(e.getValue());
            jar.closeEntry();
        }
        jar.finish();
    }

    /**
     * The jar's entries by name: every class file of the corrected package in {@code source}, and
     * {@code logging.properties}.
     *
     * @param source a class folder or a jar
     * @return the entries, sorted by name
     * @throws IOException if {@code source} cannot be read
     * @throws IllegalStateException if a required class or the logging settings are missing
     */
    static Map<String, byte[]> entries(Path source) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        byte[] logging;
        if (Files.isDirectory(source)) {
            Path dir = source.resolve(PATCHED_PACKAGE);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".class")).toList()) {
                        entries.put(PATCHED_PACKAGE + p.getFileName(), Files.readAllBytes(p));
                    }
                }
            }
            Path settings = source.resolve(LOGGING_RESOURCE);
            logging = Files.isRegularFile(settings) ? Files.readAllBytes(settings) : null;
        } else {
            try (ZipFile zip = new ZipFile(source.toFile())) {
                for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                    ZipEntry e = all.nextElement();
                    String name = e.getName();
                    // the package's own class files, not those of a subpackage
                    if (name.startsWith(PATCHED_PACKAGE) && name.endsWith(".class")
                            && name.indexOf('/', PATCHED_PACKAGE.length()) < 0) {
                        entries.put(name, read(zip, e));
                    }
                }
                ZipEntry settings = zip.getEntry(LOGGING_RESOURCE);
                logging = settings == null ? null : read(zip, settings);
            }
        }
        for (String name : REQUIRED) {
            if (!entries.containsKey(name)) {
                throw new IllegalStateException(source + " has no " + name + ": the corrected rapaio classes are "
                        + "missing from this build");
            }
        }
        if (logging == null) {
            throw new IllegalStateException(source + " has no " + LOGGING_RESOURCE);
        }
        entries.put(LOGGING_ENTRY, logging);
        return entries;
    }

    private static byte[] read(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    /** The jar or class folder this class was loaded from. */
    static Path codeSource() {
        try {
            return Path.of(KernelPatch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate micrograd4j-jupyter's classes", e);
        } catch (IllegalArgumentException e) {
            throw new UncheckedIOException(new IOException("micrograd4j-jupyter's classes are not in a file: "
                    + e.getMessage(), e));
        }
    }
}
