package io.github.micrograd4j.playground;

import io.github.micrograd4j.playground.http.HttpHost;
import io.github.micrograd4j.playground.http.Limits;
import io.github.micrograd4j.testkit.HeadlessChromium;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The served playground for a browser test class, registered after its {@link HeadlessChromium}: started on
 * 127.0.0.1 with the class's token before its tests and closed after them, with the browser's driver, a script
 * runner and a wait at hand. One place for what every browser test of the labs sets up.
 */
public final class ServedLabs implements BeforeAllCallback, AfterAllCallback {
    private final HeadlessChromium chromium;
    private final String token;
    private final Duration patience;
    private PlaygroundServer server;

    /**
     * A playground for a test class.
     *
     * @param chromium the class's browser
     * @param token the server's token
     * @param patience how long {@link #waiting()} waits
     */
    public ServedLabs(HeadlessChromium chromium, String token, Duration patience) {
        this.chromium = Objects.requireNonNull(chromium, "chromium");
        this.token = Objects.requireNonNull(token, "token");
        this.patience = Objects.requireNonNull(patience, "patience");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = PlaygroundServer.start(new HttpHost.Config("127.0.0.1", 0, token, Limits.defaults()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** @return the running server */
    public PlaygroundServer server() {
        return server;
    }

    /** @return the browser's driver */
    public WebDriver driver() {
        return chromium.driver();
    }

    /**
     * Runs a script in the page.
     *
     * @param script the script's body
     * @param args its {@code arguments}
     * @return what it returns
     */
    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    /** @return a wait of the class's patience */
    public WebDriverWait waiting() {
        return new WebDriverWait(driver(), patience);
    }
}
