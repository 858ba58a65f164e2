package io.github.micrograd4j.examples;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** The examples in the walkthrough's order, for {@code micrograd example}. */
public final class Examples {

    /**
     * One example.
     *
     * @param number its place in the walkthrough's order, from 1
     * @param name a short name ({@code neuron})
     * @param title what it shows
     * @param mainClass the class whose {@code main} runs it
     * @param main that {@code main}
     */
    public record Example(int number, String name, String title, Class<?> mainClass, Consumer<String[]> main) {

        /** Runs the example; it prints to {@link System#out}. */
        public void run() {
            main.accept(new String[0]);
        }
    }

    private static final List<Example> ALL = List.of(
            new Example(1, "value", "a value with labels: L = (a*b + c) * f, forward", Step1ValueWithLabels.class,
                    Step1ValueWithLabels::main),
            new Example(2, "manual", "backpropagation by hand with setGrad, node by node",
                    Step2ManualBackprop.class, Step2ManualBackprop::main),
            new Example(3, "check", "the numeric check: nudge an input by h and compare",
                    Step3NumericCheck.class, Step3NumericCheck::main),
            new Example(4, "backward", "backward() does it all; a value used twice accumulates",
                    Step4Backward.class, Step4Backward::main),
            new Example(5, "neuron", "a neuron: o = tanh(x1*w1 + x2*w2 + b) and its gradients",
                    Step5Neuron.class, Step5Neuron::main),
            new Example(6, "moons", "micrograd's demo: a 2-16-16-1 MLP learns the moons, 100 SGD steps",
                    Step6MoonsMlp.class, Step6MoonsMlp::main),
            new Example(7, "lecture", "the lecture's loop: an all-tanh MLP(3, [4, 4, 1]) fits four points",
                    Step7LectureMlp.class, Step7LectureMlp::main),
            new Example(8, "newton", "Newton's method (Hessians) against gradient descent: a 1-D function, Rosenbrock",
                    Step8Newton.class, Step8Newton::main),
            new Example(9, "curvature", "the top curvature of the lecture MLP's loss, power iteration on Hessian-vector "
                    + "products", Step9Curvature.class, Step9Curvature::main));

    private Examples() {
    }

    /**
     * Every example, in order.
     *
     * @return the examples
     */
    public static List<Example> all() {
        return ALL;
    }

    /**
     * The example with this number or name.
     *
     * @param numberOrName {@code 5} or {@code neuron} (case-insensitive)
     * @return the example, or empty if none has that number or name
     */
    public static Optional<Example> find(String numberOrName) {
        String key = numberOrName.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(e -> key.equals(Integer.toString(e.number())) || key.equals(e.name()))
                .findFirst();
    }
}
