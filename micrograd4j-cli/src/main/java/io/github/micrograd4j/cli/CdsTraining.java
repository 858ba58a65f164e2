package io.github.micrograd4j.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The training run of the start-up archive: the launcher {@code ./micrograd} runs this class once
 * after it builds the jar, under {@code -XX:DumpLoadedClassList}, and archives the classes it lists
 * with {@code -Xshare:dump}, so that the classes everyday
 * commands load (picocli's model, the expression language, the layout and the pictures, training)
 * come from a class-data-sharing archive instead of being read, parsed and verified from the jar on
 * every run. It runs each command in-process with its output thrown away and writes its files into
 * the folder it is given. A command that fails here only leaves its classes out of the archive.
 */
public final class CdsTraining {
    /** The walkthrough as a {@code grad} program. */
    static final String WALKTHROUGH = "a = 2; b = -3; c = 10; e = a*b; d = e + c; f = -2; L = d*f";

    private CdsTraining() {
    }

    /**
     * Runs the training commands.
     *
     * @param args one argument: a writable scratch folder for the files the commands write
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: CdsTraining SCRATCH_DIR");
            System.exit(2);
        }
        PrintStream realErr = System.err;
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), true);
        System.setOut(sink);
        System.setErr(sink);
        int failed = 0;
        for (String[] line : commands(Path.of(args[0]))) {
            failed += run(line) == 0 ? 0 : 1;
        }
        System.setErr(realErr);
        if (failed > 0) {
            realErr.println("CdsTraining: " + failed + " training command(s) failed");
        }
        System.exit(0);
    }

    /**
     * The command lines the archive is trained on.
     *
     * @param dir the scratch folder
     * @return the command lines, in order
     */
    static List<String[]> commands(Path dir) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"grad", "a=2; L=a*a"});
        lines.add(new String[] {"grad", WALKTHROUGH, "--svg", dir.resolve("g.svg").toString(),
            "--png", dir.resolve("g.png").toString(), "--dot", dir.resolve("g.dot").toString(),
            "--html", dir.resolve("g.html").toString(), "--check"});
        lines.add(new String[] {"grad", WALKTHROUGH, "--json"});
        lines.add(new String[] {"grad", "a = 1; b = c"});
        lines.add(new String[] {"grad", "--nope"});
        lines.add(new String[] {"train", "--steps", "2", "--save", dir.resolve("m.json").toString()});
        lines.add(new String[] {"train", "--steps", "2", "--engine", "graph", "--json"});
        lines.add(new String[] {"predict", "--model", dir.resolve("m.json").toString(), "0.5,0.5"});
        lines.add(new String[] {"demo", "-o", dir.resolve("demo").toString()});
        lines.add(new String[] {"--help"});
        lines.add(new String[] {"--version"});
        for (String name : Subcommands.ALL.keySet()) {
            lines.add(new String[] {name, "--help"});
        }
        return lines;
    }

    private static int run(String[] line) {
        try {
            CommandLine cl = Main.commandLine(line);
            PrintWriter none = new PrintWriter(OutputStream.nullOutputStream(), true);
            cl.setOut(none);
            cl.setErr(none);
            return cl.execute(line);
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
