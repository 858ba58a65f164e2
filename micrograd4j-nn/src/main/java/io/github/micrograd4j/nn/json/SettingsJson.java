package io.github.micrograd4j.nn.json;

import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.nn.Choice;
import io.github.micrograd4j.nn.run.RunSettings;
import io.github.micrograd4j.nn.run.Setting;
import io.github.micrograd4j.nn.run.SettingsTable;

/**
 * {@link SettingsTable} as JSON, for the training lab, which builds its URL fragment and its controls from
 * it rather than keeping a copy of the keys, defaults and choices:
 * <pre>{"settings": [{"key": "points", "label": "N", "default": "100", "help": "Points to generate (default: 100).",
 *   "helps": {"en": "Points to generate (default: 100).", "zh": "生成的数据点个数（默认：100）。"},
 *   "choices": [], "several": false, "generatorOnly": true}, ...]}</pre>
 * {@code help} is the English text; {@code helps} has it in every language, by language tag, for the lab's
 * tooltips in the language shown.
 * {@code default} is null where the default depends on other settings (the help says how); a choice is
 * {@code {"id": "x1sq", "label": "x1²"}}, with {@code "regression": true} for a regression dataset or loss
 * ({@link Choice#regression()}).
 */
public final class SettingsJson {
    private SettingsJson() {
    }

    /**
     * The table as JSON text.
     *
     * @return one line of JSON
     */
    public static String write() {
        StringBuilder sb = new StringBuilder("{\"settings\":[");
        boolean first = true;
        for (Setting<?> s : SettingsTable.ALL) {
            sb.append(first ? "" : ",").append("{\"key\":").append(JsonLiterals.quote(s.key()))
                    .append(",\"label\":").append(JsonLiterals.quote(s.label()))
                    .append(",\"default\":").append(text(s.text(RunSettings.DEFAULTS)))
                    .append(",\"help\":").append(JsonLiterals.quote(s.description()))
                    .append(",\"helps\":{");
            for (Language language : Language.values()) {
                sb.append(language.ordinal() == 0 ? "" : ",").append(JsonLiterals.quote(language.tag())).append(':')
                        .append(JsonLiterals.quote(s.description(language)));
            }
            sb.append("},\"choices\":[");
            boolean firstChoice = true;
            for (Choice c : s.choices()) {
                sb.append(firstChoice ? "" : ",").append("{\"id\":").append(JsonLiterals.quote(c.id()))
                        .append(",\"label\":").append(JsonLiterals.quote(c.label()))
                        .append(c.regression() ? ",\"regression\":true}" : "}");
                firstChoice = false;
            }
            sb.append("],\"several\":").append(s.several()).append(",\"generatorOnly\":").append(s.generatorOnly())
                    .append('}');
            first = false;
        }
        return sb.append("]}").toString();
    }

    private static String text(String value) {
        return value == null ? "null" : JsonLiterals.quote(value);
    }
}
