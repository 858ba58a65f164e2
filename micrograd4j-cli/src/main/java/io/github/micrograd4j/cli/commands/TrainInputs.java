package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.nn.run.RunMemory;
import io.github.micrograd4j.cli.errors.UserErrorException;
import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.nn.Activation;
import io.github.micrograd4j.nn.Choices;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.MicrogradDemo;
import io.github.micrograd4j.nn.data.CsvDataset;
import io.github.micrograd4j.nn.data.CsvFormatException;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.data.Generators;
import io.github.micrograd4j.nn.json.JsonFormatException;
import io.github.micrograd4j.nn.json.ModelJson;
import io.github.micrograd4j.nn.json.ReferenceRun;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.nn.run.RunSettings;
import io.github.micrograd4j.nn.run.Setting;
import io.github.micrograd4j.nn.run.SettingsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The data and the model of a {@code train} run, made from its options: generated or read data, a
 * new model, one loaded with {@code --init}, or micrograd's reference run. Every size is checked
 * against the memory it will need before it is allocated.
 */
final class TrainInputs {
    private final TrainCommand o;
    private final long heap = Runtime.getRuntime().maxMemory();
    private RunSettings settings = RunSettings.DEFAULTS;

    TrainInputs(TrainCommand options) {
        this.o = options;
    }

    /** The settings the options ask for (micrograd's for {@code --reference}). */
    void settings(RunSettings s) {
        this.settings = s;
    }

    /** Whether {@code --dataset} names a file rather than a generator. */
    boolean fileData() {
        String dataset = o.given(SettingsTable.DATASET);
        return dataset != null && Generators.find(dataset).isEmpty();
    }

    /** {@code --reference}: micrograd's run, its settings fixed. */
    ReferenceRun referenceRun() {
        List<String> clashes = new ArrayList<>();
        for (String key : o.givenSettings().keySet()) {
            if (!key.equals(SettingsTable.STEPS.key())) {
                clashes.add("--" + key);
            }
        }
        addIfSet(clashes, o.l2, "--l2");
        addIfSet(clashes, o.l1, "--l1");
        addIfSet(clashes, o.init, "--init");
        if (!clashes.isEmpty()) {
            throw new UserErrorException("--reference fixes micrograd's demo settings; drop " + String.join(", ", clashes)
                    + " (only --steps, --json, --plot and --save combine with it)");
        }
        String text = ModelFiles.read(o.reference);
        try {
            ReferenceRun run = ReferenceRun.parse(text);
            if (run.initialParameters().length != MicrogradDemo.PARAMETERS) {
                throw new UserErrorException(o.reference + ": expected " + MicrogradDemo.PARAMETERS + " init_params (MLP("
                        + MicrogradDemo.INPUTS + ", " + MicrogradDemo.SIZES + ")), got " + run.initialParameters().length);
            }
            for (double[] row : run.features()) {
                if (row.length != MicrogradDemo.INPUTS) {
                    throw new UserErrorException(o.reference + ": expected " + MicrogradDemo.INPUTS
                            + " features per point in X, got " + row.length);
                }
            }
            return run;
        } catch (JsonFormatException e) {
            throw new UserErrorException(o.reference + ": " + e.getMessage(), e);
        }
    }

    private static void addIfSet(List<String> list, Object value, String name) {
        if (value != null) {
            list.add(name);
        }
    }

    /** {@code --dataset}: a generator (its size checked against the heap first) or a file. */
    Dataset dataset(long s) {
        String named = o.given(SettingsTable.DATASET);
        String name = named != null ? named : settings.dataset();
        int n = settings.points();
        int k = settings.classes();
        Optional<Generators> generator = Generators.find(name);
        if (generator.isPresent()) {
            Generators g = generator.get();
            if (!g.anyClasses() && k != 2) {
                throw new UserErrorException(g.id() + (g.regression() ? " is a regression dataset (no classes)"
                        : " has 2 classes") + "; --classes " + k + " is for blobs and spirals");
            }
            // before a single point is drawn: 100,000,000 points would take a minute to refuse otherwise
            RunMemory.check(n, 2, sizes(2, g.classCount(k)), heap);
            try {
                return Run.generate(settings);
            } catch (IllegalArgumentException e) {
                throw new UserErrorException(name + ": " + e.getMessage());
            }
        }
        List<String> generatorOnly = new ArrayList<>();
        boolean given = false;
        for (Setting<?> setting : SettingsTable.ALL) {
            if (setting.generatorOnly()) {
                generatorOnly.add("--" + setting.key());
                given |= o.given(setting) != null;
            }
        }
        if (given) {
            int last = generatorOnly.size() - 1;
            throw new UserErrorException(String.join(", ", generatorOnly.subList(0, last)) + " and "
                    + generatorOnly.get(last) + " are for generated datasets, not the file " + name);
        }
        Path file = Path.of(name);
        if (!name.contains(".") && !Files.exists(file)) {
            throw new UserErrorException("unknown dataset '" + name + "'; expected "
                    + Choices.ids(Generators.values(), ", ")
                    + ", a CSV file or a reference JSON file");
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            try {
                return ReferenceRun.parse(ModelFiles.read(file)).dataset();
            } catch (JsonFormatException e) {
                throw new UserErrorException(name + ": " + e.getMessage(), e);
            }
        }
        try {
            return CsvDataset.parse(file.getFileName().toString(), InputText.read(file));
        } catch (CsvFormatException e) {
            throw new UserErrorException(e.getMessage().replaceFirst("^[^:]*:", name + ":"), e);
        }
    }

