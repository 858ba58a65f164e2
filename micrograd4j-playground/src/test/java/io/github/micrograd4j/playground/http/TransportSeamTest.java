package io.github.micrograd4j.playground.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seam the web edition builds on: every request a page makes goes through {@code transport.js}, and
 * page scripts import only relative modules (a bundler for {@code file://} keeps those).
 */
class TransportSeamTest {
    private static final Pattern REQUEST = Pattern.compile("\\b(fetch\\s*\\(|new\\s+EventSource|XMLHttpRequest|"
            + "navigator\\.sendBeacon|new\\s+WebSocket)");
    private static final Pattern IMPORT = Pattern.compile("\\bimport\\b[^;]*?from\\s*\"([^\"]+)\"");

    private static List<Path> scripts() throws IOException, URISyntaxException {
        Path folder = Path.of(Assets.class.getResource(Assets.FOLDER).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".js")).sorted().toList();
        }
    }

    @Test
    void onlyTheTransportTalksToTheServer() throws Exception {
        List<Path> scripts = scripts();
        assertThat(scripts).extracting(p -> p.getFileName().toString()).contains("transport.js", "playground.js",
                "train.js");
        for (Path script : scripts) {
            String text = Files.readString(script, StandardCharsets.UTF_8);
            Matcher m = REQUEST.matcher(text);
            if (script.getFileName().toString().equals("transport.js")) {
                assertThat(m.find()).as("transport.js makes requests").isTrue();
            } else {
                assertThat(m.find()).as(script.getFileName() + " makes a request itself: "
                        + (m.hitEnd() ? "" : m.group())).isFalse();
            }
        }
    }

    @Test
    void pageScriptsImportOnlyRelativeModules() throws Exception {
        for (Path script : scripts()) {
            Matcher m = IMPORT.matcher(Files.readString(script, StandardCharsets.UTF_8));
            while (m.find()) {
                assertThat(m.group(1)).as(script.getFileName() + " imports " + m.group(1)).startsWith("./");
            }
        }
    }

    @Test
    void thePagesReachTheTransportTheyImport() throws Exception {
        for (String page : List.of("playground.js", "train.js")) {
            String text = Files.readString(scripts().stream().filter(p -> p.getFileName().toString().equals(page))
                    .findFirst().orElseThrow(), StandardCharsets.UTF_8);
            assertThat(text).as(page).contains("from \"./transport.js\"");
        }
        assertThat(new String(Assets.read("transport.js"), StandardCharsets.UTF_8))
                .contains("export function capabilities()");
    }
}
