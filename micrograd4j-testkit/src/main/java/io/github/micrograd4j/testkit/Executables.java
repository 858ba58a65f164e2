package io.github.micrograd4j.testkit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds a program the way a shell would, for the browser test: a fixed path first (Debian's
 * {@code /usr/bin/chromium}), then each name in each directory of a {@code PATH}.
 */
public final class Executables {
    private Executables() {
    }

    /**
     * The first executable among {@code fixed}, then among {@code names} in the directories of
     * {@code path} (a {@code PATH}-style list; empty entries are skipped).
     *
     * @param fixed full paths to try first
     * @param names file names to look for in each directory of {@code path}
     * @param path the search path, {@code null} for none
     * @return the program, if one is found
     */
    public static Optional<Path> find(List<Path> fixed, List<String> names, String path) {
        for (Path p : fixed) {
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        if (path == null) {
            return Optional.empty();
        }
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Chromium or Chrome: Debian's path, then {@code chromium}, {@code chromium-browser}, {@code google-chrome…}
     * on the PATH.
     *
     * @return the browser, if one is found
     */
    public static Optional<Path> browser() {
        return find(List.of(Path.of("/usr/bin/chromium")),
                List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"),
                System.getenv("PATH"));
    }

    /**
     * The driver: Debian's {@code /usr/bin/chromedriver}, then {@code chromedriver} on the PATH.
     *
     * @return the driver, if one is found
     */
    public static Optional<Path> driver() {
        return find(List.of(Path.of("/usr/bin/chromedriver")), List.of("chromedriver"), System.getenv("PATH"));
    }
}
