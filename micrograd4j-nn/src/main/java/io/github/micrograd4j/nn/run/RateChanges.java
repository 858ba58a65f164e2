package io.github.micrograd4j.nn.run;

import io.github.micrograd4j.core.text.MessageException;
import io.github.micrograd4j.nn.optim.LearningRate;
import io.github.micrograd4j.nn.text.NnText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Learning-rate changes made during a run, so that a run whose rate was changed while it trained
 * (the training lab's lr field) can be made again: each change is {@code STEP:RATE}, meaning that
 * from the update after {@code STEP} updates on (0-based update {@code STEP}), the schedule goes on
 * scaled to start from {@code RATE}: update {@code k}'s rate is {@code schedule(k) * RATE / lr},
 * {@code lr} being the run's first-step rate. Written {@code 120:0.02,300:0.1}, steps increasing;
 * the setting {@code lr-changes} of {@link RunSettings} and {@code train --lr-changes}.
 */
public final class RateChanges {
    /** No change. */
    public static final RateChanges NONE = new RateChanges(new int[0], new double[0]);

    private final int[] steps;
    private final double[] rates;

    private RateChanges(int[] steps, double[] rates) {
        this.steps = steps;
        this.rates = rates;
    }

    /**
     * Reads changes.
     *
     * @param text e.g. {@code 120:0.02,300:0.1}; empty or {@code none} for none
     * @return the changes
     * @throws IllegalArgumentException naming the bad change: not {@code STEP:RATE}, a step below 0 or
     *     not after the one before, a rate not positive and finite
     */
    public static RateChanges parse(String text) {
        String t = Objects.requireNonNull(text, "text").trim();
        if (t.isEmpty() || t.equals("none")) {
            return NONE;
        }
        String[] parts = t.split(",", -1);
        int[] steps = new int[parts.length];
        double[] rates = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String[] sr = parts[i].trim().split(":", -1);
            try {
                if (sr.length != 2) {
                    throw new NumberFormatException();
                }
                steps[i] = Integer.parseInt(sr[0].trim());
                rates[i] = Double.parseDouble(sr[1].trim());
            } catch (NumberFormatException e) {
                throw new MessageException(NnText.NOT_STEP_RATE, parts[i]);
            }
            if (steps[i] < 0 || i > 0 && steps[i] <= steps[i - 1]) {
                throw new MessageException(NnText.STEPS_INCREASING, parts[i]);
            }
            if (!(rates[i] > 0) || !Double.isFinite(rates[i])) {
                throw new MessageException(NnText.RATE_POSITIVE, parts[i]);
            }
        }
        return new RateChanges(steps, rates);
    }

    /**
     * These changes up to a step, then a new one there: what a change made after {@code step}
     * updates leaves (the changes it overtakes are dropped).
     *
     * @param step the updates done when the rate was changed, 0 or more
     * @param rate the new rate, positive and finite
     * @return the changes
     */
    public RateChanges then(int step, double rate) {
        if (step < 0 || !(rate > 0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException("a change needs a step of 0 or more and a positive finite rate, got "
                    + step + ":" + rate);
        }
        int keep = 0;
        while (keep < steps.length && steps[keep] < step) {
            keep++;
        }
        int[] s = Arrays.copyOf(steps, keep + 1);
        double[] r = Arrays.copyOf(rates, keep + 1);
        s[keep] = step;
        r[keep] = rate;
        return new RateChanges(s, r);
    }

    /**
     * A schedule with these changes.
     *
     * @param schedule the run's schedule
     * @param first the run's first-step rate, the one the schedule starts from
     * @return update {@code k}'s rate: {@code schedule.at(k)} before the first change, then
     *     {@code schedule.at(k) * rate / first} for the last change at or before {@code k}
     */
    public LearningRate apply(LearningRate schedule, double first) {
        if (steps.length == 0) {
            return schedule;
        }
        return k -> {
            int i = steps.length - 1;
            while (i >= 0 && steps[i] > k) {
                i--;
            }
            return i < 0 ? schedule.at(k) : schedule.at(k) * (rates[i] / first);
        };
    }

    /**
     * Whether there is no change.
     *
     * @return true for {@link #NONE}
     */
    public boolean isEmpty() {
        return steps.length == 0;
    }

    /**
     * The changes as {@link #parse} reads them back.
     *
     * @return e.g. {@code 120:0.02,300:0.1}, or the empty string for none
     */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            parts.add(steps[i] + ":" + RunSettings.plain(rates[i]));
        }
        return String.join(",", parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RateChanges r && Arrays.equals(steps, r.steps) && Arrays.equals(rates, r.rates);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(steps) + Arrays.hashCode(rates);
    }
}
