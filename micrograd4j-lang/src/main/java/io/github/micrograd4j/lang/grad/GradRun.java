package io.github.micrograd4j.lang.grad;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.check.GradientCheck;
import io.github.micrograd4j.core.check.GradientCheckReport;
import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.lang.Evaluation;
import io.github.micrograd4j.lang.Program;
import io.github.micrograd4j.lang.ProgramException;
import io.github.micrograd4j.lang.text.LangText;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One forward and backward run of a program, with the gradient check when asked: what {@code grad} does
 * before it prints or draws anything, shared with the playground so that both compute the same numbers.
 * Anomaly mode, when wanted, is the caller's scope around this call.
 *
 * @param program the program
 * @param run the evaluation, after backward
 * @param report the gradient check, or {@code null} when none was asked for
 */
public record GradRun(Program program, Evaluation run, GradientCheckReport report) {

    /**
     * Runs a program forward and backward.
     *
     * @param program the program
     * @param inputs inputs to run at instead of their literals (the playground's sliders); empty for the
     *     program as written
     * @param check whether to run the numeric gradient check, at the same inputs
     * @return the run
     * @throws ProgramException if the check is asked for a program without inputs, or an input is unknown
     * @throws io.github.micrograd4j.lang.ProgramException for an anomaly, in anomaly mode
     */
    public static GradRun of(Program program, Map<String, Double> inputs, boolean check) {
        Map<String, Value> leaves = new LinkedHashMap<>();
        Map<String, Double> known = program.inputs();
        inputs.forEach((name, x) -> {
            if (!known.containsKey(name)) {
                throw new ProgramException(new Message(LangText.NO_SUCH_INPUT, name, known.keySet()));
            }
            leaves.put(name, new Value(x, name));
        });
        Evaluation run = program.evaluate(leaves);
        program.backward(run);
        GradientCheckReport report = null;
        if (check) {
            if (known.isEmpty()) {
                throw new ProgramException(new Message(LangText.CHECK_NEEDS_INPUT));
            }
            Map<String, Double> at = new LinkedHashMap<>(known);
            at.putAll(inputs);
            report = GradientCheck.defaults().check(at, in -> program.evaluate(in).output());
        }
        return new GradRun(program, run, report);
    }
}
