package io.github.micrograd4j.nn.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code ./micrograd train} command that makes a run: what the training lab exports, so that a run seen
 * in the page can be repeated on the command line to the last digit. It lives beside {@link RunSettings}
 * because it is one more way of writing them.
 */
public final class TrainCommandLine {
    private TrainCommandLine() {
    }

    /**
     * The {@code ./micrograd train} command line that makes a run with these settings: only the
     * settings that differ from the defaults, as options.
     *
     * @param s the settings
     * @param dataFile the CSV file's name when the data was given, else null
     * @return e.g. {@code ./micrograd train --dataset circles --layers 8,8}
     */
    public static String of(RunSettings s, String dataFile) {
        List<String> parts = new ArrayList<>(List.of("./micrograd", "train"));
        Map<String, String> m = s.toMap();
        if (dataFile != null) {
            m.put(SettingsTable.DATASET.key(), dataFile);
            for (Setting<?> setting : SettingsTable.ALL) {
                if (setting.generatorOnly()) { // train refuses them with a file
                    m.remove(setting.key());
                }
            }
        }
        m.forEach((k, v) -> {
            parts.add("--" + k);
            parts.add(v.isEmpty() || v.matches("[A-Za-z0-9_.,:+\\-/]+") ? v : "'" + v.replace("'", "'\\''") + "'");
        });
        return String.join(" ", parts);
    }
}
