package io.github.micrograd4j.jupyter;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;

/**
 * The kernel JVM's logging set-up, named by {@code -Djava.util.logging.config.class} in the kernel spec: it reads
 * micrograd4j's kernel logging settings (warnings and errors only) before anything logs. rapaio's {@code MainApp}
 * builds its kernel in a static initializer, before its {@code main} reads {@code logging.properties}, so without
 * this the kernel's construction would still log at INFO to Jupyter's terminal (with a start-up script, one line:
 * {@code Loading init script: …}).
 */
public final class KernelLogging {
    /**
     * Reads the settings into the {@link LogManager}, as its {@code java.util.logging.config.class} contract asks.
     *
     * @throws IOException if the settings cannot be read
     */
    public KernelLogging() throws IOException {
        try (InputStream in = KernelLogging.class.getClassLoader().getResourceAsStream(KernelPatch.LOGGING_RESOURCE)) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        }
    }
}
