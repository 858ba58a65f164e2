package io.github.micrograd4j.cli.commands;

import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Opens a URL in the user's default browser, for {@code serve --open}. */
final class Browser {
    private Browser() {
    }

    /**
     * Opens the URL; says so on {@code err} if no browser could be started, since the URL is printed anyway.
     *
     * @param url the URL
     * @param err where to say it failed
     */
    static void open(URI url, PrintWriter err) {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(url);
                return;
            }
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            List<String> command = os.contains("mac") ? List.of("open", url.toString())
                    : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", url.toString())
                    : List.of("xdg-open", url.toString());
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            err.println("warning: could not open a browser (" + e.getMessage() + "); open the URL above yourself");
            err.flush();
        }
    }
}
