package io.github.micrograd4j.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The one headless Chromium of the browser tests, as a JUnit extension: registered as a static field,
 * it starts Debian's {@code chromium} through {@code chromium-driver} (or the browser and driver found on
 * the {@code PATH}) once for the test class and quits it after.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final HeadlessChromium CHROMIUM = new HeadlessChromium(1280, 800);
 * ... CHROMIUM.driver().get(url);
 * }</pre>
 *
 * <p>Without a browser the class is skipped on a developer's machine, with one {@code WARNING} line on
 * standard error, and fails under {@code CI=true}, where {@code .ci/run} must have installed it. The
 * driver and browser are named explicitly, so Selenium Manager never looks for or downloads one; the
 * browser's own network chatter (component updates, sync) is off, and its performance and console logs
 * are kept so that a test can check which requests a page made.
 */
public final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback, AutoCloseable {
    private final int width;
    private final int height;
    private ChromeDriverService service;
    private WebDriver driver;
    private Path profile;

    /**
     * A browser whose window has this size in CSS pixels.
     *
     * @param width the window's width
     * @param height the window's height
     */
    public HeadlessChromium(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Path chromium = Executables.browser().orElse(null);
        Path chromedriver = Executables.driver().orElse(null);
        if (chromium == null || chromedriver == null) {
            String missing = "the browser test needs Chromium or Chrome (/usr/bin/chromium, or chromium, "
                    + "chromium-browser or google-chrome on the PATH: " + (chromium == null ? "not found" : chromium)
                    + ") and chromedriver (" + (chromedriver == null ? "not found" : chromedriver)
                    + "); apt-get install -y chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(missing + ", and CI=true: .ci/run should have installed them");
            }
            System.err.println("WARNING: " + context.getDisplayName() + " SKIPPED: " + missing);
            Assumptions.abort(missing + "; skipped outside CI");
        }
        open();
    }

    /**
     * Starts the browser outside a test, for the speed scripts and screenshots; {@link #close()} quits it.
     *
     * @param width the window's width in CSS pixels
     * @param height the window's height
     * @return the started browser
     * @throws IOException if its profile folder cannot be made
     * @throws IllegalStateException if no Chromium or driver is installed
     */
    public static HeadlessChromium start(int width, int height) throws IOException {
        HeadlessChromium chromium = new HeadlessChromium(width, height);
        chromium.open();
        return chromium;
    }

    private void open() throws IOException {
        Path chromium = Executables.browser().orElseThrow(() -> new IllegalStateException("no Chromium or Chrome "
                + "found; apt-get install -y chromium chromium-driver"));
        Path chromedriver = Executables.driver().orElseThrow(() -> new IllegalStateException("no chromedriver found; "
                + "apt-get install -y chromium-driver"));
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.toString());
        service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream()).build();
        profile = Files.createTempDirectory("micrograd4j-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Quits the browser and its driver and removes the profile folder. */
    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (service != null) {
            service.stop();
            service = null;
        }
        if (profile != null) {
            deleteQuietly(profile);
        }
    }

    /**
     * The browser, started for the test class.
     *
     * @return the driver
     * @throws IllegalStateException outside the test class's lifetime
     */
    public WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("the browser runs only while the test class runs");
        }
        return driver;
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a profile left in the temporary folder is harmless
        }
    }
}
