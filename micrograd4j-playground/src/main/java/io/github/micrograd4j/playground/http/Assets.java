package io.github.micrograd4j.playground.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The page's files, bundled in the jar under {@code io/github/micrograd4j/playground/assets/} (the one copy of
 * them: the web edition builds its site from the same files). Only the names
 * a route asks for by constant are ever read: no part of a request's path reaches a resource lookup, so no
 * path, encoded or not, can name another file.
 */
public final class Assets {
    /** Where the page files are, on the class path. */
    static final String FOLDER = "/io/github/micrograd4j/playground/assets/";

    private Assets() {
    }

    /**
     * A bundled file, read once.
     *
     * @param name its name in the assets folder
     * @return its bytes
     * @throws IllegalStateException if the jar lacks it (a build error)
     */
    public static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no playground asset " + name + " (a build error)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
