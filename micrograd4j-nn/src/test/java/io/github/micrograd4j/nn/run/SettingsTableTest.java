package io.github.micrograd4j.nn.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.nn.Choice;
import io.github.micrograd4j.nn.json.SettingsJson;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one table of settings: it covers the record, and every setting survives every way of writing it. */
class SettingsTableTest {
    /** A random valid text for every key: the test fails when a setting is added without one. */
    private static final Map<String, Function<Random, String>> VALUES = values();

    private static Map<String, Function<Random, String>> values() {
        Map<String, Function<Random, String>> m = new LinkedHashMap<>();
        m.put("dataset", r -> pick(r, SettingsTable.DATASET));
        m.put("points", r -> String.valueOf(2 + r.nextInt(500)));
        m.put("noise", r -> String.valueOf(r.nextInt(50) / 100.0));
        m.put("classes", r -> String.valueOf(2 + r.nextInt(5)));
        m.put("split", r -> String.valueOf((1 + r.nextInt(100)) / 100.0));
        m.put("features", r -> {
            List<Choice> all = new ArrayList<>(SettingsTable.FEATURES.choices());
            Collections.shuffle(all, r);
            StringBuilder sb = new StringBuilder();
            for (Choice c : all.subList(0, 1 + r.nextInt(all.size()))) {
                sb.append(sb.length() == 0 ? "" : ",").append(c.id());
            }
            return sb.toString();
        });
        m.put("layers", r -> {
            List<String> sizes = new ArrayList<>();
            for (int k = r.nextInt(4); k > 0; k--) {
                sizes.add(String.valueOf(1 + r.nextInt(64)));
            }
            return sizes.isEmpty() ? "none" : String.join(",", sizes);
        });
        m.put("activation", r -> pick(r, SettingsTable.ACTIVATION));
        m.put("loss", r -> pick(r, SettingsTable.LOSS));
        m.put("reg", r -> pick(r, SettingsTable.REG));
        m.put("rate", r -> String.valueOf(r.nextInt(100) / 1000.0));
        m.put("optimizer", r -> pick(r, SettingsTable.OPTIMIZER));
        m.put("lr", r -> String.valueOf((1 + r.nextInt(1000)) / 1000.0));
        m.put("momentum", r -> String.valueOf(r.nextInt(10) / 10.0));
        m.put("schedule", r -> pick(r, SettingsTable.SCHEDULE));
        m.put("lr-changes", r -> r.nextInt(10) + ":" + (1 + r.nextInt(99)) / 100.0 + "," + (10 + r.nextInt(90)) + ":"
                + (1 + r.nextInt(9)) / 1e4);
        m.put("batch", r -> String.valueOf(r.nextInt(50)));
        m.put("seed", r -> String.valueOf(r.nextLong()));
        m.put("steps", r -> String.valueOf(1 + r.nextInt(1000)));
        return m;
    }

    private static String pick(Random r, Setting<?> s) {
        return s.choices().get(r.nextInt(s.choices().size())).id();
    }

