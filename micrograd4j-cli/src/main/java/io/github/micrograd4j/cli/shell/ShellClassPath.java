package io.github.micrograd4j.cli.shell;

import io.github.micrograd4j.cli.errors.UserErrorException;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.examples.Examples;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.viz.BackpropPictures;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The class path JShell gets: wherever the given classes were loaded from. From the packaged CLI
 * that is one jar holding every module; in a development build it is each module's
 * {@code target/classes}.
 */
public final class ShellClassPath {
    /**
     * One class from each module the shell puts on the class path. The CLI's own jar holds them all
     * once packaged; listing each keeps a development run (each module its own directory) complete.
     */
    private static final Class<?>[] MODULES = {Value.class, MLP.class, BackpropPictures.class, Examples.class,
        ShellFunctions.class};

    private ShellClassPath() {
    }

    /**
     * The class path with every micrograd4j module and what they need: the modules' locations, then
     * this JVM's own class path and module path (so that in a development run ELK, which the
     * pictures need, comes along; from the packaged CLI these are all the one jar).
     *
     * @return the class path
     * @throws UserErrorException if a module's classes have no file location
     */
    public static String micrograd4j() {
        Set<String> entries = new LinkedHashSet<>(List.of(of(MODULES).split(File.pathSeparator)));
        for (String property : List.of("java.class.path", "jdk.module.path")) {
            String value = System.getProperty(property, "");
            for (String entry : value.split(File.pathSeparator)) {
                if (!entry.isBlank() && Files.exists(Path.of(entry))) {
                    entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * The distinct locations of {@code anchors}, in order, joined with the platform's path
     * separator.
     *
     * @param anchors one class from each module the shell should see
     * @return the class path
     * @throws UserErrorException if a class has no file location (for example, it was loaded from a
     *     custom runtime image)
     */
    public static String of(Class<?>... anchors) {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> anchor : anchors) {
            entries.add(location(anchor).toAbsolutePath().normalize().toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path location(Class<?> anchor) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new UserErrorException("cannot start the shell: no file holds " + anchor.getName()
                    + "; run the CLI from its jar (./micrograd shell)");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new UserErrorException("cannot start the shell: " + anchor.getName() + " was loaded from "
                    + source.getLocation() + ", which is not a file", e);
        }
    }
}
