package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.nn.run.Setting;
import io.github.micrograd4j.nn.run.SettingsTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code train}'s options for the run's settings, one per entry of {@link SettingsTable} ({@code --key}, its
 * aliases, label and description), added to the command's model before it parses. The values stay text:
 * {@link io.github.micrograd4j.nn.run.RunSettings#fromMap} reads them as it reads the training lab's URL.
 * Building them by hand costs less at start-up than picocli's reflection over as many annotated fields.
 */
public final class SettingOptions implements CommandLine.IModelTransformer {
    /** The first {@code order} after the settings: {@code train}'s other options count on from here. */
    static final int AFTER_SETTINGS = 1000;

    /** For picocli, which makes the transformer named in {@code @Command(modelTransformer)}. */
    public SettingOptions() {
    }

    /**
     * Adds an option per setting, in table order, before the command's own options; the help options go last.
     *
     * @param spec the {@code train} command's model
     * @return the same model
     */
    @Override
    public CommandSpec transform(CommandSpec spec) {
        int order = 1;
        for (Setting<?> s : SettingsTable.ALL) {
            List<String> names = new ArrayList<>(s.aliases());
            names.add(0, "--" + s.key());
            spec.addOption(OptionSpec.builder(names.toArray(new String[0])).paramLabel(s.label()).type(String.class)
                    .description(s.description()).order(order++).build());
        }
        for (OptionSpec help : List.copyOf(spec.options())) {
            if (help.usageHelp() || help.versionHelp()) {
                spec.remove(help);
                spec.addOption(help.toBuilder().order(AFTER_SETTINGS * 2).build());
            }
        }
        return spec;
    }

    /**
     * The settings a parsed command line gives, as text by key.
     *
     * @param spec the {@code train} command's model, after parsing
     * @return key to the option's text, in table order; only the options given
     */
    static Map<String, String> given(CommandSpec spec) {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        Map<String, String> m = new LinkedHashMap<>();
        for (Setting<?> s : SettingsTable.ALL) {
            String text = parsed.matchedOptionValue("--" + s.key(), null);
            if (text != null) {
                m.put(s.key(), text);
            }
        }
        return m;
    }
}
