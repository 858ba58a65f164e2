package io.github.micrograd4j.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.cli.errors.ExitCodes;
import io.github.micrograd4j.cli.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code micrograd serve} as a user runs it, in a child JVM: the first line is exactly the URL with its
 * token, the URL opens the page, and Ctrl-C (SIGINT) stops it with one line and exit code 0.
 */
class ServeCommandTest {
    private static final Pattern FIRST_LINE =
            Pattern.compile("micrograd4j playground: http://127\\.0\\.0\\.1:(\\d+)/\\?token=([A-Za-z0-9._~-]+)");

    private static Process serve(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "serve"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void printsTheUrlFirstServesItAndStopsOnCtrlCWithExitZero() throws Exception {
        Process child = serve("--port", "0");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            Matcher m = FIRST_LINE.matcher(first);
            assertThat(m.matches()).as(first).isTrue();
            assertThat(m.group(2)).hasSize(48); // 24 random bytes, hex
            // the second line is the training lab's address, with the same port and token
            assertThat(out.readLine()).isEqualTo("training lab:           http://127.0.0.1:" + m.group(1) + "/train?token="
                    + m.group(2));

            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(first.substring(first.indexOf("http"))))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).containsPattern("<title[^>]*>micrograd4j playground");
            HttpResponse<String> noToken = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + m.group(1) + "/api/examples")).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(noToken.statusCode()).isEqualTo(403);
            assertThat(noToken.body()).startsWith("{\"status\":403,\"error\":\"missing or wrong token").doesNotContain("\n");

            new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isZero();
            assertThat(out.readLine()).isEqualTo("micrograd4j playground: stopped");
            assertThat(out.readLine()).isNull();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aGivenTokenIsUsedAsGiven() throws Exception {
        Process child = serve("--port", "0", "--token", "my-own.token_1");
        try {
            String first = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(first).matches(FIRST_LINE).endsWith("/?token=my-own.token_1");
        } finally {
            child.destroyForcibly();
            child.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void listensOnIpv6LoopbackWhenAskedAndPrintsThatAddress() throws Exception {
        Process child = serve("--port", "0", "--host", "::1");
        try {
            String first = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(first).matches("micrograd4j playground: http://\\[::1\\]:\\d+/\\?token=[0-9a-f]{48}");
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(first.substring(first.indexOf("http")))).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
        } finally {
            child.destroyForcibly();
            child.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void refusesATakenPortAndABadTokenWithAMessage() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            CliRun run = CliRun.of("serve", "--port", Integer.toString(taken.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).startsWith("error: cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("--port 0");
        }
        CliRun badToken = CliRun.of("serve", "--port", "0", "--token", "has space");
        assertThat(badToken.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badToken.err()).contains("not 'has space'");
        CliRun badPort = CliRun.of("serve", "--port", "70000");
        assertThat(badPort.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badPort.err()).contains("not 70000");
    }
}
