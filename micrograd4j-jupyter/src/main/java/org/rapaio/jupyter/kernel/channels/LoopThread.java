/*
 * Copyright 2023-2026 Aurelian Tutuianu (rapaio-jupyter-kernel), MIT License; changed for micrograd4j: see
 * package-info.java in this folder for the licence text and what changed.
 */
package org.rapaio.jupyter.kernel.channels;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Thread which runs in loop the loop body after each waiting period.
 */
public final class LoopThread extends Thread {

    private static final Logger LOGGER = Logger.getLogger(LoopThread.class.getSimpleName());

    private volatile boolean running = false;
    private final long sleep;
    private final Runnable loopBody;

    /**
     * A loop not yet started.
     *
     * @param name the thread's name
     * @param sleep the pause after each run of the body, in milliseconds
     * @param loopBody what each turn does
     */
    public LoopThread(String name, long sleep, Runnable loopBody) {
        super(name);
        this.sleep = sleep;
        this.loopBody = loopBody;
    }

    @Override
    public void run() {
        while (running) {
            try {
                loopBody.run();
            } catch (RuntimeException e) {
                // micrograd4j: one bad message must not end the channel (upstream let it end the thread)
                LOGGER.log(Level.SEVERE, getName() + ": loop body failed; the loop goes on", e);
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                running = false;
                return;
            }
        }
    }

    @Override
    public synchronized void start() {
        // micrograd4j: set before the thread exists; upstream set it after super.start(), and a thread that
        // reached `while (running)` before that line ran ended at once
        running = true;
        super.start();
    }

    /** Ends the loop after its current turn. */
    public void shutdown() {
        running = false;
    }
}
