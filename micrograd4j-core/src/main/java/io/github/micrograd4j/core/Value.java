package io.github.micrograd4j.core;

import java.util.List;

/**
 * A scalar that remembers how it was computed: the node type of micrograd4j's computation graph.
 *
 * <p>A value holds its {@link #data() data}, the {@link #children() children} it was computed from,
 * the {@link #op() op} that computed it, an optional {@link #label() label}, and its
 * {@link #grad() gradient} dL/d(this) once {@link #backward()} has run on some output L. Values
 * have identity semantics: two nodes with equal data are still different nodes, and
 * {@link #equals(Object)} is {@link Object#equals(Object) identity}.
 *
 * <p>Each op computes its result and its local derivative(s) together and the new node stores them,
 * so backpropagation is one generic loop and never recomputes anything:
 *
 * <pre>{@code
 * Value a = new Value(2.0, "a");
 * Value b = new Value(-3.0, "b");
 * Value e = a.mul(b).label("e");   // -6.0; local derivatives de/da = -3.0, de/db = 2.0
 * e.backward();                     // a.grad() == -3.0, b.grad() == 2.0
 * }</pre>
 *
 * <p>Gradients accumulate ({@code +=}), exactly like micrograd: a value used twice receives both
 * contributions, and a second {@code backward()} without {@link #zeroGrad()} adds again.
 *
 * <p>Threads: a value is not thread-safe. A graph may be built and differentiated by one thread at a
 * time; graphs with no node in common may be built and differentiated on different threads at the
 * same time. Graphs that share nodes (for example the parameters of one model) may be traversed
 * concurrently only read-only ({@link #topologicalOrder()}, DOT export): {@link #backward()} and
 * {@link #zeroGrad()} write the gradients of the shared nodes, so running them concurrently on such
 * graphs races. The traversal itself is always correct: see {@link #topologicalOrder()}.
 *
 * <p>Memory: with compressed references (the default for heaps under 32 GB) a node takes 64 bytes:
 * a 12-byte header, four doubles (data, grad, two local derivatives), four references (op, label,
 * two children) and the traversal's visit mark. {@code ValueLayoutTest} checks it with JOL.
 */
public final class Value {

    private double data;
    private double grad;
    private final Op op;
    private String label;
    /** The first child; null for a leaf. Read directly by {@link TopologicalOrder}. */
    final Value first;
    /** The second child; null for a leaf or a unary op. */
    final Value second;
    /**
     * The epoch of the last exclusive traversal that visited this node, or that epoch + 1 once the
     * traversal went on to its second child (see {@link TopologicalOrder}); negative while it holds
     * the node's place in a {@link GraphRecording}. It fills the 4 bytes of padding a 60-byte node
     * would have anyway.
     */
    int mark;
    /** The local derivative d(this)/d(first child), computed with the value. */
    private final double dx;
    /**
     * The node's second number: d(this)/d(second child) for a binary op, or the node's
     * {@link #constant()} for an op that {@link Op#hasConstant() has one} (and so no second child and
     * no second derivative). One field for the two keeps a node at 64 bytes; {@link #y()} and
     * {@link #localDerivative(int)} read it by what the op says it is.
     */
    private final double dyOrConstant;

    /**
     * A leaf without a label.
     *
     * @param data the number
     */
    public Value(double data) {
        this(data, "");
    }

    /**
     * A labelled leaf, like the walkthrough's {@code Value(2.0, label='a')}.
     *
     * @param data the number
     * @param label the name shown in graphs and tables; empty for none
     */
    public Value(double data, String label) {
        this(data, Op.LEAF, null, null, 0.0, 0.0);
        this.label = Require.notNull(label, "label");
    }

    private Value(double data, Op op, Value first, Value second, double dx, double dyOrConstant) {
        this.data = data;
        this.op = op;
        this.label = "";
        this.first = first;
        this.second = second;
        this.dx = dx;
        this.dyOrConstant = dyOrConstant;
    }

    private static Value binary(Op op, Value x, Value y) {
        double a = x.data;
        double b = y.data;
        double out = op.value(a, b);
        return created(new Value(out, op, x, y, op.dx(a, b, out), op.dy(a, b, out)));
    }

    private static Value unary(Op op, Value x) {
        double a = x.data;
        double out = op.value(a, 0.0);
        return created(new Value(out, op, x, null, op.dx(a, 0.0, out), 0.0));
    }

    private static Value withConstant(Op op, Value x, double c) {
        double a = x.data;
        double out = op.value(a, c);
        return created(new Value(out, op, x, null, op.dx(a, c, out), c));
    }

