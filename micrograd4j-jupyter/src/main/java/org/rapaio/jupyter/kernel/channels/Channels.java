/*
 * Copyright 2023-2026 Aurelian Tutuianu (rapaio-jupyter-kernel), MIT License; changed for micrograd4j: see
 * package-info.java in this folder for the licence text and what changed.
 */
package org.rapaio.jupyter.kernel.channels;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.Stack;

import org.rapaio.jupyter.kernel.core.ConnectionProperties;
import org.rapaio.jupyter.kernel.core.RapaioKernel;
import org.rapaio.jupyter.kernel.message.ContentType;
import org.rapaio.jupyter.kernel.message.HMACDigest;
import org.rapaio.jupyter.kernel.message.Message;
import org.rapaio.jupyter.kernel.message.MessageId;
import org.rapaio.jupyter.kernel.message.MessageType;
import org.rapaio.jupyter.kernel.message.messages.ErrorReply;
import org.rapaio.jupyter.kernel.message.messages.IOPubStatus;
import org.rapaio.jupyter.kernel.message.messages.IOPubStream;
// micrograd4j: rapaio's jar holds JeroMQ relocated to this package (its source says org.zeromq)
import org.rapaio.org.zeromq.ZMQ;

/**
 * The kernel's five channels (heartbeat, shell, control, stdin, iopub), their handlers and the state a request
 * shares between them.
 */
@SuppressWarnings( {"unchecked", "rawtypes"})
public final class Channels {

    private final ConnectionProperties connProps;

    private final ZMQ.Context ctx;

    private final HeartbeatChannel heartbeat;
    private final ShellChannel shell;
    private final ControlChannel control;
    private final StdinChannel stdin;
    private final IOPubChannel iopub;

    private final Set<AbstractChannel> channels;
    private final Stack<Runnable> afterActions = new Stack<>();

    // micrograd4j: volatile, and only ever a complete map (upstream assigned an empty HashMap, then filled it)
    private volatile Map<MessageType<?>, MessageHandler> handlers = Map.of();
    private MessageId<?> msgId;

    private boolean isConnected = false;
    private boolean requestShutdown = false;

    /**
     * The channels of a connection file's ports, not yet bound.
     *
     * @param connProps the connection file's content
     * @throws NoSuchAlgorithmException if the signature scheme is unknown
     * @throws InvalidKeyException if the key does not suit it
     */
    public Channels(ConnectionProperties connProps) throws NoSuchAlgorithmException, InvalidKeyException {
        this.connProps = connProps;
        ctx = ZMQ.context(1);

        HMACDigest hmacDigest = connProps.createHMACDigest();

        heartbeat = new HeartbeatChannel(this, ctx, hmacDigest);
        shell = new ShellChannel(this, ctx, hmacDigest, this);
        control = new ControlChannel(this, ctx, hmacDigest);
        stdin = new StdinChannel(this, ctx, hmacDigest);
        iopub = new IOPubChannel(this, ctx, hmacDigest);

        channels = Set.of(heartbeat, shell, control, stdin, iopub);
    }

    /**
     * Connects the kernel to the channels and binds their sockets, which starts their threads.
     *
     * @param kernel the kernel whose methods handle the requests
     */
    public void connect(RapaioKernel kernel) {
        if (!isConnected) {
            // micrograd4j: the kernel and the handlers first. Binding starts the channels' threads, and a client
            // that is already connecting sends kernel_info_request the moment the shell socket is bound;
            // upstream bound first and did these two after.
            kernel.registerChannels(this);

            Map<MessageType<?>, MessageHandler> handlers = new HashMap<>();
            handlers.put(MessageType.SHELL_EXECUTE_REQUEST, kernel::handleExecuteRequest);
            handlers.put(MessageType.SHELL_INSPECT_REQUEST, kernel::handleInspectRequest);
            handlers.put(MessageType.SHELL_COMPLETE_REQUEST, kernel::handleCompleteRequest);
            handlers.put(MessageType.SHELL_HISTORY_REQUEST, kernel::handleHistoryRequest);
            handlers.put(MessageType.SHELL_IS_COMPLETE_REQUEST, kernel::handleIsCompleteRequest);
            handlers.put(MessageType.SHELL_KERNEL_INFO_REQUEST, kernel::handleKernelInfoRequest);
            handlers.put(MessageType.CONTROL_SHUTDOWN_REQUEST, kernel::handleShutdownRequest);
            handlers.put(MessageType.CONTROL_INTERRUPT_REQUEST, kernel::handleInterruptRequest);
            handlers.put(MessageType.CUSTOM_COMM_OPEN, kernel::handleCommOpenCommand);
            handlers.put(MessageType.CUSTOM_COMM_MSG, kernel::handleCommMsgCommand);
            handlers.put(MessageType.CUSTOM_COMM_CLOSE, kernel::handleCommCloseCommand);
            handlers.put(MessageType.SHELL_COMM_INFO_REQUEST, kernel::handleCommInfoRequest);
            this.handlers = Map.copyOf(handlers);

            try {
                channels.forEach(s -> s.bind(connProps));
            } catch (RuntimeException e) {
                // micrograd4j: a port taken since Jupyter chose it. Upstream left the loops already started
                // running, so the kernel lived on half-bound and never answered; closed, the kernel exits, and
                // Jupyter's restarter tries again with new ports.
                close();
                throw e;
            }
            iopub.sendMessage(new Message<>(MessageType.IOPUB_STATUS, IOPubStatus.STARTING));

            isConnected = true;
        }
    }

