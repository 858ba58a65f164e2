package io.github.micrograd4j.cli.lang;

import io.github.micrograd4j.core.Op;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.CalculusFieldElement;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * Each op of {@link Op#values()} as a function of Hipparchus' forward mode ({@link Gradient},
 * {@link DerivativeStructure}), the oracle of the differential tests. An op is found by its
 * {@link Op#functionName() function name}: Hipparchus has {@code sin}, {@code cos}, {@code exp},
 * {@code log}, {@code tanh} and many more under the same names, so a new op with such a name is
 * compared with no edit here. Two small tables cover the rest: ops Hipparchus spells differently
 * ({@link #RENAMED}) and ops it has no function for, written with its functions ({@link #FORMULAS}).
 *
 * <p>An op found by neither way is not compared with Hipparchus ({@link #notCompared()}): the
 * differential tests say so in their output and draw their graphs from {@link #compared()} only.
 * Such an op is still tested on every engine by core's finite-difference tests, which are driven by
 * {@link Op#values()}.
 */
final class HipparchusOps {
    /** The element types the differential tests use; an op is compared if it works on both. */
    private static final List<Class<?>> TYPES = List.of(Gradient.class, DerivativeStructure.class);

    /** Ops whose Hipparchus method has another name than the op's function name, or which have none. */
    static final Map<Op, String> RENAMED = Map.of(Op.ADD, "add", Op.MUL, "multiply", Op.POW, "pow",
            Op.POW_CONST, "pow");

    /** Ops Hipparchus has no method for, written with its functions. */
    static final Map<Op, Formula> FORMULAS = Map.of(
            Op.RELU, new Formula() {
                @Override
                public <T extends CalculusFieldElement<T>> T apply(T x) {
                    return x.getReal() > 0.0 ? x : x.getField().getZero();
                }
            },
            Op.SIGMOID, new Formula() {
                @Override
                public <T extends CalculusFieldElement<T>> T apply(T x) {
                    return x.negate().exp().add(1.0).reciprocal();
                }
            });

    /** Each type's method for each op (empty where it has none), found once. */
    private static final ClassValue<Map<Op, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<Op, Optional<Method>> computeValue(Class<?> type) {
            Map<Op, Optional<Method>> methods = new EnumMap<>(Op.class);
            for (Op op : Op.values()) {
                methods.put(op, Optional.ofNullable(find(op, type)));
            }
            return methods;
        }
    };

    /** A unary op written with Hipparchus' functions, for any of its field elements. */
    interface Formula {
        /**
         * The op of {@code x}.
         *
         * @param <T> the element type
         * @param x the operand
         * @return the result, with its derivatives
         */
        <T extends CalculusFieldElement<T>> T apply(T x);
    }

    private HipparchusOps() {
    }

    /**
     * The ops the differential tests compare with Hipparchus, in {@link Op#values()} order.
     *
     * @return every op but {@link Op#LEAF} that has a formula or a method of its name on every type
     */
    static List<Op> compared() {
        return Arrays.stream(Op.values()).filter(op -> op != Op.LEAF && isCompared(op)).toList();
    }

    /**
     * The ops Hipparchus has no counterpart for, by the rule above.
     *
     * @return every op but {@link Op#LEAF} not in {@link #compared()}
     */
    static List<Op> notCompared() {
        return Arrays.stream(Op.values()).filter(op -> op != Op.LEAF && !isCompared(op)).toList();
    }

    private static boolean isCompared(Op op) {
        return FORMULAS.containsKey(op) || TYPES.stream().allMatch(type -> method(op, type) != null);
    }

    /** The method of {@code type} that computes {@code op}, or {@code null}; looked up once per type. */
    private static Method method(Op op, Class<?> type) {
        return METHODS.get(type).get(op).orElse(null);
    }

    /**
     * The method of {@code type} that computes {@code op}, or {@code null} if there is none: named like
     * the op, taking a {@code double} for an op with a constant, an element for a binary op (many are
     * default methods of Hipparchus' interfaces, declared over their type parameter), nothing for a
     * unary op.
     */
    private static Method find(Op op, Class<?> type) {
        String name = RENAMED.getOrDefault(op, op.functionName());
        if (name.isEmpty()) {
            return null;
        }
        Method found = null;
        for (Method m : type.getMethods()) {
            Class<?>[] p = m.getParameterTypes();
            boolean fits = op.hasConstant() ? p.length == 1 && p[0] == double.class
                    : op.arity() == 2 ? p.length == 1 && !p[0].isPrimitive() && p[0].isAssignableFrom(type)
                    : p.length == 0;
            if (m.getName().equals(name) && fits && !Modifier.isStatic(m.getModifiers())
                    && (found == null || specificity(m, type) > specificity(found, type))) {
                found = m;
            }
        }
        return found;
    }

    /** Prefers the method declared over the element type itself to one over an interface it implements. */
    private static int specificity(Method m, Class<?> type) {
        int own = m.getParameterCount() == 1 && m.getParameterTypes()[0] == type ? 2 : 0;
        return own + (m.getReturnType() == type ? 1 : 0);
    }

    /**
     * Applies an op to Hipparchus elements.
     *
     * @param <T> the element type: {@link Gradient} or {@link DerivativeStructure}
     * @param op an op of {@link #compared()}
     * @param x the first operand
     * @param y the second operand, for an op with two
     * @param c the constant, for an op that takes one
     * @return the result, with its derivatives
     */
    static <T extends CalculusFieldElement<T>> T apply(Op op, T x, T y, double c) {
        Formula formula = FORMULAS.get(op);
        if (formula != null) {
            return formula.apply(x);
        }
        Method m = method(op, x.getClass());
        if (m == null) {
            throw new IllegalArgumentException(op + " has no Hipparchus counterpart: " + x.getClass().getSimpleName()
                    + " has no method " + RENAMED.getOrDefault(op, op.functionName()));
        }
        Object result;
        try {
            result = op.hasConstant() ? m.invoke(x, c) : op.arity() == 2 ? m.invoke(x, y) : m.invoke(x);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        @SuppressWarnings("unchecked")
        T t = (T) x.getClass().cast(result);
        return t;
    }
}