    @Test
    void theTableHasOneSettingPerRecordComponentInItsOrder() {
        List<String> components = new ArrayList<>();
        for (RecordComponent c : RunSettings.class.getRecordComponents()) {
            components.add(c.getName().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(SettingsTable.keys()).isEqualTo(components).isEqualTo(RunSettings.KEYS)
                .isEqualTo(List.copyOf(VALUES.keySet()));
    }

    @Test
    void everyDefaultIsTheDemosAndReadsBack() {
        for (Setting<?> s : SettingsTable.ALL) {
            assertThat((Object) s.get(RunSettings.DEFAULTS)).as(s.key()).isEqualTo(s.defaultValue());
            assertThat(s.isDefaultIn(RunSettings.DEFAULTS)).as(s.key()).isTrue();
            String text = s.text(RunSettings.DEFAULTS);
            if (text != null) {
                assertThat((Object) s.parse(text)).as(s.key()).isEqualTo(s.defaultValue());
            }
            assertThat(s.description()).as(s.key()).doesNotContain("{choices}").endsWith(").")
                    .contains("(default: ");
        }
        assertThat(RunSettings.DEFAULTS.points()).isEqualTo(100);
        assertThat(RunSettings.DEFAULTS.steps()).isEqualTo(100);
        assertThat(RunSettings.DEFAULTS.seed()).isEqualTo(1337L);
        assertThat(SettingsTable.LR.description()).isEqualTo("The first step's learning rate (default: the optimizer's: "
                + "sgd 1, momentum 1, adam 0.05; on reg-plane and reg-gauss sgd 0.1, momentum 0.1, adam 0.05).");
        assertThat(SettingsTable.ACTIVATION.description())
                .isEqualTo("Hidden activation: relu, tanh, sigmoid or linear (default: relu).");
    }

    /** Each setting alone, then all at once: map, fragment-style text and the train command line give it back. */
    @Test
    void everySettingRoundTripsThroughMapAndCommandLine() {
        Random rng = new Random(20261207L);
        for (int i = 0; i < 300; i++) {
            Map<String, String> m = new LinkedHashMap<>();
            if (i < SettingsTable.ALL.size() * 10) {
                String key = SettingsTable.ALL.get(i % SettingsTable.ALL.size()).key();
                m.put(key, VALUES.get(key).apply(rng));
            } else {
                VALUES.forEach((k, v) -> m.put(k, v.apply(rng)));
                if (m.get("optimizer").equals("adam")) {
                    m.remove("momentum");
                }
            }
            RunSettings s = RunSettings.fromMap(m);
            assertThat(RunSettings.fromMap(s.toMap())).as("%s", m).isEqualTo(s);
            assertThat(RunSettings.fromMap(commandLineMap(TrainCommandLine.of(s, null)))).as("%s", m).isEqualTo(s);
            for (Setting<?> setting : SettingsTable.ALL) {
                String given = m.get(setting.key());
                if (given != null) {
                    assertThat(setting.text(s)).as(setting.key()).isEqualTo(reformat(setting, given));
                }
            }
        }
    }

    private static <T> String reformat(Setting<T> s, String text) {
        return s.format(s.parse(text));
    }

    /** {@code --key value} pairs of a command line that {@link TrainCommandLine} wrote, unquoted. */
    private static Map<String, String> commandLineMap(String line) {
        Map<String, String> m = new LinkedHashMap<>();
        Matcher w = Pattern.compile("--(\\S+) ('(?:[^']|'\\\\'')*'|\\S*)").matcher(line);
        while (w.find()) {
            String v = w.group(2);
            m.put(w.group(1), v.startsWith("'") ? v.substring(1, v.length() - 1).replace("'\\''", "'") : v);
        }
        return m;
    }

    @Test
    void aFileLeavesOutTheGeneratorsSettings() {
        RunSettings s = RunSettings.fromMap(Map.of("points", "50", "noise", "0.2", "classes", "3", "dataset", "blobs",
                "steps", "7"));
        assertThat(TrainCommandLine.of(s, "upload.csv")).isEqualTo("./micrograd train --dataset upload.csv --steps 7");
        assertThat(TrainCommandLine.of(s, null))
                .isEqualTo("./micrograd train --dataset blobs --points 50 --noise 0.2 --classes 3 --steps 7");
    }

    @Test
    void badTextNamesTheKey() {
        assertThatThrownBy(() -> SettingsTable.OPTIMIZER.parse("rmsprop")).isInstanceOf(SettingException.class)
                .hasMessage("optimizer: unknown optimizer 'rmsprop'; expected one of sgd, momentum, adam");
        assertThatThrownBy(() -> SettingsTable.SEED.parse("1.5")).hasMessage("seed must be a whole number, got '1.5'");
        assertThatThrownBy(() -> SettingsTable.NOISE.parse("lots")).hasMessage("noise must be a number, got 'lots'");
        assertThat(SettingsTable.BATCH.parse(" all ")).isZero();
        assertThat(SettingsTable.byKey("colour")).isNull();
    }

    /** The page's copy of the table: every key, default and choice, in table order. */
    @Test
    void theJsonHoldsEveryKeyDefaultAndChoice() {
        String json = SettingsJson.write();
        int at = 0;
        for (Setting<?> s : SettingsTable.ALL) {
            String text = s.text(RunSettings.DEFAULTS);
            String entry = "{\"key\":\"" + s.key() + "\",\"label\":\"" + s.label() + "\",\"default\":"
                    + (text == null ? "null" : "\"" + text + "\"");
            int found = json.indexOf(entry, at);
            assertThat(found).as(entry).isGreaterThanOrEqualTo(at);
            at = found;
            for (Choice c : s.choices()) {
                assertThat(json.indexOf("{\"id\":\"" + c.id() + "\",\"label\":\"" + c.label() + "\""
                        + (c.regression() ? ",\"regression\":true}" : "}"), at)).as(c.id()).isPositive();
            }
        }
        assertThat(json).contains("{\"id\":\"x1sq\",\"label\":\"x1²\"}").contains("\"several\":true")
                .contains("{\"id\":\"reg-plane\",\"label\":\"reg-plane\",\"regression\":true}")
                .contains("{\"id\":\"squared\",\"label\":\"squared\",\"regression\":true}")
                .startsWith("{\"settings\":[").endsWith("]}");
    }
}
