package io.github.micrograd4j.nn.run;

import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.core.text.Templates;
import io.github.micrograd4j.nn.Choice;
import io.github.micrograd4j.nn.text.NnText;
import io.github.micrograd4j.nn.text.SettingHelp;
import java.util.List;
import java.util.function.Function;

/**
 * One setting of a training run, described once: its key, how its text is read and written, its default
 * and its help. {@link SettingsTable#ALL} holds one for every component of {@link RunSettings}; the URL
 * fragment, {@link RunSettings#fromMap}/{@link RunSettings#toMap}, {@code train}'s options and the training
 * lab's controls are all made from it (TensorFlow Playground keeps its URL state the same way, in one
 * table of properties).
 *
 * <p>Instances are made and configured only while {@link SettingsTable} initializes, and never change after.
 *
 * @param <T> the value's type in {@link RunSettings}
 */
public final class Setting<T> {
    /** Reads a value's text; a {@link NumberFormatException} means the text is not a number of the kind. */
    interface Parser<T> {
        T parse(String text);
    }

    private final String key;
    private final String label;
    private final String help;
    private final T defaultValue;
    private final Parser<T> parser;
    private final Function<T, String> formatter;
    private final Function<RunSettings, T> getter;
    private final NnText numberKind;
    private List<? extends Choice> choices = List.of();
    private boolean several;
    private boolean generatorOnly;
    private Message defaultNote;
    private Object[] helpArgs = {};
    private List<String> aliases = List.of();

    Setting(String key, String label, String help, T defaultValue, Function<RunSettings, T> getter, Parser<T> parser,
            Function<T, String> formatter, NnText numberKind) {
        this.key = key;
        this.label = label;
        this.help = help;
        this.defaultValue = defaultValue;
        this.getter = getter;
        this.parser = parser;
        this.formatter = formatter;
        this.numberKind = numberKind;
    }

    Setting<T> withChoices(List<? extends Choice> values, boolean commaSeparated) {
        this.choices = List.copyOf(values);
        this.several = commaSeparated;
        return this;
    }

    Setting<T> onlyForGenerators() {
        this.generatorOnly = true;
        return this;
    }

    Setting<T> withDefaultNote(NnText note, Object... args) {
        this.defaultNote = new Message(note, args);
        return this;
    }

    /** Values the help's {@code {0}}, {@code {1}}, … stand for, in English and in Chinese. */
    Setting<T> withHelpArgs(Object... args) {
        this.helpArgs = args.clone();
        return this;
    }

    Setting<T> withAliases(String... names) {
        this.aliases = List.of(names);
        return this;
    }

    /**
     * The key in the URL fragment and in {@link RunSettings#toMap()}; {@code train}'s option is {@code --key}.
     *
     * @return e.g. {@code lr-changes}
     */
    public String key() {
        return key;
    }

    /**
     * The value's placeholder in help, e.g. the {@code N} of {@code --points N}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Further command-line names of the option, besides {@code --key}.
     *
     * @return e.g. {@code [-n]}; often empty
     */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * The values the setting takes, when it is a choice; the dataset takes a file name too.
     *
     * @return the values, in their enum's order; empty for a number or free text
     */
    public List<? extends Choice> choices() {
        return choices;
    }

    /**
     * Whether the value is a comma-separated list of {@link #choices()}, each at most once.
     *
     * @return true for the features
     */
    public boolean several() {
        return several;
    }

    /**
     * Whether only generated data uses the setting (data from a file has its own size and classes).
     *
     * @return true for the points, noise and classes
     */
    public boolean generatorOnly() {
        return generatorOnly;
    }

    /**
     * The default value, as {@link RunSettings#DEFAULTS} holds it; null where the default depends on
     * other settings (see {@link #defaultText()}).
     *
     * @return the value or null
     */
    public T defaultValue() {
        return defaultValue;
    }

    /**
     * The default as text: its {@link #format}, or what a default that depends on other settings is.
     *
     * @return e.g. {@code 100} or {@code svm for 2 classes, softmax for more}
     */
    public String defaultText() {
        return defaultNote != null ? defaultNote.in(Language.EN) : format(defaultValue);
    }

    /**
     * What the setting is, with its choices and its default, for {@code train --help} and the page.
     *
     * @return one or more sentences
     */
    public String description() {
        return description(Language.EN);
    }

    /**
     * What the setting is, with its choices and its default, in a language: the training lab's tooltips. The
     * key, the values and the numbers are the same in every language.
     *
     * @param language the language
     * @return one or more sentences
     */
    public String description(Language language) {
        String chinese = language == Language.ZH ? SettingHelp.chinese(key) : null;
        Object[] args = new Object[helpArgs.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = helpArgs[i] instanceof Message m ? m.in(language) : helpArgs[i];
        }
        String text = Templates.fill(chinese != null ? chinese : help, args);
        if (!choices.isEmpty()) {
            String list = choices.get(0).id();
            for (int i = 1; i < choices.size(); i++) {
                list = several || i < choices.size() - 1 ? list + ", " + choices.get(i).id()
                        : NnText.CHOICE_OR.format(language, list, choices.get(i).id());
            }
            text = text.replace("{choices}", list);
        }
        String d = defaultNote != null ? defaultNote.in(language) : format(defaultValue);
        return NnText.DEFAULT_IS.format(language, text, d.isEmpty() ? NnText.NO_DEFAULT.in(language) : d);
    }

    /**
     * Reads a value.
     *
     * @param text the value's text, as in a URL fragment or on the command line
     * @return the value
     * @throws SettingException starting with the key and naming the bad text
     */
    public T parse(String text) {
        try {
            return parser.parse(text);
        } catch (SettingException e) {
            throw e;
        } catch (NumberFormatException e) {
            throw new SettingException(key, new Message(NnText.MUST_BE_KIND, key, new Message(numberKind), text));
        } catch (IllegalArgumentException e) {
            throw new SettingException(key, new Message(NnText.KEY_REASON, key, Message.reason(e)));
        }
    }

    /**
     * Writes a value as {@link #parse} reads it back.
     *
     * @param value the value, or null
     * @return the text, or null for null
     */
    public String format(T value) {
        return value == null ? null : formatter.apply(value);
    }

    /**
     * This setting of a run.
     *
     * @param settings the run's settings
     * @return the value
     */
    public T get(RunSettings settings) {
        return getter.apply(settings);
    }

    /**
     * This setting of a run, as text.
     *
     * @param settings the run's settings
     * @return the text, or null when the value is null (the default that depends on other settings)
     */
    public String text(RunSettings settings) {
        return format(get(settings));
    }

    /**
     * Whether a run has this setting's default, compared as text (a list of the same numbers is the same).
     *
     * @param settings the run's settings
     * @return whether {@link RunSettings#toMap()} leaves this key out
     */
    public boolean isDefaultIn(RunSettings settings) {
        return java.util.Objects.equals(text(settings), format(defaultValue));
    }

    /**
     * The value that a map of texts by key gives: the parsed text, or the default.
     *
     * @param values texts by key
     * @return the value
     * @throws SettingException for bad text
     */
    T from(java.util.Map<String, String> values) {
        String text = values.get(key);
        return text == null ? defaultValue : parse(text);
    }

    @Override
    public String toString() {
        return "--" + key + " " + label;
    }
}
