package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.cli.errors.UserErrorException;
import io.github.micrograd4j.playground.PlaygroundServer;
import io.github.micrograd4j.playground.http.HttpHost;
import io.github.micrograd4j.playground.http.Limits;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code micrograd serve}: the playground, a local web app where backprop updates as you type. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the playground: a local web app with two labs. The expression lab (/) draws a "
            + "program's graph, its grads and the backprop steps as you type; the training lab (/train) trains an "
            + "MLP on 2-D points and shows its decision map, neurons and loss as it learns.",
            "",
            "The first line printed is the expression lab's URL, the second the training lab's, each with the token "
            + "every request needs. Ctrl-C stops it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped with Ctrl-C", "2:bad option, or the port is taken"})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8765",
            description = "The port to listen on (default ${DEFAULT-VALUE}); 0 takes a free one.")
    private int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default ${DEFAULT-VALUE}, this machine only). Another address "
                + "lets other machines reach the playground, which runs programs: a warning is printed.")
    private String host;

    @Option(names = "--token", paramLabel = "T",
            description = "The token requests must carry (default: a new random one per start).")
    private String token;

    @Option(names = "--open", description = "Also open the playground in the default browser.")
    private boolean open;

    @Override
    public Integer call() {
        PlaygroundServer server;
        try {
            server = PlaygroundServer.start(new HttpHost.Config(host, port, token, Limits.defaults()));
        } catch (IllegalArgumentException e) {
            throw new UserErrorException(e.getMessage());
        } catch (BindException e) {
            throw new UserErrorException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); is another playground running? Pick another port with --port N, or --port 0 for a free one");
        } catch (IOException e) {
            throw new UserErrorException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String url = url(server.host(), "/");
        out.println("micrograd4j playground: " + url);
        out.println("training lab:           " + url(server.host(), "/train"));
        out.flush();
        if (!isLoopback(host)) {
            err.println("warning: listening on " + host + ", not only on this machine: anyone who can reach it and "
                    + "has the token can run programs here");
            err.flush();
        }
        if (open) {
            Browser.open(URI.create(url), err);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            out.println("micrograd4j playground: stopped");
            out.flush();
            stopped.countDown();
            // Ctrl-C is how the playground is meant to end, so it ends with 0, not the JVM's 130 for SIGINT
            Runtime.getRuntime().halt(0);
        }, "micrograd4j-serve-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * The URL to print: with 127.0.0.1 when the server listens there (or on every address), else with the
     * address it listens on ({@code --host ::1} prints {@code http://[::1]:PORT/...}).
     */
    private static String url(HttpHost server, String path) {
        InetAddress bound = server.address();
        if (bound.isAnyLocalAddress() || bound.getHostAddress().equals("127.0.0.1")) {
            return server.url(path);
        }
        String literal = bound.getHostAddress().replaceFirst("%.*$", "");
        String shown = bound instanceof Inet6Address ? "[" + literal + "]" : literal;
        return "http://" + (bound.isLoopbackAddress() && shown.equals("[0:0:0:0:0:0:0:1]") ? "[::1]" : shown)
                + ":" + server.port() + path + "?token=" + server.token();
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
