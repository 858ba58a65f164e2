package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.cli.errors.UserErrorException;
import io.github.micrograd4j.nn.run.RunSettings;
import io.github.micrograd4j.nn.run.SettingException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code train}'s options as {@link RunSettings}, the description of a run it shares with the
 * training lab (the way back is {@link io.github.micrograd4j.nn.run.TrainCommandLine}).
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
        Map<String, String> m = new LinkedHashMap<>();
        if (o.dataset != null && !fileData) {
            m.put("dataset", o.dataset);
        }
        put(m, "points", o.points);
        put(m, "noise", o.noise);
        put(m, "classes", o.classes);
        put(m, "split", o.split);
        put(m, "features", o.features);
        put(m, "layers", o.layers);
        put(m, "activation", o.activation);
        put(m, "loss", o.loss);
        if (o.l1 != null && o.l2 != null && o.l1 != 0 && o.l2 != 0) {
            throw new UserErrorException("--l1 and --l2 are one penalty each; give one, got --l1 " + o.l1 + " --l2 " + o.l2);
        }
        if (o.l1 != null && o.l1 != 0) {
            m.put("reg", "l1");
            m.put("rate", String.valueOf(o.l1));
        } else if (o.l2 != null) {
            m.put("rate", String.valueOf(o.l2));
        }
        put(m, "optimizer", o.optimizer);
        put(m, "lr", o.lr);
        put(m, "momentum", o.momentum);
        put(m, "schedule", o.schedule);
        put(m, "lr-changes", o.lrChanges);
        put(m, "batch", o.batch);
        put(m, "seed", o.seed);
        put(m, "steps", o.steps);
        try {
            return RunSettings.fromMap(m);
        } catch (SettingException e) {
            String key = e.key();
            String option = key.equals("rate") ? (o.l1 != null && o.l1 != 0 ? "--l1" : "--l2") : "--" + key;
            throw new UserErrorException(option + e.getMessage().substring(key.length()), e);
        }
    }

    private static void put(Map<String, String> m, String key, Object value) {
        if (value != null) {
            m.put(key, String.valueOf(value));
        }
    }
}