    /**
     * The handler of a message type.
     *
     * @param <T> the message's content type
     * @param type the message type
     * @return its handler, or null if the kernel does not handle it
     */
    public <T> MessageHandler<T> getHandler(MessageType<T> type) {
        return handlers.get(type);
    }

    /** Closes every channel and the ZeroMQ context. */
    public void close() {
        channels.forEach(AbstractChannel::close);
        ctx.close();
    }

    /** Waits until the channels' threads end. */
    public void joinUntilClose() {
        channels.forEach(AbstractChannel::joinUntilClose);
    }

    /**
     * Whether a request is being handled.
     *
     * @return true if there is a current message id
     */
    public boolean hasMsgId() {
        return msgId != null;
    }

    /**
     * Sets the id of the request being handled, the parent of what is sent until it is freed.
     *
     * @param msgId the request's id
     */
    public void setMsgId(MessageId<?> msgId) {
        this.msgId = msgId;
    }

    /** Forgets the current request's id. */
    public void freeMsgId() {
        this.msgId = null;
    }

    /** Asks for the connection to close after the current request. */
    public void markForShutdown() {
        requestShutdown = true;
    }

    /**
     * Whether a shutdown was asked for.
     *
     * @return true after {@link #markForShutdown()}
     */
    public boolean isMarkedForShutdown() {
        return requestShutdown;
    }

    /**
     * Publishes text on the notebook's standard output stream.
     *
     * @param msg the text
     */
    public void writeToStdOut(String msg) {
        publish(new IOPubStream(IOPubStream.StreamName.OUT, msg));
    }

    /**
     * Publishes text on the notebook's standard error stream.
     *
     * @param msg the text
     */
    public void writeToStdErr(String msg) {
        publish(new IOPubStream(IOPubStream.StreamName.ERR, msg));
    }

    /**
     * Asks the front end for a line of input.
     *
     * @return the line, with a line separator
     */
    public String readFromStdIn() {
        return stdin.getInput(msgId, "", false);
    }

    /**
     * Publishes content on the iopub channel, as a child of the current request.
     *
     * @param <T> the content's type
     * @param content the content
     */
    public <T extends ContentType<T>> void publish(T content) {
        iopub.sendMessage(new Message<>(msgId, content.type(), content));
    }

    /**
     * Replies to the current request on the shell channel.
     *
     * @param <T> the content's type
     * @param content the reply
     */
    public <T extends ContentType<T>> void reply(T content) {
        shell.sendMessage(new Message<>(msgId, content.type(), content));
    }

    /**
     * Replies to the current request with an error.
     *
     * @param type the reply's type
     * @param error the error
     */
    public void replyError(MessageType<?> type, ErrorReply error) {
        shell.sendMessage(new Message(msgId, type, error));
    }

    /**
     * Runs an action after the current request's handler.
     *
     * @param action the action
     */
    public void scheduleAfter(Runnable action) {
        afterActions.push(action);
    }

    /** Runs the scheduled actions, the last scheduled first. */
    public void runAfterActions() {
        while (!afterActions.isEmpty()) {
            afterActions.pop().run();
        }
    }

    /** Publishes the busy status now and the idle status after the current request. */
    public void busyThenIdle() {
        publish(IOPubStatus.BUSY);
        scheduleAfter(() -> publish(IOPubStatus.IDLE));
    }
}
