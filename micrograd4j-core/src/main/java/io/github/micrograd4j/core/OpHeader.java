package io.github.micrograd4j.core;

/**
 * The data line of one {@link Op}: everything about the op that is not arithmetic, each part under
 * its own name, so that {@code Op}'s constants read as a table
 * ({@code binary("**").function("pow").formula("{x} ** {y}").dx(…).dy(…).domain(…)}) instead of eight
 * positional arguments.
 *
 * <p>The texts are templates over {@code {x}}, {@code {y}} and {@code {out}} (the operands and the
 * result), which {@link Op#formula} and {@link Op#localRule} fill in. A class rather than a record:
 * tools that measure a {@link Value}'s memory walk into its op, and cannot read a record's fields.
 *
 * <p>The parts:
 * <ul>
 *   <li>{@code symbol}: the symbol shown in graphs and tables ({@code +}, {@code **}, {@code tanh}); empty for a leaf
 *   <li>{@code functionName}: the op's name as a function of the expression language; empty for ops written
 *     only as operators or literals
 *   <li>{@code arity}: how many differentiable children a node of the op has: 0, 1 or 2
 *   <li>{@code hasConstant}: whether a node of the op carries a constant operand {@code y} besides its children
 *   <li>{@code formula}: the op written out, as the chain-rule explanation shows it
 *   <li>{@code dxRule}: the text of d out / d x
 *   <li>{@code dyRule}: the text of d out / d y; empty for an op with fewer than two children
 *   <li>{@code domain}: the domain rule, where the value or a local derivative is NaN or infinite, in words.
 * </ul>
 */
final class OpHeader {
    private final String symbol;
    private final String functionName;
    private final int arity;
    private final boolean hasConstant;
    private final String formula;
    private final String dxRule;
    private final String dyRule;
    private final String domain;

    private OpHeader(String symbol, String functionName, int arity, boolean hasConstant, String formula,
            String dxRule, String dyRule, String domain) {
        this.symbol = symbol;
        this.functionName = functionName;
        this.arity = arity;
        this.hasConstant = hasConstant;
        this.formula = formula;
        this.dxRule = dxRule;
        this.dyRule = dyRule;
        this.domain = domain;
    }

    /** The header of the leaf, which has no children, no text and no function name. */
    static OpHeader leaf() {
        return new OpHeader("", "", 0, false, "", "", "", "");
    }

    /** An op of one child, shown as {@code symbol}. */
    static OpHeader unary(String symbol) {
        return new OpHeader(symbol, "", 1, false, "", "", "", "");
    }

    /** An op of two children, shown as {@code symbol}. */
    static OpHeader binary(String symbol) {
        return new OpHeader(symbol, "", 2, false, "", "", "", "");
    }

    /** This op, called {@code name} in the expression language. */
    OpHeader function(String name) {
        return new OpHeader(symbol, name, arity, hasConstant, formula, dxRule, dyRule, domain);
    }

    /** This op, with a constant operand {@code y} kept on the node (as {@code x ** 2} keeps its 2). */
    OpHeader withConstant() {
        return new OpHeader(symbol, functionName, arity, true, formula, dxRule, dyRule, domain);
    }

    /** This op, written out as {@code template}. */
    OpHeader formula(String template) {
        return new OpHeader(symbol, functionName, arity, hasConstant, template, dxRule, dyRule, domain);
    }

    /** This op, with d out / d x written as {@code template}. */
    OpHeader dx(String template) {
        return new OpHeader(symbol, functionName, arity, hasConstant, formula, template, dyRule, domain);
    }

    /** This op, with d out / d y written as {@code template}. */
    OpHeader dy(String template) {
        return new OpHeader(symbol, functionName, arity, hasConstant, formula, dxRule, template, domain);
    }

    /** This op, with its domain rule in words. */
    OpHeader domain(String rule) {
        return new OpHeader(symbol, functionName, arity, hasConstant, formula, dxRule, dyRule, rule);
    }

    String symbol() {
        return symbol;
    }

    String functionName() {
        return functionName;
    }

    int arity() {
        return arity;
    }

    boolean hasConstant() {
        return hasConstant;
    }

    String formula() {
        return formula;
    }

    String dxRule() {
        return dxRule;
    }

    String dyRule() {
        return dyRule;
    }

    String domain() {
        return domain;
    }
}
