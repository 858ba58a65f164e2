package io.github.micrograd4j.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Programs to run in the browser and on the JVM: a few written out, and seeded random ones, some with
 * {@code + - * /} only (held to the same bits) and some with the other ops (held to 1e-12 relative).
 */
final class Programs {
    private static final String[] VARIABLES = {"a", "b", "c", "d"};
    /**
     * A tie in the fourth decimal: v11 is -381078103249.99945 (shortest digits), which Java's {@code %.4f} rounds
     * half up to -381078103249.9995 and TeaVM's formatter half even to ...9994; {@code Numbers.fixed} writes the
     * JDK's text on both.
     */
    static final String FORMAT_TIE = "x = 0.001; y = 7.25; z = x / y - y / x; L = z * z * z + x - y";

    private Programs() {
    }

    /** Programs of {@code + - * /} (and literals) only. */
    static List<String> arithmetic(int random, long seed) {
        List<String> out = new ArrayList<>(List.of(
                "a = 2; b = -3; c = 10; e = a * b; d = e + c; f = -2; L = d * f",
                "a = 0.1; b = 0.2; c = a + b; d = c / 3; e = d - a * b; L = e * e / (a - b)",
                FORMAT_TIE));
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < random; i++) {
            out.add(program(r, false));
        }
        return out;
    }

    /** Programs that also use tanh, exp, log, relu, sigmoid and powers. */
    static List<String> transcendental(int random, long seed) {
        List<String> out = new ArrayList<>(List.of(
                "x1 = 2; x2 = 0; w1 = -3; w2 = 1; b = 6.8813735870195432\nn = x1*w1 + x2*w2 + b\no = tanh(n)",
                "x = 0.5; y = tanh(x) * exp(x) / log(x + 2); z = y ** 2 + relu(y - x) + sigmoid(x) * pow(x, 3)",
                "a = -4; b = 2; c = a + b; d = a * b + b ** 3; c2 = c + c + 1; c3 = c2 + 1 + c2 + (-a)\n"
                    + "d2 = d * 2 + relu(b + a); e = c3 - d2; f = e ** 2; g = f / 2.0; L = g + 10.0 / f"));
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < random; i++) {
            out.add(program(r, true));
        }
        return out;
    }

    private static String program(SplittableRandom r, boolean transcendental) {
        StringBuilder p = new StringBuilder();
        for (String v : VARIABLES) {
            p.append(v).append(" = ").append(String.format(Locale.ROOT, "%.6f", r.nextDouble(-3, 3))).append('\n');
        }
        int statements = 2 + r.nextInt(4);
        List<String> names = new ArrayList<>(List.of(VARIABLES));
        for (int s = 0; s < statements; s++) {
            String name = "t" + s;
            p.append(name).append(" = ").append(expression(r, names, 3, transcendental)).append('\n');
            names.add(name);
        }
        p.append("L = ").append(expression(r, names, 2, transcendental)).append('\n');
        return p.toString();
    }

    /** Bounded on purpose: divisions and logs of something at least 1, exp of a tanh. */
    private static String expression(SplittableRandom r, List<String> names, int depth, boolean transcendental) {
        if (depth == 0 || r.nextInt(4) == 0) {
            return names.get(r.nextInt(names.size()));
        }
        String x = expression(r, names, depth - 1, transcendental);
        String y = expression(r, names, depth - 1, transcendental);
        int kinds = transcendental ? 10 : 4;
        return switch (r.nextInt(kinds)) {
            case 0 -> "(" + x + " + " + y + ")";
            case 1 -> "(" + x + " - " + y + ")";
            case 2 -> "(" + x + " * " + y + ")";
            case 3 -> "(" + x + " / (" + y + " * " + y + " + 1))";
            case 4 -> "tanh(" + x + ")";
            case 5 -> "exp(tanh(" + x + "))";
            case 6 -> "log(" + x + " * " + x + " + 1)";
            case 7 -> "relu(" + x + ")";
            case 8 -> "sigmoid(" + x + ")";
            default -> "(" + x + " * " + x + " + 1) ** 1.5";
        };
    }
}
