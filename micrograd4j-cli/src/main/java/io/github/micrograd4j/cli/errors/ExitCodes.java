package io.github.micrograd4j.cli.errors;

/** The CLI's exit codes. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** The command ran but a check it performed failed (for example {@code grad --check}). */
    public static final int CHECK_FAILED = 1;
    /** Bad input: a usage error, a program that does not parse, a file that cannot be read or written. */
    public static final int BAD_INPUT = 2;
    /** The JVM ran out of memory. */
    public static final int OUT_OF_MEMORY = 3;
    /** A bug in micrograd4j (sysexits' EX_SOFTWARE). */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}
