package io.github.micrograd4j.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/** Runs an example's {@code main} and returns what it printed, line by line. */
final class Printed {
    private Printed() {
    }

    static synchronized List<String> by(Consumer<String[]> main) {
        PrintStream standardOut = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.accept(new String[0]);
        } finally {
            System.setOut(standardOut);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
