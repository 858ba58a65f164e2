package io.github.micrograd4j.web.build;

import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import io.github.micrograd4j.viz.BackpropPictures;
import io.github.micrograd4j.viz.WalkthroughPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the site's {@code walkthrough.html}, the page {@code micrograd demo} writes: the walkthrough's
 * expression, backpropagated, drawn step by step. Run on the JVM at build time (it lays the graph out with
 * ELK), never compiled for the browser; the page itself is self-contained and needs no script of ours.
 */
public final class WalkthroughFile {
    private WalkthroughFile() {
    }

    /**
     * Writes the page.
     *
     * @param args the file to write
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: WalkthroughFile FILE");
        }
        Path file = Path.of(args[0]).toAbsolutePath();
        WalkthroughExample w = WalkthroughExample.build();
        w.L().backward();
        String html = WalkthroughPage.html(BackpropPictures.of(w.L()));
        Files.createDirectories(file.getParent());
        // a sibling, not Files.createTempFile, whose owner-only permissions a web server would keep
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, html, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
