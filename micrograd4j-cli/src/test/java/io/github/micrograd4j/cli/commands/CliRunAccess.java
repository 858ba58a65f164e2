package io.github.micrograd4j.cli.commands;

/** {@link CliRun} for tests in other packages. */
public final class CliRunAccess {
    private CliRunAccess() {
    }

    /**
     * Runs the CLI in process.
     *
     * @param args the arguments
     * @return its standard output
     */
    public static String out(String... args) {
        CliRun run = CliRun.of(args);
        if (run.exitCode() != 0) {
            throw new AssertionError("exit " + run.exitCode() + ": " + run.err());
        }
        return run.out();
    }
}
