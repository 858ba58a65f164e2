/*
 * Copyright 2023-2026 Aurelian Tutuianu (rapaio-jupyter-kernel); changes marked "micrograd4j" copyright the
 * micrograd4j authors.
 *
 * The MIT License (MIT)
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
 * documentation files (the "Software"), to deal in the Software without restriction, including without limitation
 * the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and
 * to permit persons to whom the Software is furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in all copies or substantial portions of
 * the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO
 * THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
 * CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
 * IN THE SOFTWARE.
 */

/**
 * Two classes of rapaio-jupyter-kernel 3.0.1's {@code org.rapaio.jupyter.kernel.channels}, corrected: the kernel
 * spec puts them (in {@code micrograd4j-rapaio-patch.jar}, see {@code io.github.micrograd4j.jupyter.KernelPatch})
 * ahead of rapaio's jar on the kernel's class path, so the JVM loads these instead of rapaio's. The rest of the
 * package is rapaio's. Not micrograd4j API.
 *
 * <p>What changed, against the 3.0.1 source (the same in 3.0.4 and on rapaio's main branch):
 * <ul>
 *   <li>{@link org.rapaio.jupyter.kernel.channels.LoopThread}: {@code start()} sets {@code running} before
 *       {@code Thread.start()}, not after; a thread that reached {@code while (running)} first ended at once
 *       and its channel (shell, control or heartbeat) never answered. An exception from a loop body is logged
 *       and the loop goes on, where it ended the thread and with it the channel.</li>
 *   <li>{@link org.rapaio.jupyter.kernel.channels.Channels}: {@code connect} registers the kernel and creates
 *       the full handler map before it binds the sockets (binding starts the channels' threads), where it did
 *       so after: a request that arrived in between found no map ({@code NullPointerException}, which ended
 *       the shell's thread) or a map still being filled ({@code Unhandled message}). And a bind that fails (a
 *       port taken since Jupyter chose it) closes what was bound and rethrows, so the kernel exits; upstream's
 *       loops already started kept it alive, half-bound and silent.</li>
 * </ul>
 * {@code docs/jupyter/rapaio-upstream-report.md} has the reproduction and the diff; {@code KernelPatchTest}
 * fails if rapaio's two class files change, so an upgrade re-checks this copy.
 */
package org.rapaio.jupyter.kernel.channels;
