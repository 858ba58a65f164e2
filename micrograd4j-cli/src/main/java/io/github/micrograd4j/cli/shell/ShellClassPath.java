package io.github.micrograd4j.cli.shell;

import io.github.micrograd4j.cli.UserErrorException;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.examples.Examples;
import io.github.micrograd4j.nn.MLP;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
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
    private static final Class<?>[] MODULES = {Value.class, MLP.class, Examples.class, ShellFunctions.class};

    private ShellClassPath() {
    }

    /**
     * The class path with every micrograd4j module.
     *
     * @return the class path
     * @throws UserErrorException if a module's classes have no file location
     */
    public static String micrograd4j() {
        return of(MODULES);
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
            entries.add(location(anchor).toString());
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
