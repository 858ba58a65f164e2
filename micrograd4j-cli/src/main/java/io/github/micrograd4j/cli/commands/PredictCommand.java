package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.cli.errors.UserErrorException;
import io.github.micrograd4j.nn.json.JsonFormatException;
import io.github.micrograd4j.nn.json.ModelJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code micrograd predict}: evaluates a model saved by {@code train --save}. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Evaluates a model saved with 'train --save' on points given as comma-separated numbers, "
            + "and prints each point's outputs and predicted label. A model trained on --features records them and "
            + "takes the point's two coordinates: the features are made from them as in training.",
            "",
            "Example: micrograd predict --model model.json 0.5,0.2 -1.5,-0.4"})
public final class PredictCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-m", "--model"}, paramLabel = "FILE", required = true, description = "The saved model (JSON).")
    private Path modelFile;

    @Parameters(paramLabel = "POINT", arity = "1..*", description = "A point: one number per input, comma separated.")
    private List<String> points;

    @Override
    public Integer call() {
        ModelJson.SavedModel saved;
        long heap = Runtime.getRuntime().maxMemory();
        PredictMemory.checkRead(modelFile, fileSize(modelFile), heap);
        try {
            String text = ModelFiles.read(modelFile);
            saved = ModelJson.read(text, (inputs, sizes) -> PredictMemory.check(modelFile, text.length(), inputs,
                    sizes, heap));
        } catch (JsonFormatException e) {
            throw new UserErrorException(modelFile + ": " + e.getMessage(), e);
        }
        int inputs = saved.pointSize();
        List<double[]> xs = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            xs.add(parsePoint(points.get(i), i + 1, inputs));
        }
        PrintWriter out = spec.commandLine().getOut();
        double[] labels = saved.labels();
        for (int i = 0; i < xs.size(); i++) {
            double[] outputs = saved.outputs(xs.get(i));
            if (saved.loss().regression()) {
                // a regression model's output is its prediction: no class to pick
                out.println(points.get(i).trim() + " -> " + Numbers.readable(outputs[0], 6));
                continue;
            }
            int cls = saved.loss().predict(outputs);
            StringBuilder o = new StringBuilder();
            for (int j = 0; j < outputs.length; j++) {
                o.append(j == 0 ? "" : ", ").append(Numbers.readable(outputs[j], 6));
            }
            out.println(points.get(i).trim() + " -> " + label(labels[cls]) + "  (" + (outputs.length == 1 ? "score " : "logits ")
                    + o + ")");
        }
        out.flush();
        return 0;
    }

    /** The size of a regular file, or -1 (a pipe, standard input, a file that cannot be read: reading says why). */
    private static long fileSize(Path file) {
        try {
            return !file.toString().equals("-") && Files.isRegularFile(file) ? Files.size(file) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static double[] parsePoint(String text, int index, int inputs) {
        if (text.matches("--?[A-Za-z].*")) {
            throw new UserErrorException("unknown option '" + text + "' (see predict --help)");
        }
        String[] cells = text.split(",", -1);
        if (cells.length != inputs) {
            throw new UserErrorException("point " + index + " ('" + text + "') has " + cells.length
                    + (cells.length == 1 ? " value" : " values") + ", the model takes " + inputs + " inputs");
        }
        double[] x = new double[inputs];
        for (int j = 0; j < inputs; j++) {
            String c = cells[j].trim();
            try {
                x[j] = Double.parseDouble(c);
            } catch (NumberFormatException e) {
                x[j] = Double.NaN;
            }
            if (!Double.isFinite(x[j]) || c.isEmpty() || c.matches(".*[^0-9eE+\\-.].*")) {
                throw new UserErrorException("point " + index + " ('" + text + "'), value " + (j + 1) + ": '" + c
                        + "' is not a finite number");
            }
        }
        return x;
    }

    private static String label(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
