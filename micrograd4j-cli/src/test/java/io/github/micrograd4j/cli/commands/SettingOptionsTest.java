package io.github.micrograd4j.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.cli.Main;
import io.github.micrograd4j.core.Op;
import io.github.micrograd4j.nn.run.RunSettings;
import io.github.micrograd4j.nn.run.Setting;
import io.github.micrograd4j.nn.run.SettingsTable;
import io.github.micrograd4j.nn.run.TrainCommandLine;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code train}'s options and the settings table: one option per setting and no setting declared by hand. */
class SettingOptionsTest {
    /** Two runs that between them change every setting from its default (checked below). */
    private static final List<Map<String, String>> CHANGED = List.of(
            map("dataset", "spirals", "points", "50", "noise", "0.3", "classes", "3", "split", "0.8",
                    "features", "x1,x1x2,sinx2", "layers", "8,4", "activation", "tanh", "loss", "softmax", "reg", "l1",
                    "rate", "0.002", "optimizer", "momentum", "lr", "0.3", "momentum", "0.5", "schedule", "cosine",
                    "lr-changes", "5:0.1,9:0.01", "batch", "10", "seed", "42", "steps", "12"),
            map("dataset", "xor", "layers", "none", "reg", "none", "optimizer", "adam", "batch", "all",
                    "seed", "-7", "schedule", "linear", "loss", "bce"));

    private static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static CommandSpec train() {
        return Main.commandLine(new String[] {"train"}).getSubcommands().get("train").getCommandSpec();
    }

    @Test
    void everySettingIsAnOptionWithTheTablesHelp() {
        CommandSpec spec = train();
        for (Setting<?> s : SettingsTable.ALL) {
            OptionSpec o = spec.findOption("--" + s.key());
            assertThat(o).as(s.key()).isNotNull();
            List<String> names = new ArrayList<>(s.aliases());
            names.add("--" + s.key());
            assertThat(o.names()).as(s.key()).containsExactlyInAnyOrderElementsOf(names);
            assertThat(o.paramLabel()).isEqualTo(s.label());
            assertThat(o.description()).containsExactly(s.description());
        }
    }

    /** The options not made from the table are the command's own fields (or help): none of them is a setting. */
    @Test
    void noOptionOutsideTheTableIsASetting() {
        List<String> declared = new ArrayList<>();
        for (Field f : TrainCommand.class.getDeclaredFields()) {
            CommandLine.Option o = f.getAnnotation(CommandLine.Option.class);
            if (o != null) {
                declared.addAll(List.of(o.names()));
            }
        }
        for (OptionSpec o : train().options()) {
            Setting<?> setting = SettingsTable.byKey(o.longestName().substring(2));
            if (setting == null) {
                assertThat(declared.contains(o.longestName()) || o.usageHelp() || o.versionHelp())
                        .as(o.longestName()).isTrue();
            } else {
                assertThat(declared).as(o.longestName()).doesNotContain(o.longestName());
            }
        }
        assertThat(train().options().stream().filter(o -> SettingsTable.byKey(o.longestName().substring(2)) != null))
                .hasSize(SettingsTable.ALL.size());
    }

    /** The settings survive the command line TrainCommandLine writes, parsed by train's own options. */
    @Test
    void everySettingRoundTripsThroughTrainsOptions() {
        List<String> changed = new ArrayList<>();
        for (Map<String, String> m : CHANGED) {
            RunSettings s = RunSettings.fromMap(m);
            s.toMap().keySet().forEach(changed::add);
            String line = TrainCommandLine.of(s, null);
            String[] args = line.substring("./micrograd ".length()).split(" ");
            CommandLine cl = Main.commandLine(args);
            CommandLine.ParseResult parsed = cl.parseArgs(args);
            Map<String, String> given = SettingOptions.given(parsed.subcommand().commandSpec());
            assertThat(RunSettings.fromMap(given)).as(line).isEqualTo(s);
        }
        assertThat(changed).containsAll(SettingsTable.keys());
    }

    @Test
    void helpListsEverySettingAndTheFunctions() {
        String help = CliRun.of("train", "--help").out().replaceAll("\\s+", " ");
        int at = 0;
        for (Setting<?> s : SettingsTable.ALL) {
            int found = help.indexOf("--" + s.key() + "=" + s.label(), at);
            assertThat(found).as(s.key()).isGreaterThan(at);
            assertThat(help).contains(s.description().replaceAll("\\s+", " "));
            at = found;
        }
        assertThat(help.indexOf("--help")).isGreaterThan(at);
        String grad = CliRun.of("grad", "--help").out().replaceAll("\\s+", " ");
        for (Op op : Op.values()) {
            if (!op.functionName().isEmpty()) {
                assertThat(grad).contains(" " + op.functionName());
            }
        }
        assertThat(grad).contains("the functions pow(x, y) ");
    }
}
