package io.github.micrograd4j.playground.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 spoken by hand over a socket, for tests only: the JDK's client refuses to send what the
 * hostile tests need (a forged Host header, two Host headers, a lying Content-Length, a body dribbled out).
 *
 * @param status the status code, or -1 when the server closed the connection without answering
 * @param body the response body
 */
public record RawHttp(int status, String headers, String body) {
    public static final int TIMEOUT_MS = 30_000;

    public static RawHttp send(InetAddress address, int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(address, port)) {
            socket.setSoTimeout(TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException e) {
                    // the server may answer and close before reading a body it refuses: read its answer
                }
            }
            out.flush();
            return read(socket.getInputStream());
        }
    }

    public static RawHttp read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        try {
            while ((n = in.read(buffer)) > 0) {
                all.write(buffer, 0, n);
                String text = all.toString(StandardCharsets.ISO_8859_1);
                int end = text.indexOf("\r\n\r\n");
                if (end >= 0 && complete(text, end)) {
                    break;
                }
            }
        } catch (java.net.SocketException e) {
            // reset by the server after its answer: what was read stands
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            return new RawHttp(-1, "", text);
        }
        return new RawHttp(Integer.parseInt(text.substring(9, 12)), text.substring(0, end), text.substring(end + 4));
    }

    private static boolean complete(String text, int end) {
        String head = text.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return head.contains("transfer-encoding: chunked") ? text.endsWith("0\r\n\r\n") : true;
        }
        int eol = head.indexOf("\r\n", at);
        long length = Long.parseLong(head.substring(at + 15, eol < 0 ? head.length() : eol).trim());
        return text.length() - end - 4 >= length;
    }

    /** A request's head: the request line and headers, ending with the blank line. */
    public static String head(String method, String target, String host, String... headers) {
        StringBuilder h = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        if (host != null) {
            h.append("Host: ").append(host).append("\r\n");
        }
        for (String header : headers) {
            h.append(header).append("\r\n");
        }
        return h.append("Connection: close\r\n\r\n").toString();
    }
}
