package io.github.micrograd4j.jupyter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.rapaio.org.zeromq.SocketType;
import org.rapaio.org.zeromq.ZMQ;

/**
 * The least of a Jupyter client that tells whether a kernel answers: {@code kernel_info_request} on the shell
 * socket, unsigned (the connection file has no key). It speaks through the
 * JeroMQ inside rapaio's jar (relocated to {@code org.rapaio.org.zeromq}), so the test needs no other library.
 */
final class WireClient implements AutoCloseable {
    private final ZMQ.Context ctx = ZMQ.context(1);
    private final ZMQ.Socket shell;
    private final String session = UUID.randomUUID().toString();

    WireClient(String ip, int shellPort) {
        shell = ctx.socket(SocketType.DEALER);
        shell.setLinger(0);
        shell.connect("tcp://" + ip + ":" + shellPort);
    }

    /** Queues a {@code kernel_info_request}; ZeroMQ delivers it as soon as the kernel's shell socket is bound. */
    void sendKernelInfoRequest() {
        String header = "{\"msg_id\":\"" + UUID.randomUUID() + "\",\"username\":\"test\",\"session\":\"" + session
                + "\",\"date\":\"2026-01-01T00:00:00.000Z\",\"msg_type\":\"kernel_info_request\",\"version\":\"5.3\"}";
        shell.sendMore("<IDS|MSG>");
        shell.sendMore("");
        shell.sendMore(header);
        shell.sendMore("{}");
        shell.sendMore("{}");
        shell.send("{}");
    }

    /** Whether a {@code kernel_info_reply} comes within {@code wait}. */
    boolean kernelInfoReplyWithin(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        ZMQ.Poller poller = ctx.poller(1);
        poller.register(shell, ZMQ.Poller.POLLIN);
        try {
            while (true) {
                long left = Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
                if (left == 0 || poller.poll(left) <= 0) {
                    return false;
                }
                // a reply's frames: <IDS|MSG>, signature, header, parent header, metadata, content
                boolean isReply = false;
                int frame = 0;
                do {
                    byte[] part = shell.recv();
                    if (frame++ == 2 && new String(part, StandardCharsets.UTF_8).contains("\"kernel_info_reply\"")) {
                        isReply = true;
                    }
                } while (shell.hasReceiveMore());
                if (isReply) {
                    return true;
                }
            }
        } finally {
            poller.close();
        }
    }

    @Override
    public void close() {
        shell.close();
        ctx.close();
    }
}
