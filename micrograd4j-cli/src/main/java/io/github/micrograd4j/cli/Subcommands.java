package io.github.micrograd4j.cli;

import io.github.micrograd4j.cli.commands.BenchCommand;
import io.github.micrograd4j.cli.commands.DemoCommand;
import io.github.micrograd4j.cli.commands.ExampleCommand;
import io.github.micrograd4j.cli.commands.GradCommand;
import io.github.micrograd4j.cli.commands.JupyterCommand;
import io.github.micrograd4j.cli.commands.PredictCommand;
import io.github.micrograd4j.cli.commands.ServeCommand;
import io.github.micrograd4j.cli.commands.ShellCommand;
import io.github.micrograd4j.cli.commands.TrainCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The commands under {@code micrograd}, by name, in the order the usage lists them. Picocli builds a
 * command's model by reflection over its options, so {@link Main} registers only the command a
 * command line names (see {@link #needed}): {@code micrograd grad ...} never reflects over
 * {@code train}'s options. A command whose {@code @Command(modelTransformer)} adds options or text (train's
 * settings, grad's functions) gets it from {@link Main}, since picocli applies transformers only to a
 * hierarchy built at once. The names must match each class's {@code @Command(name)}; a test checks that.
 * The top-level usage ({@code micrograd}, {@code --help}) lists every command but needs only its name and
 * first line, so there each command is a {@link #summary} read from its annotation.
 */
final class Subcommands {
    /** Every command, in usage order; {@code help} last. */
    static final Map<String, Class<?>> ALL = all();

    private Subcommands() {
    }

    private static Map<String, Class<?>> all() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("demo", DemoCommand.class);
        m.put("grad", GradCommand.class);
        m.put("train", TrainCommand.class);
        m.put("predict", PredictCommand.class);
        m.put("bench", BenchCommand.class);
        m.put("example", ExampleCommand.class);
        m.put("shell", ShellCommand.class);
        m.put("serve", ServeCommand.class);
        m.put("jupyter", JupyterCommand.class);
        m.put("help", CommandLine.HelpCommand.class);
        return m;
    }

    /**
     * The commands a command line needs: only the one it starts with when that is a command other
     * than {@code help}; none for {@code --version} alone; otherwise (no command, another root option,
     * {@code help}, a misspelt command that should get a suggestion) all of them.
     *
     * @param args the command line, or {@code null} for all
     * @return the names to register
     */
    static List<String> needed(String[] args) {
        if (args != null && args.length > 0 && ALL.containsKey(args[0]) && !"help".equals(args[0])) {
            return List.of(args[0]);
        }
        if (args != null && args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
            return List.of();
        }
        return List.copyOf(ALL.keySet());
    }

    /**
     * Whether the command line only prints the top-level usage: no arguments, or {@code --help} /
     * {@code -h} alone. Such a run needs each command's name and first line only, not its model
     * (building all ten models by reflection made {@code --help} slower than {@code grad}).
     *
     * @param args the command line, or {@code null}
     * @return true for a top-level usage run
     */
    static boolean summaryOnly(String[] args) {
        return args != null && (args.length == 0
                || args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0])));
    }

    /**
     * A command as the top-level usage lists it, read from its {@code @Command} annotation without
     * reflecting over its options: its name, aliases, header, description and whether it is hidden,
     * which is all picocli's command list shows.
     *
     * @param name a name of {@link #ALL}
     * @return a spec to register in place of the command
     */
    static CommandSpec summary(String name) {
        Command command = ALL.get(name).getAnnotation(Command.class);
        CommandSpec spec = CommandSpec.create().name(name).aliases(command.aliases());
        spec.usageMessage().header(command.header()).description(command.description()).hidden(command.hidden());
        return spec;
    }
}
