package io.github.micrograd4j.jupyter;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.Field;
import com.sun.jdi.IncompatibleThreadStateException;
import com.sun.jdi.Method;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VMDisconnectedException;
import com.sun.jdi.Value;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.Connector;
import com.sun.jdi.connect.IllegalConnectorArgumentsException;
import com.sun.jdi.connect.LaunchingConnector;
import com.sun.jdi.connect.VMStartException;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.event.MethodExitEvent;
import com.sun.jdi.event.ThreadDeathEvent;
import com.sun.jdi.event.VMDeathEvent;
import com.sun.jdi.event.VMDisconnectEvent;
import com.sun.jdi.event.VMStartEvent;
import com.sun.jdi.request.BreakpointRequest;
import com.sun.jdi.request.ClassPrepareRequest;
import com.sun.jdi.request.EventRequest;
import com.sun.jdi.request.EventRequestManager;
import com.sun.jdi.request.MethodExitRequest;
import com.sun.jdi.request.ThreadDeathRequest;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * rapaio's kernel ({@code MainApp}, as a kernel spec starts it) in a JVM of its own under the JDK's debugger
 * interface, with breakpoints that force an order on its start-up's threads. The orders are those of the two
 * races of rapaio 3.0.1 (see {@code org.rapaio.jupyter.kernel.channels}'s package-info):
 * <ul>
 *   <li>{@link Forces#holdStartersOf}: the thread that starts a channel's {@code LoopThread} is held just after
 *       {@code Thread.start()} returned, until the new thread has either left {@code run()} or is sleeping in its
 *       loop; the outcome per channel is in {@link #starterOutcome};</li>
 *   <li>{@link Forces#loopsWaitForRunning}: the opposite order, the one that works, for every other loop: each
 *       new loop thread is held at {@code run()}'s entry until its {@code running} flag is set (the debugger
 *       slows the kernel down enough for race 1 to strike by itself otherwise);</li>
 *   <li>{@link Forces#holdMainAfterShellBind}: the main thread is held as {@code ShellChannel.bind} returns (its
 *       socket bound, its thread started) until {@link #release()}.</li>
 * </ul>
 * A channel is told by its loop body's class ({@code ShellChannel$$Lambda...}): rapaio names the control
 * channel's thread {@code Shell-N} too.
 */
final class DebuggedKernel implements AutoCloseable {
    static final String LOOP_THREAD = "org.rapaio.jupyter.kernel.channels.LoopThread";
    static final String SHELL_CHANNEL = "org.rapaio.jupyter.kernel.channels.ShellChannel";
    /** What a held starter saw. */
    static final String LOOP_ENDED = "the loop ended before start() returned";
    static final String LOOPING = "the loop runs";
    private static final Duration HOLD_LIMIT = Duration.ofSeconds(20);

    /**
     * The orders to force.
     *
     * @param holdStartersOf the channels (simple class names) whose loop starters are held
     * @param loopsWaitForRunning whether every new loop thread waits for its flag
     * @param holdMainAfterShellBind whether the main thread is held after the shell's bind
     */
    record Forces(Set<String> holdStartersOf, boolean loopsWaitForRunning, boolean holdMainAfterShellBind) {
    }

    private final VirtualMachine vm;
    private final Forces forces;
    private final int shellPort;
    private final StringBuffer output = new StringBuffer();
    private final Map<String, CompletableFuture<String>> starterOutcomes = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Void>> loopEnds = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> heldAfterShellBind = new CompletableFuture<>();
    private volatile boolean released;
    private final Thread events;

    private ThreadReference main;
    private MethodExitRequest threadStartExit;
    /** Sets whose threads stay suspended, with what ends the hold. */
    private final List<Held> held = new ArrayList<>();

    private record Held(EventSet set, long deadline, HoldCondition until) {
    }

    @FunctionalInterface
    private interface HoldCondition {
        /** True when the held thread may go on. */
        boolean done() throws IncompatibleThreadStateException;
    }

    private DebuggedKernel(VirtualMachine vm, Forces forces, int shellPort) {
        this.vm = vm;
        this.forces = forces;
        this.shellPort = shellPort;
        drain(vm.process().getInputStream());
        drain(vm.process().getErrorStream());
        events = new Thread(this::eventLoop, "jdi-events");
        events.setDaemon(true);
    }

    /**
     * Launches {@code MainApp} with a connection file of free ports in {@code dir}, suspended until the event
     * requests are in place.
     */
    static DebuggedKernel start(List<Path> classpath, Path dir, Forces forces) throws IOException {
        int[] ports = freePorts(5);
        Path conn = connectionFile(dir, ports);
        LaunchingConnector connector = Bootstrap.virtualMachineManager().defaultConnector();
        Map<String, Connector.Argument> args = connector.defaultArguments();
        args.get("main").setValue("org.rapaio.jupyter.kernel.MainApp " + conn);
        args.get("options").setValue("-Djava.awt.headless=true -cp " + classpath.stream().map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator)));
        VirtualMachine vm;
        try {
            vm = connector.launch(args);
        } catch (IllegalConnectorArgumentsException | VMStartException e) {
            throw new IllegalStateException("cannot launch the kernel under the debugger: " + e.getMessage(), e);
        }
        DebuggedKernel kernel = new DebuggedKernel(vm, forces, ports[0]);
        EventRequestManager erm = vm.eventRequestManager();
        for (String type : List.of(LOOP_THREAD, SHELL_CHANNEL)) {
            ClassPrepareRequest prepare = erm.createClassPrepareRequest();
            prepare.addClassFilter(type);
            prepare.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
            prepare.enable();
        }
        kernel.events.start();
        return kernel;
    }

    /**
     * Writes a connection file for 127.0.0.1, unsigned (empty key).
     *
     * @param ports shell, iopub, stdin, control and heartbeat ports, in that order
     */
    static Path connectionFile(Path dir, int... ports) throws IOException {
        return Files.writeString(dir.resolve("connection.json"), "{\"shell_port\": " + ports[0] + ", \"iopub_port\": "
                + ports[1] + ", \"stdin_port\": " + ports[2] + ", \"control_port\": " + ports[3] + ", \"hb_port\": "
                + ports[4] + ", \"ip\": \"127.0.0.1\", \"transport\": \"tcp\", \"signature_scheme\": \"hmac-sha256\", "
                + "\"key\": \"\"}");
    }

    /** A client of this kernel's shell socket. */
    WireClient client() {
        return new WireClient("127.0.0.1", shellPort);
    }

    /** What the held starter of {@code channel}'s loop saw, once it was let go. */
    String starterOutcome(String channel, Duration wait) throws Exception {
        return starterOutcomes.computeIfAbsent(channel, c -> new CompletableFuture<>())
                .get(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether {@code channel}'s loop thread left {@code run()} within {@code wait}. */
    boolean loopEndedWithin(String channel, Duration wait) throws InterruptedException {
        try {
            loopEnds.computeIfAbsent(channel, c -> new CompletableFuture<>()).get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the main thread is held after the shell's bind. */
    void awaitHeldAfterShellBind(Duration wait) throws Exception {
        heldAfterShellBind.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets the main thread held after the shell's bind go on. */
    void release() {
        released = true;
    }

    /** The kernel's exit code if it exits within {@code wait}, else null. */
    Integer exitCodeWithin(Duration wait) throws InterruptedException {
        Process p = vm.process();
        return p.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS) ? p.exitValue() : null;
    }

    /** The kernel's threads, each with its state and top frames, and what it wrote: for a failure's message. */
    String report() {
        StringBuilder out = new StringBuilder("kernel output:\n").append(output).append("\nthreads:\n");
        try {
            for (ThreadReference t : vm.allThreads()) {
                boolean wasSuspended = t.isSuspended();
                t.suspend();
                try {
                    out.append(t.name()).append(" status ").append(t.status()).append(wasSuspended ? " (held)" : "")
                            .append('\n');
                    for (var f : t.frames().subList(0, Math.min(6, t.frameCount()))) {
                        out.append("    at ").append(f.location()).append('\n');
                    }
                } catch (IncompatibleThreadStateException e) {
                    out.append("    (no frames)\n");
                } finally {
                    t.resume();
                }
            }
        } catch (VMDisconnectedException gone) {
            out.append("(the kernel has exited)\n");
        }
        return out.toString();
    }

    /** What the kernel wrote to stdout and stderr so far. */
    String output() {
        return output.toString();
    }

    @Override
    public void close() throws InterruptedException {
        released = true;
        try {
            vm.exit(1);
        } catch (VMDisconnectedException gone) {
            // it had exited already
        }
        vm.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        events.join(10_000);
    }

    private void eventLoop() {
        try {
            while (true) {
                EventSet set = vm.eventQueue().remove(10);
                if (set != null) {
                    boolean resume = true;
                    for (Event e : set) {
                        if (e instanceof VMDeathEvent || e instanceof VMDisconnectEvent) {
                            return;
                        }
                        resume &= handle(e, set);
                    }
                    if (resume) {
                        set.resume();
                    }
                }
                for (Iterator<Held> it = held.iterator(); it.hasNext(); ) {
                    Held h = it.next();
                    if (h.until().done() || System.nanoTime() > h.deadline()) {
                        it.remove();
                        h.set().resume();
                    }
                }
            }
        } catch (VMDisconnectedException gone) {
            // the kernel exited: nothing more to hold
        } catch (InterruptedException | IncompatibleThreadStateException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Handles one event; false if its set must stay suspended (a hold was added). */
    private boolean handle(Event e, EventSet set) throws IncompatibleThreadStateException {
        EventRequestManager erm = vm.eventRequestManager();
        if (e instanceof VMStartEvent start) {
            main = start.thread();
        } else if (e instanceof ClassPrepareEvent prepared) {
            ReferenceType type = prepared.referenceType();
            if (type.name().equals(LOOP_THREAD)) {
                if (!forces.holdStartersOf().isEmpty()) {
                    breakpoint(erm, method(type, "start"));
                }
                if (forces.loopsWaitForRunning()) {
                    breakpoint(erm, method(type, "run"));
                }
                // a loop's end is seen as its thread's death: method exit events would slow the whole VM down
                ThreadDeathRequest deaths = erm.createThreadDeathRequest();
                deaths.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
                deaths.enable();
            } else if (type.name().equals(SHELL_CHANNEL) && forces.holdMainAfterShellBind()) {
                MethodExitRequest exits = erm.createMethodExitRequest();
                exits.addClassFilter(type);
                exits.addThreadFilter(main);
                exits.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
                exits.enable();
            }
        } else if (e instanceof BreakpointEvent hit) {
            ObjectReference loop = hit.thread().frame(0).thisObject();
            String channel = channelOf(loop);
            boolean forcedLate = forces.holdStartersOf().contains(channel);
            if (hit.location().method().name().equals("start") && forcedLate) {
                // watch this thread leave Thread.start(): the moment the new thread exists and start() goes on
                threadStartExit = erm.createMethodExitRequest();
                threadStartExit.addClassFilter("java.lang.Thread");
                threadStartExit.addThreadFilter(hit.thread());
                threadStartExit.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
                threadStartExit.enable();
            } else if (hit.location().method().name().equals("run") && !forcedLate) {
                // the debugger slows every thread down; without this a loop not under test could lose race 1 too
                Field running = loop.referenceType().fieldByName("running");
                long deadline = System.nanoTime() + HOLD_LIMIT.toNanos();
                held.add(new Held(set, deadline, () -> ((com.sun.jdi.BooleanValue) loop.getValue(running)).value()));
                return false;
            }
        } else if (e instanceof ThreadDeathEvent death) {
            // the thread outlives run() only until its death event, which comes before its joiners are woken
            ObjectReference thread = death.thread();
            if (thread.referenceType().name().equals(LOOP_THREAD)) {
                loopEnds.computeIfAbsent(channelOf(thread), c -> new CompletableFuture<>()).complete(null);
            }
        } else if (e instanceof MethodExitEvent exit) {
            Method m = exit.method();
            String owner = m.declaringType().name();
            if (owner.equals("java.lang.Thread") && m.name().equals("start") && exit.request() == threadStartExit) {
                erm.deleteEventRequest(threadStartExit);
                threadStartExit = null;
                ThreadReference started = (ThreadReference) exit.thread().frame(0).thisObject();
                String channel = channelOf(started);
                if (forces.holdStartersOf().contains(channel)) {
                    CompletableFuture<Void> ended = loopEnds.computeIfAbsent(channel, c -> new CompletableFuture<>());
                    long deadline = System.nanoTime() + HOLD_LIMIT.toNanos();
                    held.add(new Held(set, deadline, () -> {
                        boolean sleeping = started.status() == ThreadReference.THREAD_STATUS_SLEEPING;
                        if (ended.isDone() || sleeping) {
                            starterOutcomes.computeIfAbsent(channel, c -> new CompletableFuture<>())
                                    .complete(ended.isDone() ? LOOP_ENDED : LOOPING);
                            return true;
                        }
                        return false;
                    }));
                    return false;
                }
            } else if (owner.equals(SHELL_CHANNEL) && m.name().equals("bind")) {
                erm.deleteEventRequest(exit.request());
                heldAfterShellBind.complete(null);
                held.add(new Held(set, System.nanoTime() + Duration.ofMinutes(2).toNanos(), () -> released));
                return false;
            }
        }
        return true;
    }

    /** The simple name of the channel whose loop body {@code loopThread} runs. */
    private static String channelOf(ObjectReference loopThread) {
        Value body = loopThread.getValue(loopThread.referenceType().fieldByName("loopBody"));
        String lambda = ((ObjectReference) body).referenceType().name();
        String outer = lambda.substring(0, lambda.indexOf("$$"));
        return outer.substring(outer.lastIndexOf('.') + 1);
    }

    private static Method method(ReferenceType type, String name) {
        return type.methodsByName(name).stream().filter(m -> m.argumentTypeNames().isEmpty()).findFirst()
                .orElseThrow(() -> new IllegalStateException(type.name() + " has no " + name + "()"));
    }

    private static void breakpoint(EventRequestManager erm, Method m) {
        BreakpointRequest bp = erm.createBreakpointRequest(m.location());
        bp.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
        bp.enable();
    }

    private void drain(InputStream in) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    output.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException closed) {
                // the kernel is gone
            }
        }, "kernel-output");
        t.setDaemon(true);
        t.start();
    }

    static int[] freePorts(int n) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0);
                sockets.add(s);
                ports[i] = s.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket s : sockets) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // a port we could not close stays taken; the kernel's bind would say so
                }
            }
        }
    }
}
