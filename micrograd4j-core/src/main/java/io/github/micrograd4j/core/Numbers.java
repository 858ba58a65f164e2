package io.github.micrograd4j.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How micrograd4j writes a number for people, in one place: the shortest text that reads back as
 * the number (the exponent of {@code **2}), and fixed point where it is readable, scientific for tiny
 * and huge magnitudes (tables and progress lines), so 1e300 is one short cell and not 300 digits.
 */
public final class Numbers {
    /** From here on up a magnitude is printed in scientific notation by {@link #readable}. */
    public static final double LARGEST_FIXED = 1e10;
    /** Below this (and above zero) a magnitude is printed in scientific notation by {@link #readable}. */
    public static final double SMALLEST_FIXED = 1e-4;
    /**
     * The locale every number is formatted in ({@code String.format(Numbers.LOCALE, ...)}): US, whose
     * digits, decimal point, minus sign and exponent are {@link Locale#ROOT}'s. It is US and not ROOT
     * because the JDK's {@link java.util.Formatter} writes US numbers without its locale data: with any
     * other locale the first formatted number loads the locale providers and their resource bundles,
     * about a tenth of a short command's start-up.
     */
    public static final Locale LOCALE = Locale.US;

    private Numbers() {
    }

    /**
     * {@code 2} for 2.0, {@code -0.5} for -0.5: the shortest text that reads back as the number.
     *
     * @param d the number
     * @return the text
     */
    public static String shortest(double d) {
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    /**
     * {@code String.format(LOCALE, "%.Nf", d)}, worked out here so that the web edition writes the same text:
     * the JDK's formatter rounds the shortest decimal that reads back as the number ({@link Double#toString})
     * half up, and keeps the minus sign of a zero; TeaVM's rounds half even (0.43945 to 0.4394) and drops that
     * sign, so the browser drew boxes a character narrower, and other digits, than {@code grad --svg}.
     *
     * @param d the number
     * @param decimals digits after the point
     * @return the text
     */
    public static String fixed(double d, int decimals) {
        if (!Double.isFinite(d)) {
            return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        }
        boolean negative = Double.doubleToRawLongBits(d) < 0;
        String digits = new BigDecimal(Double.toString(Math.abs(d))).setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString();
        return negative ? "-" + digits : digits;
    }

    /**
     * The number with {@code decimals} digits after the point: {@code 0.1235}, {@code 1.2346e+300},
     * {@code NaN}, {@code Infinity}.
     *
     * @param d the number
     * @param decimals digits after the point (in the mantissa for scientific notation)
     * @return the text
     */
    public static String readable(double d, int decimals) {
        double magnitude = Math.abs(d);
        boolean fixed = d == 0.0 || !Double.isFinite(d) || (magnitude >= SMALLEST_FIXED && magnitude < LARGEST_FIXED);
        return String.format(LOCALE, "%." + decimals + (fixed ? "f" : "e"), d);
    }
}
