package io.github.micrograd4j.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The page's files, bundled in the jar under {@code io/github/micrograd4j/cli/serve/assets/}. Only the names
 * a route asks for by constant are ever read: no part of a request's path reaches a resource lookup, so no
 * path, encoded or not, can name another file.
 */
final class Assets {
    private Assets() {
    }

    /**
     * A bundled file, read once.
     *
     * @param name its name in the assets folder
     * @return its bytes
     * @throws IllegalStateException if the jar lacks it (a build error)
     */
    static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream("assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no playground asset " + name + " (a build error)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