    /** {@code --loss}, or the default for the data's classes, checked against them. */
    ClassificationLoss lossKind(int classCount) {
        try {
            return settings.lossFor(classCount);
        } catch (IllegalArgumentException e) {
            throw new UserErrorException("--" + e.getMessage());
        }
    }

    /** The layer sizes the options ask for, the output layer included. */
    List<Integer> sizes(int features, int classCount) {
        List<Integer> hidden = settings.layers();
        List<Integer> sizes = new ArrayList<>(hidden);
        sizes.add(lossKind(classCount).outputsFor(classCount));
        long parameterCount = RunMemory.parameterCount(features, sizes);
        if (parameterCount > TrainCommand.MAX_PARAMETERS) {
            throw new UserErrorException(String.format(Numbers.LOCALE, "--layers %s: MLP(%d, %s) would have %,d "
                    + "parameters; train builds at most %,d", hidden.stream().map(String::valueOf)
                    .collect(Collectors.joining(",")), features, sizes, parameterCount, TrainCommand.MAX_PARAMETERS));
        }
        return sizes;
    }

    /** A new model for the data: the options' layers and activation, weights from {@code Random(s + 1)}. */
    MLP newModel(Dataset data, long s) {
        List<Integer> sizes = sizes(data.featureCount(), data.classCount());
        RunMemory.check(data.size(), data.featureCount(), sizes, heap);
        Activation hidden = settings.activation();
        return new MLP(data.featureCount(), sizes, MLP.withActivations(sizes.size(), hidden, Activation.LINEAR),
                new Random(s + 1));
    }

    /** {@code --init}: micrograd's initial weights from a reference file, or a model saved with {@code --save}. */
    ModelJson.SavedModel loadInit(Dataset data) {
        String text = ModelFiles.read(o.init);
        try {
            if (ReferenceRun.looksLikeReference(text)) {
                if (settings.activation() != Activation.RELU) {
                    throw new UserErrorException("--init " + o.init + " holds micrograd's weights, made for relu hidden "
                            + "layers; drop --activation " + o.given(SettingsTable.ACTIVATION));
                }
                ClassificationLoss lossKind = lossKind(data.classCount());
                double[] params = ReferenceRun.parse(text).initialParameters();
                MLP model = newModel(data, 0);
                if (params.length != model.parameterCount()) {
                    throw new UserErrorException("--init " + o.init + " has " + params.length + " initial parameters but "
                            + model + " has " + model.parameterCount() + "; micrograd's demo is --layers 16,16 on 2 "
                            + "features with one output");
                }
                model.setParameterData(params);
                return new ModelJson.SavedModel(model, lossKind, data.labelValues());
            }
            if (o.given(SettingsTable.LAYERS) != null || o.given(SettingsTable.ACTIVATION) != null) {
                throw new UserErrorException("--init " + o.init + " is a saved model with its own layers; drop --layers "
                        + "and --activation");
            }
            ModelJson.SavedModel saved = ModelJson.read(text);
            RunMemory.check(data.size(), saved.model().inputCount(), saved.model().sizes(), heap);
            return o.given(SettingsTable.LOSS) == null ? saved
                    : new ModelJson.SavedModel(saved.model(), lossKind(data.classCount()), data.labelValues());
        } catch (JsonFormatException | IllegalArgumentException e) {
            throw new UserErrorException(o.init + ": " + e.getMessage(), e);
        }
    }

    /** micrograd's demo model with the reference run's initial weights. */
    static MLP referenceModel(ReferenceRun ref) {
        MLP model = MicrogradDemo.model(new Random(0));
        model.setParameterData(ref.initialParameters());
        return model;
    }
}
