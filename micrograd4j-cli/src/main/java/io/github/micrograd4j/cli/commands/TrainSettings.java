package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.cli.errors.UserErrorException;
import io.github.micrograd4j.nn.loss.Regularization;
import io.github.micrograd4j.nn.run.RunSettings;
import io.github.micrograd4j.nn.run.SettingException;
import io.github.micrograd4j.nn.run.SettingsTable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code train}'s options as {@link RunSettings}, the description of a run it shares with the
 * training lab (the way back is {@link io.github.micrograd4j.nn.run.TrainCommandLine}). The options are
 * {@link SettingOptions}, one per setting, plus {@code --l1} and {@code --l2}, short for {@code --reg} and
 * {@code --rate}.
 */
public final class TrainSettings {
    private TrainSettings() {
    }

    /**
     * The settings {@code train}'s options ask for; options not given keep micrograd's defaults.
     *
     * @param o the options
     * @param fileData whether {@code --dataset} names a file (its name is then not a setting)
     * @return the settings
     * @throws UserErrorException naming the option and the bad value
     */
    static RunSettings of(TrainCommand o, boolean fileData) {
        Map<String, String> m = new LinkedHashMap<>(o.givenSettings());
        if (fileData) {
            m.remove(SettingsTable.DATASET.key());
        }
        String shorthand = penalty(o, m);
        try {
            return RunSettings.fromMap(m);
        } catch (SettingException e) {
            String key = e.key();
            String option = key.equals(SettingsTable.RATE.key()) && shorthand != null ? shorthand : "--" + key;
            throw new UserErrorException(option + e.getMessage().substring(key.length()), e);
        }
    }

    /**
     * micrograd's demo as {@code --reference} runs it, for a number of steps.
     *
     * @param steps the steps' text
     * @return the settings
     * @throws UserErrorException for bad steps
     */
    static RunSettings reference(String steps) {
        try {
            return RunSettings.DEFAULTS.with(Map.of(SettingsTable.STEPS.key(), steps));
        } catch (SettingException e) {
            throw new UserErrorException("--" + e.getMessage(), e);
        }
    }

    /** {@code --l1 A} or {@code --l2 A} into {@code reg} and {@code rate}; returns the option used, if any. */
    private static String penalty(TrainCommand o, Map<String, String> m) {
        if (o.l1 == null && o.l2 == null) {
            return null;
        }
        if (o.l1 != null && o.l2 != null && o.l1 != 0 && o.l2 != 0) {
            throw new UserErrorException("--l1 and --l2 are one penalty each; give one, got --l1 " + o.l1 + " --l2 " + o.l2);
        }
        if (m.containsKey(SettingsTable.REG.key()) || m.containsKey(SettingsTable.RATE.key())) {
            throw new UserErrorException("--l1 and --l2 are short for --reg and --rate; give one form");
        }
        if (o.l1 != null && o.l1 != 0) {
            m.put(SettingsTable.REG.key(), Regularization.L1.id());
            m.put(SettingsTable.RATE.key(), String.valueOf(o.l1));
            return "--l1";
        }
        if (o.l2 == null) { // --l1 0 alone: no L1, the default penalty stays
            return null;
        }
        m.put(SettingsTable.RATE.key(), String.valueOf(o.l2));
        return "--l2";
    }
}
