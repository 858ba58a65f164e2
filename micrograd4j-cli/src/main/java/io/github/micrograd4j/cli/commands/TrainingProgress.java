package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.nn.train.StepRecord;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Progress of a training run: on a terminal a bar redrawn in place (steps, loss, accuracy, steps/s);
 * otherwise one plain line about every tenth of the run, and always the last step.
 */
final class TrainingProgress implements Consumer<StepRecord> {
    private static final int BAR = 24;
    private final PrintWriter out;
    private final int steps;
    private final boolean terminal;
    private final int every;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int width;
    private volatile boolean lineOpen;
    /** Set on Ctrl-C: the training thread runs on while the JVM exits, and must not draw after the report. */
    private volatile boolean stopped;
    private String lr;

    TrainingProgress(PrintWriter out, int steps, boolean terminal) {
        this.out = out;
        this.steps = steps;
        this.terminal = terminal;
        this.every = Math.max(1, steps / 10);
    }

    /**
     * Ends the bar's line if one is drawn and not finished (on Ctrl-C), so what follows starts on a
     * line of its own.
     */
    void endLine() {
        stopped = true;
        if (lineOpen) {
            lineOpen = false;
            out.println();
            out.flush();
        }
    }

    /**
     * The format of {@code lr}, fixed by the first step's rate so that every line has the same number
     * of decimals: four significant digits of the first rate, fixed point, or scientific notation for
     * rates below 1e-6 or from 1e6 (where fixed point would be unreadable).
     */
    static String lrFormat(double first) {
        double magnitude = Math.abs(first);
        if (!Double.isFinite(first) || magnitude == 0) {
            return "%.4f";
        }
        if (magnitude < 1e-6 || magnitude >= 1e6) {
            return "%.3e";
        }
        int decimals = Math.max(4, 3 - (int) Math.floor(Math.log10(magnitude)));
        return "%." + decimals + "f";
    }

    @Override
    public void accept(StepRecord r) {
        if (stopped) {
            return;
        }
        int done = r.step() + 1;
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        if (terminal) {
            long now = System.nanoTime();
            if (done == steps || width == 0 || now - lastDraw > 50_000_000L) {
                lastDraw = now;
                int filled = steps == 0 ? BAR : (int) ((long) BAR * done / steps);
                String line = String.format(Numbers.LOCALE, "[%s%s] %d/%d  loss %s%s  %.1f steps/s",
                        "#".repeat(filled), "-".repeat(BAR - filled), done, steps, Numbers.readable(r.loss(), 4),
                        accuracy(r, "%5.1f%%"), rate);
                // pad to the longest line so far: '\r' returns to the start but does not erase
                width = Math.max(width, line.length());
                out.print("\r" + line + " ".repeat(width - line.length()));
                lineOpen = done != steps;
                if (done == steps) {
                    out.println();
                }
                out.flush();
            }
        } else if (r.step() % every == 0 || done == steps) {
            if (lr == null) {
                lr = lrFormat(r.learningRate());
            }
            out.println(String.format(Numbers.LOCALE, "step %d/%d  loss %s%s  lr " + lr + "  %.1f steps/s",
                    done, steps, Numbers.readable(r.loss(), 6), accuracy(r, "%.1f%%"), r.learningRate(), rate));
            out.flush();
        }
    }

    /** "  accuracy 93.0%", or nothing for a regression run, whose accuracy (NaN) does not apply. */
    private static String accuracy(StepRecord r, String format) {
        return Double.isNaN(r.accuracy()) ? "" : "  accuracy " + String.format(Numbers.LOCALE, format, 100 * r.accuracy());
    }
}
