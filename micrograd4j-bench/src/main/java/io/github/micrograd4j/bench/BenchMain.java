package io.github.micrograd4j.bench;

import io.github.micrograd4j.core.LoopJvmOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmarks jar's entry point: JMH's own {@code org.openjdk.jmh.Main}, with each fork's JVM
 * given {@link LoopJvmOptions} (the options {@code ./micrograd train}, {@code bench}, the shell and
 * the notebook kernel run with), so that JMH measures what those commands run and {@code bench}'s
 * figures can be held against JMH's. A command line that gives {@code -jvmArgsAppend} itself keeps
 * its own; {@code -jvmArgsAppend ""} measures with the JVM's defaults.
 */
public final class BenchMain {
    private BenchMain() {
    }

    /**
     * Runs JMH.
     *
     * @param args JMH's command line ({@code -h} for its options)
     * @throws Exception whatever JMH throws
     */
    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(withLoopOptions(args));
    }

    /** The arguments with {@code -jvmArgsAppend} and the loop options added, unless they have one. */
    static String[] withLoopOptions(String[] args) {
        if (Arrays.asList(args).contains("-jvmArgsAppend")) {
            return args;
        }
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("-jvmArgsAppend");
        all.add(String.join(" ", LoopJvmOptions.list()));
        return all.toArray(String[]::new);
    }
}
