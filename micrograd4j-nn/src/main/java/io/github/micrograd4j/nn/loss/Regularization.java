package io.github.micrograd4j.nn.loss;

import io.github.micrograd4j.nn.Choice;
import io.github.micrograd4j.nn.Choices;
import io.github.micrograd4j.core.Value;
import java.util.List;

/** The weight penalty added to a data loss: none, L1 ({@code rate * sum|p|}) or L2 (micrograd's {@code rate * sum(p*p)}). */
public enum Regularization implements Choice {
    /** No penalty. */
    NONE("none"),
    /** {@code rate * sum(relu(p) + relu(-p))}, whose gradient is {@code rate * sign(p)} (0 at 0). */
    L1("l1"),
    /** {@code rate * sum(p * p)}, as {@link Losses#l2}. */
    L2("l2");

    private final String id;

    Regularization(String id) {
        this.id = id;
    }

    /**
     * The lower-case name.
     *
     * @return {@code none}, {@code l1} or {@code l2}
     */
    @Override
    public String id() {
        return id;
    }

    /**
     * The kind with the given name, ignoring case and surrounding spaces.
     *
     * @param name {@code none}, {@code l1} or {@code l2}
     * @return the kind
     * @throws IllegalArgumentException naming the bad value and the choices
     */
    public static Regularization fromId(String name) {
        return Choices.byId(values(), "regularization", name);
    }

    /**
     * The penalty as a graph node, or null for {@link #NONE} or a zero rate.
     *
     * @param parameters the parameters
     * @param rate the strength, zero or more
     * @return the penalty node, or null
     */
    public Value penalty(List<Value> parameters, double rate) {
        if (this == NONE || rate == 0.0) {
            return null;
        }
        if (this == L2) {
            return Losses.l2(parameters, rate);
        }
        Value sum = new Value(0.0);
        for (Value p : parameters) {
            sum = sum.add(p.relu().add(p.neg().relu()));
        }
        return sum.mul(rate);
    }

    /**
     * The penalty's number, summed in the order {@link #penalty} sums it.
     *
     * @param parameters the parameters' current data
     * @param rate the strength
     * @return the penalty, 0 for none
     */
    public double value(double[] parameters, double rate) {
        if (this == NONE || rate == 0.0) {
            return 0.0;
        }
        double sum = 0.0;
        for (double p : parameters) {
            sum += this == L2 ? p * p : Math.max(p, 0.0) + Math.max(-p, 0.0);
        }
        return sum * rate;
    }

    /**
     * The penalty's derivative with respect to one parameter, as the graph's backward computes it.
     *
     * @param p the parameter's data
     * @param rate the strength
     * @return d penalty / d p
     */
    public double gradient(double p, double rate) {
        if (this == NONE || rate == 0.0) {
            return 0.0;
        }
        if (this == L2) {
            // p*p has p on both sides: two contributions, added in backward's order
            double local = p * rate;
            return 0.0 + local + local;
        }
        return p > 0 ? rate : p < 0 ? -rate : 0.0;
    }
}
