package io.github.micrograd4j.cli.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every file a command will write, named with the option that asked for it, checked together before
 * any work: so that a path that cannot be written fails the command at once, not after training
 * all its steps, and one bad target leaves nothing written. {@link #check()} refuses
 * <ul>
 * <li>an empty path (its own message: an empty name is not "a directory");
 * <li>a file name whose extension says another format ({@code --png pic.svg});
 * <li>two outputs that are the same file ({@code --svg x.svg --png x.svg}, or a step picture named
 *     by another option), symbolic links followed;
 * <li>a file whose directory is missing, or that is a directory or a device
 *     ({@link AtomicFiles#checkTarget});
 * <li>a directory that is not writable, or a directory to create that cannot be created.
 * </ul>
 *
 * <p>Write permission is asked of the operating system ({@link Files#isWritable}, i.e.
 * {@code access(2)}), so for root, who may write anywhere, every existing directory is writable;
 * the check is as strict as the write itself will be. Tests pass their own predicate.
 */
public final class OutputPlan {
    /** The extensions whose format is known; a name with another extension (or none) is taken as given. */
    private static final Set<String> KNOWN = Set.of("svg", "png", "dot", "gv", "html", "htm", "json");

    private final Predicate<Path> writable;
    private final List<Entry> files = new ArrayList<>();
    private final List<Entry> directories = new ArrayList<>();

    private record Entry(String option, Path path, String format) {
    }

    /** A plan checked against the operating system's permissions. */
    public OutputPlan() {
        this(Files::isWritable);
    }

    /**
     * A plan with its own idea of which existing directories are writable (for tests: root may write
     * anywhere, so a read-only directory cannot be made for it).
     *
     * @param writable whether an existing directory may be written into
     */
    public OutputPlan(Predicate<Path> writable) {
        this.writable = Objects.requireNonNull(writable, "writable");
    }

    /**
     * Adds a file; {@code null} (an option not given) is skipped.
     *
     * @param option the option that names it, for messages ({@code --png})
     * @param path the file, or null
     * @param format the format it will hold ({@code png}), or null if any name will do
     * @return this plan
     */
    public OutputPlan file(String option, Path path, String format) {
        if (path != null) {
            files.add(new Entry(option, path, format));
        }
        return this;
    }

    /**
     * Adds a directory that will be created if missing and written into; {@code null} is skipped.
     *
     * @param option the option that names it
     * @param dir the directory, or null
     * @return this plan
     */
    public OutputPlan directory(String option, Path dir) {
        if (dir != null) {
            directories.add(new Entry(option, dir, null));
        }
        return this;
    }

    /**
     * The files added so far, in order.
     *
     * @return the paths
     */
    public List<Path> files() {
        return files.stream().map(Entry::path).toList();
    }

    /**
     * Checks every target; nothing is created or written.
     *
     * @throws OutputException naming the option, the path and the reason of the first problem
     */
    public void check() {
        for (Entry d : directories) {
            requireNonEmpty(d, "directory");
            AtomicFiles.checkDirectoryCreatable(d.path());
            if (Files.isDirectory(d.path()) && !writable.test(d.path())) {
                throw new OutputException("cannot write into " + d.path() + " (" + d.option() + "): permission denied");
            }
        }
        Map<Path, Entry> seen = new LinkedHashMap<>();
        for (Entry f : files) {
            requireNonEmpty(f, "file");
            requireMatchingExtension(f);
            Path dir = f.path().toAbsolutePath().normalize().getParent();
            boolean dirPlanned = dir != null && directories.stream()
                    .anyMatch(d -> d.path().toAbsolutePath().normalize().equals(dir));
            Path resolved;
            if (dirPlanned && !Files.isDirectory(dir)) {
                resolved = f.path().toAbsolutePath().normalize(); // its directory will be created
            } else {
                resolved = AtomicFiles.checkTarget(f.path());
                if (!writable.test(resolved.getParent())) {
                    throw new OutputException("cannot write " + f.path() + " (" + f.option() + "): directory "
                            + resolved.getParent() + " is not writable (permission denied)");
                }
            }
            Entry before = seen.putIfAbsent(resolved, f);
            if (before != null) {
                throw new OutputException(before.option() + " " + before.path() + " and " + f.option() + " " + f.path()
                        + " are the same file; give each output its own path");
            }
        }
    }

    private static void requireNonEmpty(Entry e, String noun) {
        if (e.path().toString().isBlank()) {
            throw new OutputException(e.option() + ": the path is empty; give a " + noun + " name");
        }
    }

    private static void requireMatchingExtension(Entry e) {
        if (e.format() == null || e.path().getFileName() == null) {
            return;
        }
        String name = e.path().getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return;
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (KNOWN.contains(ext) && !canonical(ext).equals(canonical(e.format()))) {
            throw new OutputException(e.option() + " " + e.path() + ": the name says " + ext.toUpperCase(Locale.ROOT)
                    + " but " + e.option() + " writes " + e.format().toUpperCase(Locale.ROOT) + "; name it "
                    + name.substring(0, dot + 1) + e.format() + ", or use the option for " + ext.toUpperCase(Locale.ROOT));
        }
    }

    private static String canonical(String ext) {
        return switch (ext) {
            case "gv" -> "dot";
            case "htm" -> "html";
            default -> ext;
        };
    }
}