    /**
     * The hooks of the forward pass: anomaly mode (a JIT-folded constant test while it is off) and
     * {@link GraphRecording} (one static field read while no recording is open).
     */
    private static Value created(Value node) {
        if (AnomalyMode.armed()) {
            AnomalyMode.created(node);
        }
        GraphRecording recording = GraphRecording.active;
        if (recording != null) {
            recording.created(node);
        }
        return node;
    }

    // ---------------------------------------------------------------- primitive ops

    /**
     * {@code this + other}.
     *
     * @param other the right operand
     * @return a new node
     */
    public Value add(Value other) {
        return binary(Op.ADD, this, Require.operand(other));
    }

    /**
     * {@code this + c}, with {@code c} as a new constant leaf (as micrograd wraps numbers).
     *
     * @param c the constant
     * @return a new node
     */
    public Value add(double c) {
        return add(new Value(c));
    }

    /**
     * {@code this * other}.
     *
     * @param other the right operand
     * @return a new node
     */
    public Value mul(Value other) {
        return binary(Op.MUL, this, Require.operand(other));
    }

    /**
     * {@code this * c}, with {@code c} as a new constant leaf.
     *
     * @param c the constant
     * @return a new node
     */
    public Value mul(double c) {
        return mul(new Value(c));
    }

    /**
     * {@code this ** exponent} for a constant exponent, micrograd's only kind of power. The exponent
     * is part of the op (shown as {@code **2}), not a child. A negative base with a non-integer
     * exponent gives NaN, and {@code 0 ** c} for {@code c < 0} gives +infinity with gradient
     * -infinity (see {@link Op}'s domain rules).
     *
     * @param exponent the constant exponent
     * @return a new node
     */
    public Value pow(double exponent) {
        return withConstant(Op.POW_CONST, this, exponent);
    }

    /**
     * {@code this ** exponent} where the exponent is itself differentiable.
     *
     * @param exponent the exponent
     * @return a new node
     */
    public Value pow(Value exponent) {
        return binary(Op.POW, this, Require.operand(exponent));
    }

    /**
     * {@code e ** this}.
     *
     * @return a new node
     */
    public Value exp() {
        return unary(Op.EXP, this);
    }

    /**
     * The natural logarithm of this value: NaN below 0 (gradient 1/x), negative infinity at 0
     * (gradient +infinity); see {@link Op}'s domain rules and {@link AnomalyMode}.
     *
     * @return a new node
     */
    public Value log() {
        return unary(Op.LOG, this);
    }

    /**
     * The hyperbolic tangent of this value.
     *
     * @return a new node
     */
    public Value tanh() {
        return unary(Op.TANH, this);
    }

    /**
     * {@code max(0, this)}; its derivative at 0 is 0, as in micrograd, and {@code relu(NaN)} is NaN
     * with derivative 0.
     *
     * @return a new node
     */
    public Value relu() {
        return unary(Op.RELU, this);
    }

    /**
     * The logistic sigmoid {@code 1 / (1 + e^-this)}.
     *
     * @return a new node
     */
    public Value sigmoid() {
        return unary(Op.SIGMOID, this);
    }

    /**
     * The sine of this value (radians): finite everywhere, NaN at ±Infinity.
     *
     * @return a new node
     */
    public Value sin() {
        return unary(Op.SIN, this);
    }

    /**
     * The cosine of this value (radians): finite everywhere, NaN at ±Infinity.
     *
     * @return a new node
     */
    public Value cos() {
        return unary(Op.COS, this);
    }

    /**
     * Applies any unary op to this value, for code that holds the op as data (the expression
     * language, a random-graph test); {@code v.apply(Op.TANH)} is {@code v.tanh()}.
     *
     * @param op an op with one child and no constant
     * @return a new node
     * @throws IllegalArgumentException if the op takes other operands
     */
    public Value apply(Op op) {
        return unary(Require.shape(op, 1, false), this);
    }

    /**
     * Applies any binary op: {@code x.apply(Op.MUL, y)} is {@code x.mul(y)}.
     *
     * @param op an op with two children
     * @param other the second operand
     * @return a new node
     * @throws IllegalArgumentException if the op takes other operands
     */
    public Value apply(Op op, Value other) {
        return binary(Require.shape(op, 2, false), this, Require.operand(other));
    }

    /**
     * Applies an op with a constant operand: {@code x.apply(Op.POW_CONST, 2)} is {@code x.pow(2)}.
     *
     * @param op an op with one child and a constant
     * @param constant the node's constant
     * @return a new node
     * @throws IllegalArgumentException if the op takes other operands
     */
    public Value apply(Op op, double constant) {
        return withConstant(Require.shape(op, 1, true), this, constant);
    }

    // ---------------------------------------------------------------- composite ops

