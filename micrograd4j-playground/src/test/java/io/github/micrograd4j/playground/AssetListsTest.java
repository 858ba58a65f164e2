package io.github.micrograd4j.playground;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Op;
import io.github.micrograd4j.nn.Choice;
import io.github.micrograd4j.nn.run.Setting;
import io.github.micrograd4j.nn.run.SettingsTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages keep no copy of a list that Java owns: the settings' keys, any setting's choices, the
 * language's functions. A list is three or more names of one family in a row, with nothing but commas,
 * brackets and at most one value between two of them: JavaScript string literals or property names (an
 * array, an object literal), or words of a page's text (a select's options, a help line).
 */
class AssetListsTest {
    private static final Path ASSETS = Path.of("src/main/resources/io/github/micrograd4j/playground/assets");
    private static final int LIST = 3;

    /** Name families: the keys, each choice setting's ids, the functions. */
    private static Map<String, List<String>> families() {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("setting keys", SettingsTable.keys());
        for (Setting<?> s : SettingsTable.ALL) {
            if (!s.choices().isEmpty()) {
                f.put(s.key() + " choices", s.choices().stream().map(Choice::id).toList());
            }
        }
        List<String> functions = new ArrayList<>();
        for (Op op : Op.values()) {
            if (!op.functionName().isEmpty()) {
                functions.add(op.functionName());
            }
        }
        f.put("functions", functions);
        return f;
    }

    /** What may stand between two names of a list: commas, brackets, spaces, and one value (an object literal's). */
    private static final Pattern BETWEEN = Pattern.compile("[\\s,\\[\\]]*(?:\"[^\"]*\"|'[^']*'|[\\w.+-]+)?[\\s,\\[\\]]*");

    /** The lists found in a text: a message per list, naming its family and names. */
    static List<String> lists(String name, String text) {
        boolean html = name.endsWith(".html");
        // HTML: the text between tags (a select's options, the help line); JavaScript: the code without comments
        String code = html ? text.replaceAll("(?s)<!--.*?-->", " ").replaceAll("<[^>]*>", " ")
                : text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", " ");
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, List<String>> family : families().entrySet()) {
            if (html && family.getKey().equals("setting keys")) {
                continue; // the form labels each control with its setting's name: one per control, not a list
            }
            TreeMap<Integer, int[]> at = new TreeMap<>(); // start -> {end, index of the name}
            List<String> names = family.getValue();
            for (int k = 0; k < names.size(); k++) {
                String q = Pattern.quote(names.get(k));
                String pattern = html ? "(?<![\\w-])" + q + "(?![\\w-])"
                        : "([\"'`])" + q + "\\1|(?<![\\w.-])" + q + "\\s*:(?!:)";
                Matcher m = Pattern.compile(pattern).matcher(code);
                while (m.find()) {
                    at.put(m.start(), new int[] {m.end(), k});
                }
            }
            TreeSet<String> chain = new TreeSet<>();
            int end = -1;
            for (Map.Entry<Integer, int[]> e : at.entrySet()) {
                if (end < 0 || e.getKey() < end || !BETWEEN.matcher(code.substring(end, e.getKey())).matches()) {
                    chain.clear();
                }
                chain.add(names.get(e.getValue()[1]));
                end = Math.max(end, e.getValue()[0]);
                if (chain.size() >= LIST) {
                    found.add(name + ": " + family.getKey() + " " + chain + " near character " + e.getKey());
                    break;
                }
            }
        }
        return found;
    }

    @Test
    void noAssetKeepsAListThatJavaOwns() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(ASSETS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".html")).toList()) {
                found.addAll(lists(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        assertThat(found).isEmpty();
        assertThat(ASSETS.resolve("transport.js")).exists();
    }

    /** The scan finds what the pages held before the table: the keys, the defaults, a select's options, the ops. */
    @Test
    void theScanFindsTheListsThePagesUsedToKeep() {
        assertThat(lists("a.js", "export const KEYS = [\"dataset\", \"points\", \"noise\"];")).hasSize(1);
        assertThat(lists("a.js", "const DEFAULTS = {dataset: \"moons\", points: \"100\", classes: \"2\"};"))
                .singleElement().asString().contains("setting keys");
        assertThat(lists("a.js", "const FEATURES = [[\"x1\", \"x1\"], [\"x2\", \"x2\"], [\"x1sq\", \"x1²\"]];"))
                .singleElement().asString().contains("features choices");
        assertThat(lists("a.html", "<select><option>relu</option><option>tanh</option><option>sigmoid</option>"))
                .anySatisfy(m -> assertThat(m).contains("activation choices"));
        assertThat(lists("a.html", "Ops: <code>+ - * / ** relu tanh exp log sigmoid pow(x, y)</code>"))
                .anySatisfy(m -> assertThat(m).contains("functions"));
        // one key at a time is the page's own behaviour, not a list
        assertThat(lists("a.js", "if (k === \"lr\") return; get(\"steps\"); // \"dataset\" \"points\" \"noise\""))
                .isEmpty();
    }
}
