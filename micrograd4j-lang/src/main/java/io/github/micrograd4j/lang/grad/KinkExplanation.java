package io.github.micrograd4j.lang.grad;

import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.lang.Program;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.check.InputCheck;
import io.github.micrograd4j.core.text.CoreText;
import io.github.micrograd4j.core.text.Language;
import java.util.Map;

/**
 * Why a gradient check failed, when the reason is the point and not the gradient: at a kink
 * ({@code relu(0)}, {@code x ** 0.5} at 0, {@code |x|} built from relu) the output has different
 * slopes on the two sides, so no derivative exists; the central difference averages the two slopes
 * and the analytic gradient takes the one the op's rule chooses ({@code relu'(0) = 0}), and they
 * differ. The slopes on each side are measured with one-sided differences.
 */
public final class KinkExplanation {
    /** The step of the one-sided differences: small enough to stay on one side of a kink. */
    static final double H = 1e-6;

    private KinkExplanation() {
    }

    /**
     * The explanation for a failed input, if the output is not differentiable there.
     *
     * @param program the program
     * @param line the failed check
     * @return "the output is not differentiable at a = 0: ..." or null when both sides agree
     */
    public static String explain(Program program, InputCheck line) {
        return explain(program, line, Language.EN);
    }

    /**
     * {@link #explain(Program, InputCheck)} in a language; its numbers are the same in every language.
     *
     * @param program the program
     * @param line the failed check
     * @param language the language of the explanation
     * @return the explanation, or null when both sides agree
     */
    public static String explain(Program program, InputCheck line, Language language) {
        double x = line.value();
        double at = output(program, line.name(), x);
        double left = (at - output(program, line.name(), x - H)) / H;
        double right = (output(program, line.name(), x + H) - at) / H;
        boolean bothFinite = Double.isFinite(left) && Double.isFinite(right);
        double scale = Math.max(1.0, Math.max(Math.abs(left), Math.abs(right)));
        if (bothFinite && Math.abs(left - right) <= 1e-3 * scale) {
            return reluAtZero(program)
                    ? CoreText.KINK_RELU_AT_ZERO.format(language, line.name(), Numbers.readable(right, 4)) : null;
        }
        return CoreText.KINK_NOT_DIFFERENTIABLE.format(language, line.name(), Double.toString(x),
                side(CoreText.KINK_LEFT, left, language), side(CoreText.KINK_RIGHT, right, language));
    }

    /** Whether some relu of the graph has the input 0, where the one-sided slopes of relu differ. */
    private static boolean reluAtZero(Program program) {
        for (Value v : program.evaluate().output().topologicalOrder()) {
            if ("ReLU".equalsIgnoreCase(v.opLabel()) && v.childCount() == 1 && v.child(0).data() == 0.0) {
                return true;
            }
        }
        return false;
    }

    private static String side(CoreText side, double slope, Language language) {
        return Double.isFinite(slope) ? CoreText.KINK_SLOPE.format(language, Numbers.readable(slope, 4), side.in(language))
                : CoreText.KINK_NO_SLOPE.format(language, slope, side.in(language));
    }

    private static double output(Program program, String name, double x) {
        return program.evaluate(Map.of(name, new Value(x, name))).output().data();
    }
}