    /**
     * The sum of values, {@code v0 + v1 + ... } added left to right (Python's {@code sum}, without
     * its leading {@code 0}), so a loss over points needs no {@code add} loop; a value listed twice
     * gets both gradient contributions. An empty list gives a new leaf {@code 0.0}.
     *
     * @param values the terms, none null
     * @return the last addition's node (the value itself for one term)
     */
    public static Value sum(Iterable<Value> values) {
        Require.notNull(values, "values");
        Value total = null;
        for (Value v : values) {
            Require.operand(v);
            total = total == null ? v : total.add(v);
        }
        return total == null ? new Value(0.0) : total;
    }

    /**
     * {@link #sum(Iterable)} of the arguments: {@code Value.sum(a, b, c)}.
     *
     * @param values the terms, none null
     * @return the sum
     */
    public static Value sum(Value... values) {
        return sum(java.util.Arrays.asList(Require.notNull(values, "values")));
    }

    /**
     * {@code -this}, built as {@code this * -1} as in micrograd.
     *
     * @return a new node
     */
    public Value neg() {
        return mul(-1.0);
    }

    /**
     * {@code this - other}, built as {@code this + (-other)}.
     *
     * @param other the right operand
     * @return a new node
     */
    public Value sub(Value other) {
        return add(Require.operand(other).neg());
    }

    /**
     * {@code this - c}, built as {@code this + (-c)}.
     *
     * @param c the constant
     * @return a new node
     */
    public Value sub(double c) {
        return add(-c);
    }

    /**
     * {@code c - this} (Python's {@code __rsub__}), built as {@code -this + c}.
     *
     * @param c the constant
     * @return a new node
     */
    public Value rsub(double c) {
        return neg().add(c);
    }

    /**
     * {@code this / other}, built as {@code this * other ** -1}, so dividing by 0 gives ±infinity
     * (NaN for {@code 0 / 0}), as {@link Op}'s domain rules describe.
     *
     * @param other the divisor
     * @return a new node
     */
    public Value div(Value other) {
        return mul(Require.operand(other).pow(-1.0));
    }

    /**
     * {@code this / c}, built as {@code this * (1 / c)}.
     *
     * @param c the constant divisor
     * @return a new node
     */
    public Value div(double c) {
        return mul(1.0 / c);
    }

    /**
     * {@code c / this} (Python's {@code __rtruediv__}), built as {@code this ** -1 * c}.
     *
     * @param c the constant dividend
     * @return a new node
     */
    public Value rdiv(double c) {
        return pow(-1.0).mul(c);
    }

    // ---------------------------------------------------------------- backpropagation

    /**
     * Backpropagates from this value: sets its gradient to 1, then, in reverse topological order,
     * adds each node's local derivatives times its gradient into its children. Iterative, so a chain
     * of millions of values needs no deep stack. Gradients of other nodes accumulate: call
     * {@link #zeroGrad()} first to start from zero.
     *
     * <p>The topological order comes from a depth-first search of the graph. To backpropagate a graph
     * just built, build it inside a {@link GraphRecording}: its {@link GraphRecording#backward(Value)}
     * gives the same gradients (up to the order in which contributions are added) without the search.
     *
     * @throws AnomalyException in {@link AnomalyMode anomaly mode}, when a step makes a gradient NaN or
     *     infinite
     */
    public void backward() {
        TopologicalOrder order = TopologicalOrder.of(this);
        grad = 1.0;
        Backpropagation.run(order.nodes(), order.size());
    }

    /**
     * The one backward step every loop runs ({@link Backpropagation}): adds this node's gradient
     * times each local derivative into its children.
     */
    void propagate() {
        if (first != null) {
            first.grad += dx * grad;
            if (second != null) {
                second.grad += dyOrConstant * grad;
            }
        }
    }

    /** Sets the gradient of every value in this value's graph (this one included) to 0. */
    public void zeroGrad() {
        TopologicalOrder order = TopologicalOrder.of(this);
        Value[] nodes = order.nodes();
        for (int i = 0; i < order.size(); i++) {
            nodes[i].grad = 0.0;
        }
    }

    /**
     * Every value this one depends on, and this one last, each exactly once, children before the
     * values computed from them. The order is deterministic: children are visited in their
     * {@link #children()} order. Computed without recursion, so chains of tens of millions of values
     * need no deep stack.
     *
     * <p>Safe from any thread, also on graphs that other threads traverse at the same time: one
     * traversal at a time in the JVM marks nodes in place (fast, no hashing); a traversal that starts
     * while another one runs uses an identity hash set instead, and so does every traversal after
     * 2<sup>30</sup> - 1 (about a billion) marked ones (the marks' epochs are then used up).
     *
     * @return an unmodifiable list in topological order
     */
    public List<Value> topologicalOrder() {
        return TopologicalOrder.of(this).asList();
    }

