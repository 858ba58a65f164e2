package io.github.micrograd4j.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.micrograd4j.core.text.CoreText;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.MessageKey;
import io.github.micrograd4j.nn.Choice;
import io.github.micrograd4j.nn.run.SettingsTable;
import io.github.micrograd4j.viz.text.VizText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The labs' words (text-en.json, text-zh.json): every key in every language with the same placeholders, every
 * key the pages name in the bundles and every bundle key named by a page, the words the pages share with Java
 * the same as Java's, and the Chinese in the textbook's terms.
 */
class LabTextTest {
    private static final Path ASSETS = Path.of("src/main/resources/io/github/micrograd4j/playground/assets");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /**
     * A key as the pages write it: a string literal or attribute value, "x.prev", 't.counter.loss'; a prefix
     * ending in a dot ("x.example." + name) is not a key.
     */
    private static final Pattern KEY = Pattern.compile("[\"'`]((?:app|lang|x|t)\\.[\\w.-]*[\\w-])[\"'`]");

    static Map<String, String> bundle(Language language) throws IOException {
        Map<String, String> words = new LinkedHashMap<>();
        byte[] json = Files.readAllBytes(ASSETS.resolve(PlaygroundServer.textBundle(language)));
        try (JsonParser p = new JsonFactory().createParser(json)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                assertThat(p.nextToken()).as(key).isEqualTo(JsonToken.VALUE_STRING);
                assertThat(words.put(key, p.getText())).as("%s twice in %s", key, language).isNull();
            }
        }
        return words;
    }

    private static TreeSet<String> placeholders(String template) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyKeyIsInEveryLanguageWithTheSamePlaceholders() throws IOException {
        Map<String, String> en = bundle(Language.EN);
        for (Language language : Language.values()) {
            Map<String, String> other = bundle(language);
            assertThat(other.keySet()).as("the keys of %s", language).containsExactlyInAnyOrderElementsOf(en.keySet());
            for (Map.Entry<String, String> e : en.entrySet()) {
                assertThat(placeholders(other.get(e.getKey()))).as("%s's placeholders in %s", e.getKey(), language)
                        .isEqualTo(placeholders(e.getValue()));
                assertThat(other.get(e.getKey())).as("%s in %s", e.getKey(), language).isNotBlank();
            }
            for (Language named : Language.values()) {
                assertThat(other).as("the switch's name of %s", named).containsKey("lang." + named.tag());
            }
        }
        try (Stream<Path> files = Files.list(ASSETS)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("text-")).sorted())
                    .as("a bundle per language, no other")
                    .containsExactlyElementsOf(Arrays.stream(Language.values()).map(PlaygroundServer::textBundle)
                            .sorted().toList());
        }
    }

    @Test
    void everyKeyThePagesNameIsInTheBundlesAndEveryBundleKeyIsNamed() throws IOException {
        TreeSet<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.list(ASSETS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".html")).toList()) {
                Matcher m = KEY.matcher(Files.readString(p, StandardCharsets.UTF_8));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        named.addAll(examples().keySet().stream().map(n -> "x.example." + n).toList()); // the menu's titles
        named.addAll(exampleComments().keySet().stream().map(n -> "x.example." + n + ".comment").toList());
        // the training lab's menus name their choices "t.choice." + key + "." + id, for every setting a <select> shows
        Matcher select = Pattern.compile("<select[^>]*data-setting=\"([^\"]+)\"").matcher(
                Files.readString(ASSETS.resolve("train.html"), StandardCharsets.UTF_8));
        while (select.find()) {
            for (Choice c : SettingsTable.byKey(select.group(1)).choices()) {
                named.add("t.choice." + select.group(1) + "." + c.id());
            }
        }
        TreeSet<String> keys = new TreeSet<>(bundle(Language.EN).keySet());
        for (Language language : Language.values()) {
            named.add("lang." + language.tag()); // i18n.js names the switch's options by the language's tag
        }
        assertThat(keys).as("bundle keys no page names").containsAll(named);
        assertThat(named).as("keys the pages name that no bundle has").containsAll(keys);
    }

    /** One text field of each example of the menu (examples.json): name -> the field's text. */
    private static Map<String, String> examples(String field) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        try (JsonParser p = new JsonFactory().createParser(Files.readAllBytes(ASSETS.resolve("examples.json")))) {
            String name = null;
            for (JsonToken tok = p.nextToken(); tok != null; tok = p.nextToken()) {
                if (tok == JsonToken.VALUE_STRING && "name".equals(p.currentName())) {
                    name = p.getText();
                } else if (tok == JsonToken.VALUE_STRING && field.equals(p.currentName())) {
                    values.put(name, p.getText());
                }
            }
        }
        return values;
    }

    /** The examples menu: name -> the API's title. */
    private static Map<String, String> examples() throws IOException {
        return examples("title");
    }

    /** A page's title before its script runs (and without one) is the English bundle's. */
    @Test
    void eachPagesTitleInTheHtmlIsTheEnglishBundles() throws IOException {
        Map<String, String> words = bundle(Language.EN);
        for (String page : List.of("index.html", "train.html")) {
            Matcher m = Pattern.compile("<title data-t=\"([\\w.]+)\">([^<]*)</title>")
                    .matcher(Files.readString(ASSETS.resolve(page), StandardCharsets.UTF_8));
            assertThat(m.find()).as(page).isTrue();
            assertThat(m.group(2)).as(page).isEqualTo(words.get(m.group(1)));
        }
    }

    /** The examples' programs' first comments: name -> the comment line, for the examples that start with one. */
    private static Map<String, String> exampleComments() throws IOException {
        Map<String, String> comments = new LinkedHashMap<>();
        examples("program").forEach((name, program) -> {
            if (program.startsWith("#")) {
                comments.put(name, program.lines().findFirst().orElseThrow());
            }
        });
        return comments;
    }

    /**
     * The English bundle's comment of an example is the program's own first line (the page puts the language's in
     * its place), and the Chinese one keeps its numbers and symbols.
     */
    @Test
    void theExamplesCommentsInEnglishAreTheProgramsOwn() throws IOException {
        Map<String, String> en = bundle(Language.EN);
        Map<String, String> zh = bundle(Language.ZH);
        Map<String, String> comments = exampleComments();
        assertThat(comments).hasSizeGreaterThanOrEqualTo(4);
        comments.forEach((name, line) -> {
            String key = "x.example." + name + ".comment";
            assertThat(en.get(key)).as(key).isEqualTo(line);
            assertThat(zh.get(key)).as(key).startsWith("#").doesNotContain("\n");
            assertThat(zh.get(key).replaceAll("[^0-9.=^()/+*-]", "")).as(key)
                    .isEqualTo(line.replaceAll("[^0-9.=^()/+*-]", ""));
        });
    }

    /** The English bundle's title of an example is the API's (the page shows either, by the bundle's keys). */
    @Test
    void theEnglishTitlesOfTheExamplesAreTheApis() throws IOException {
        Map<String, String> words = bundle(Language.EN);
        Map<String, String> titles = examples();
        assertThat(titles).hasSizeGreaterThanOrEqualTo(4);
        titles.forEach((name, title) -> assertThat(words.get("x.example." + name)).as(name).isEqualTo(title));
    }

    @Test
    void thePagesLanguagesAreJavasLanguages() throws IOException {
        String script = Files.readString(ASSETS.resolve("i18n.js"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("export const LANGUAGES = \\[([^\\]]*)]").matcher(script);
        assertThat(m.find()).isTrue();
        assertThat(Arrays.stream(m.group(1).split(",")).map(s -> s.trim().replace("\"", "")).toList())
                .isEqualTo(Arrays.stream(Language.values()).map(Language::tag).toList());
    }

    /** A word the page shows next to the server's text is Java's word, in every language. */
    @Test
    void theWordsThePagesShareWithJavaAreJavas() throws IOException {
        Map<String, MessageKey> shared = new LinkedHashMap<>();
        shared.put("x.cell.grad", VizText.CELL_GRAD);
        shared.put("x.because", CoreText.BECAUSE);
        shared.put("x.check.input", CoreText.CHECK_INPUT);
        shared.put("x.check.value", CoreText.CHECK_VALUE);
        shared.put("x.check.analytic", CoreText.CHECK_ANALYTIC);
        shared.put("x.check.numeric", CoreText.CHECK_NUMERIC);
        shared.put("x.check.error", CoreText.CHECK_ERROR);
        shared.put("x.check.ok", CoreText.CHECK_OK);
        shared.put("x.check.fail", CoreText.CHECK_FAIL);
        for (Language language : Language.values()) {
            Map<String, String> words = bundle(language);
            for (Map.Entry<String, MessageKey> e : shared.entrySet()) {
                assertThat(words.get(e.getKey())).as("%s in %s", e.getKey(), language)
                        .isEqualTo(e.getValue().in(language));
            }
        }
    }

    /** The zoom bar's English words are those viz's graph-view.js gives it (the page relabels its buttons). */
    @Test
    void theZoomBarsEnglishWordsAreGraphViewsOwn() throws IOException {
        String script;
        try (java.io.InputStream in = LabTextTest.class.getResourceAsStream("/io/github/micrograd4j/viz/graph-view.js")) {
            assertThat(in).as("viz's graph-view.js on the class path").isNotNull();
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> words = bundle(Language.EN);
        for (String key : List.of("x.zoom", "x.zoom.in", "x.zoom.out", "x.zoom.fit.button", "x.zoom.fit", "x.zoom.full")) {
            assertThat(script).as(key).contains("\"" + words.get(key) + "\"");
        }
    }

    /** The Chinese a textbook uses, not the machine translation the walkthrough was reposted in. */
    @Test
    void theChineseUsesTheTextbooksTerms() throws IOException {
        String all = String.join("\n", bundle(Language.ZH).values());
        assertThat(all).contains("反向传播", "前向传播", "梯度", "局部导数", "计算图", "损失函数", "数值检验", "神经元",
                "学习率");
        assertThat(all).doesNotContain("后传播", "毕业", "损耗");
        List<String> english = new ArrayList<>();
        for (Map.Entry<String, String> e : bundle(Language.ZH).entrySet()) {
            // names the graph itself shows stay as written: ops (tanh, exp, relu), values (out), derivatives (dL/dout, dg/da)
            String words = e.getValue().replaceAll("\\{\\d+}", "").replaceAll("NaN|CSV|JSON|Java|micrograd(4j)?|train|"
                    + "English|README|tanh|exp|relu|\\bout\\b|\\(L\\(p\\+h\\)-L\\(p-h\\)\\)/2h|h=|dL/d(out)?|d\\w/d\\w|x1,x2,label", "");
            if (e.getKey().startsWith("t.choice.")) { // a menu's choice keeps its name, as the link and train write it
                words = words.replace(e.getKey().substring(e.getKey().lastIndexOf('.') + 1), "");
            }
            if (words.matches("(?s).*[A-Za-z]{2,}.*")) {
                english.add(e.getKey() + " = " + e.getValue());
            }
        }
        assertThat(english).as("Chinese texts with English words left in").isEmpty();
    }
}
