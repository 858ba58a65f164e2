package io.github.micrograd4j.lang.grad;

import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.lang.Program;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.check.InputCheck;
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
        double x = line.value();
        double at = output(program, line.name(), x);
        double left = (at - output(program, line.name(), x - H)) / H;
        double right = (output(program, line.name(), x + H) - at) / H;
        boolean bothFinite = Double.isFinite(left) && Double.isFinite(right);
        double scale = Math.max(1.0, Math.max(Math.abs(left), Math.abs(right)));
        if (bothFinite && Math.abs(left - right) <= 1e-3 * scale) {
            return reluAtZero(program) ? line.name() + ": a relu inside gets exactly 0 here, its kink, where it has no "
                    + "derivative; backpropagation takes relu'(0) = 0 there, so the analytic gradient differs from the "
                    + "slope of the output, which is " + Numbers.readable(right, 4) : null;
        }
        return String.format(Numbers.LOCALE, "%s: the output is not differentiable at %s = %s (%s, %s), so no gradient "
                + "is right there: the numeric estimate mixes the two sides, the analytic one is the op's own choice "
                + "at that point (relu'(0) = 0, for one)", line.name(), line.name(), Double.toString(x),
                side("left", left), side("right", right));
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

    private static String side(String side, double slope) {
        return Double.isFinite(slope) ? "slope " + Numbers.readable(slope, 4) + " from the " + side
                : "no slope from the " + side + " (" + slope + ")";
    }

    private static double output(Program program, String name, double x) {
        return program.evaluate(Map.of(name, new Value(x, name))).output().data();
    }
}