    // ---------------------------------------------------------------- accessors

    /**
     * The number this value holds.
     *
     * @return the data
     */
    public double data() {
        return data;
    }

    /**
     * Replaces the number a leaf holds, as an optimizer does with parameters. Values already computed
     * from it are not recomputed.
     *
     * @param data the new number
     * @throws IllegalStateException if this value is not a leaf: its data and stored local derivatives
     *     must stay consistent
     */
    public void setData(double data) {
        if (op != Op.LEAF) {
            throw new IllegalStateException("setData is for leaves; " + this + " was computed by " + opLabel());
        }
        this.data = data;
    }

    /**
     * dL/d(this) for the output L of the last {@link #backward()}; 0 until then.
     *
     * @return the gradient
     */
    public double grad() {
        return grad;
    }

    /**
     * Sets the gradient by hand, as the walkthrough does before {@code backward()} existed.
     *
     * @param grad the gradient
     */
    public void setGrad(double grad) {
        this.grad = grad;
    }

    /**
     * The name shown in graphs and tables; empty when there is none.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Sets the label and returns this value, so {@code Value e = a.mul(b).label("e");} reads like the
     * walkthrough.
     *
     * @param label the new label; empty for none
     * @return this value
     */
    public Value label(String label) {
        this.label = Require.notNull(label, "label");
        return this;
    }

    /**
     * The op that produced this value; {@link Op#LEAF} for inputs, parameters and constants.
     *
     * @return the op
     */
    public Op op() {
        return op;
    }

    /**
     * The op as shown in graphs and tables: its symbol, with the exponent for a constant power
     * ({@code **2}, {@code **-1}) as micrograd shows it; empty for a leaf.
     *
     * @return the op's display text
     */
    public String opLabel() {
        if (op.hasConstant()) {
            return op.symbol() + Numbers.shortest(dyOrConstant);
        }
        return op.symbol();
    }

    /**
     * The values this one was computed from, in operand order.
     *
     * @return an unmodifiable list of 0, 1 or 2 children
     */
    public List<Value> children() {
        if (first == null) {
            return List.of();
        }
        return second == null ? List.of(first) : List.of(first, second);
    }

    /**
     * The number of children, without building a list.
     *
     * @return 0, 1 or 2
     */
    public int childCount() {
        return first == null ? 0 : second == null ? 1 : 2;
    }

    /**
     * The child at {@code index} in operand order.
     *
     * @param index 0 or 1
     * @return the child
     * @throws IndexOutOfBoundsException if there is no such child
     */
    public Value child(int index) {
        if (index == 0 && first != null) {
            return first;
        }
        if (index == 1 && second != null) {
            return second;
        }
        throw new IndexOutOfBoundsException("child " + index + " of a value with " + childCount() + " children");
    }

    /**
     * The stored local derivative d(this)/d(child) for the child at {@code index}, computed when this
     * value was.
     *
     * @param index 0 or 1
     * @return the local derivative
     * @throws IndexOutOfBoundsException if there is no such child
     */
    public double localDerivative(int index) {
        child(index);
        return index == 0 ? dx : dyOrConstant;
    }

    /**
     * The node's constant operand, for an op that {@link Op#hasConstant() has one}: the exponent
     * {@code c} of {@code x ** c}.
     *
     * @return the constant
     * @throws IllegalStateException for an op without a constant
     */
    public double constant() {
        if (!op.hasConstant()) {
            throw new IllegalStateException("this value's op '" + opLabel() + "' (" + op + ") has no constant operand");
        }
        return dyOrConstant;
    }

    /**
     * The exponent of a constant power {@code x ** c}: its {@link #constant()}.
     *
     * @return the exponent
     * @throws IllegalStateException for any other op
     */
    public double exponent() {
        if (op != Op.POW_CONST) {
            throw new IllegalStateException("only a constant power has an exponent; this value's op is '" + opLabel() + "'");
        }
        return dyOrConstant;
    }

    /**
     * The op's second operand {@code y} as {@link Op#value} takes it: the second child's data, the
     * node's constant, or 0 for a unary op without one.
     */
    double y() {
        if (second != null) {
            return second.data;
        }
        return op.hasConstant() ? dyOrConstant : 0.0;
    }

    /**
     * Whether this value is a leaf (an input, parameter or constant).
     *
     * @return {@code true} for a leaf
     */
    public boolean isLeaf() {
        return op == Op.LEAF;
    }

    /**
     * {@code Value(data=4.0, grad=0.0)} as micrograd's {@code __repr__} prints it, with
     * {@code , label=d} added when labelled.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        String text = "Value(data=" + data + ", grad=" + grad;
        return label.isEmpty() ? text + ")" : text + ", label=" + label + ")";
    }
}
