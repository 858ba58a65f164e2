package io.github.micrograd4j.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.jupyter.DebuggedKernel.Forces;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two start-up races of rapaio-jupyter-kernel 3.0.1, each forced with debugger breakpoints in a real kernel
 * process (see {@link DebuggedKernel}), against rapaio's jar as released and against the class path
 * {@code jupyter install} writes, with {@link KernelPatch}'s jar first. Against rapaio's classes the forced order
 * reproduces each symptom measured in {@code docs/jupyter/}: a kernel that is alive and beats but never answers,
 * and one that exits with status 0 before answering. If a rapaio upgrade fixed a race, its test here fails, and
 * the patch can go.
 */
class KernelStartRacesTest {
    private static final Set<String> LOOPS = Set.of("ShellChannel", "ControlChannel", "HeartbeatChannel");
    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration ANSWER = Duration.ofSeconds(30);
    /** Long enough for a kernel that answers at all: the ones here answer in well under a second once bound. */
    private static final Duration SILENCE = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private static List<Path> released() {
        return List.of(JupyterRunner.kernelJar());
    }

    private List<Path> patched() throws IOException {
        Path patch = dir.resolve(KernelPatch.FILE_NAME);
        try (OutputStream out = Files.newOutputStream(patch)) {
            KernelPatch.writeJar(out);
        }
        return List.of(patch, JupyterRunner.kernelJar());
    }

    /** Race 1 on the shell alone, as released: its loop ends at once, the other loops go on, no answer ever. */
    @Test
    void releasedShellLoopThatChecksItsFlagFirstEndsAndTheKernelHangs() throws Exception {
        try (DebuggedKernel kernel = DebuggedKernel.start(released(), dir, new Forces(Set.of("ShellChannel"), true, false));
                WireClient client = kernel.client()) {
            client.sendKernelInfoRequest();
            assertThat(kernel.starterOutcome("ShellChannel", START)).isEqualTo(DebuggedKernel.LOOP_ENDED);
            assertThat(client.kernelInfoReplyWithin(SILENCE)).as(kernel.output()).isFalse();
            // hung, not dead: the process and the other loops go on
            assertThat(kernel.exitCodeWithin(Duration.ZERO)).isNull();
            assertThat(kernel.loopEndedWithin("HeartbeatChannel", Duration.ZERO)).isFalse();
            assertThat(kernel.loopEndedWithin("ControlChannel", Duration.ZERO)).isFalse();
        }
    }

    /** Race 1 on all three loops, as released: the main thread's joins return and the JVM exits with 0. */
    @Test
    void releasedKernelWhoseThreeLoopsCheckTheirFlagsFirstExitsWithoutAnswering() throws Exception {
        try (DebuggedKernel kernel = DebuggedKernel.start(released(), dir, new Forces(LOOPS, false, false));
                WireClient client = kernel.client()) {
            client.sendKernelInfoRequest();
            for (String loop : LOOPS) {
                assertThat(kernel.starterOutcome(loop, START)).as(loop).isEqualTo(DebuggedKernel.LOOP_ENDED);
            }
            assertThat(kernel.exitCodeWithin(ANSWER)).as(kernel.output()).isZero();
            assertThat(client.kernelInfoReplyWithin(Duration.ofMillis(100))).isFalse();
        }
    }

    /** The same order with the patch: every loop runs, and the kernel answers. */
    @Test
    void patchedLoopsRunWhicheverThreadGoesFirst() throws Exception {
        try (DebuggedKernel kernel = DebuggedKernel.start(patched(), dir, new Forces(LOOPS, false, false));
                WireClient client = kernel.client()) {
            client.sendKernelInfoRequest();
            for (String loop : LOOPS) {
                assertThat(kernel.starterOutcome(loop, START)).as(loop).isEqualTo(DebuggedKernel.LOOPING);
            }
            assertThat(client.kernelInfoReplyWithin(ANSWER)).as(kernel.report()).isTrue();
            for (String loop : LOOPS) {
                assertThat(kernel.loopEndedWithin(loop, Duration.ZERO)).as(loop).isFalse();
            }
        }
    }

    /**
     * Race 2, as released: a request that reaches the bound shell socket before {@code connect} has made the
     * handlers kills the shell's thread with a NullPointerException; the kernel never answers, even once main
     * goes on. (The loops are made to see their flags, so race 1 cannot stand in for race 2 here.)
     */
    @Test
    void releasedShellThatGetsARequestBeforeTheHandlersExistDies() throws Exception {
        try (DebuggedKernel kernel = DebuggedKernel.start(released(), dir, new Forces(Set.of(), true, true));
                WireClient client = kernel.client()) {
            kernel.awaitHeldAfterShellBind(START);
            client.sendKernelInfoRequest();
            assertThat(kernel.loopEndedWithin("ShellChannel", ANSWER)).as(kernel.output()).isTrue();
            kernel.release();
            client.sendKernelInfoRequest();
            assertThat(client.kernelInfoReplyWithin(SILENCE)).isFalse();
            assertThat(kernel.output()).contains("java.lang.NullPointerException", "\"this.handlers\" is null",
                    "at org.rapaio.jupyter.kernel.channels.Channels.getHandler");
        }
    }

    /** The same order with the patch: the handlers exist before the socket is bound, so the request is answered
     * while main is still held after the bind. */
    @Test
    void patchedShellAnswersARequestThatArrivesRightAfterItsBind() throws Exception {
        try (DebuggedKernel kernel = DebuggedKernel.start(patched(), dir, new Forces(Set.of(), true, true));
                WireClient client = kernel.client()) {
            kernel.awaitHeldAfterShellBind(START);
            client.sendKernelInfoRequest();
            assertThat(client.kernelInfoReplyWithin(ANSWER)).as(kernel.output()).isTrue();
            assertThat(kernel.loopEndedWithin("ShellChannel", Duration.ZERO)).isFalse();
            kernel.release();
        }
    }

    /**
     * Not a race of the threads but the other way a start failed: a port of the connection file taken by another
     * process between Jupyter's choice and the kernel's bind. As released, the kernel's main thread dies of the
     * bind's exception but the loops already started keep the JVM alive, half-bound, never answering (whether any
     * loop had started depends on the order of a {@code Set.of}); patched, it closes what it bound and exits, so
     * Jupyter sees a death and its restarter picks new ports.
     */
    @Test
    void patchedKernelWhosePortIsTakenExitsInsteadOfLivingOnHalfBound() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int[] ports = DebuggedKernel.freePorts(5);
            ports[1] = taken.getLocalPort();
            Path conn = DebuggedKernel.connectionFile(dir, ports);
            Path log = dir.resolve("kernel.log");
            List<Path> cp = patched();
            Process kernel = new ProcessBuilder(KernelSpec.currentJava().toString(), "-cp",
                    cp.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator)),
                    KernelSpec.KERNEL_MAIN, conn.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                assertThat(kernel.waitFor(START.toSeconds(), java.util.concurrent.TimeUnit.SECONDS))
                        .as("the kernel exits\n%s", Files.readString(log)).isTrue();
                assertThat(kernel.exitValue()).isNotZero();
                assertThat(Files.readString(log)).contains("Address already in use");
            } finally {
                kernel.destroyForcibly().waitFor();
            }
        }
    }
}
