package io.github.micrograd4j.lang;

import io.github.micrograd4j.core.Op;

/**
 * One step of a compiled statement, run on a value stack (postfix order), so that evaluating a
 * 100,000-term expression needs no recursion.
 */
record Instruction(Code code, double number, int slot, Op function) {

    enum Code {
        /** Push a new constant leaf {@code number}. */
        CONST,
        /** Push the value of statement {@code slot}. */
        LOAD,
        NEG, ADD, SUB, MUL, DIV, POW,
        /** Replace the top with top ** {@code number}: a power by a literal, micrograd's {@code **2}. */
        POW_CONST,
        /** Apply the op {@code function} (one with a {@link Op#functionName()}) to its arguments on top of the stack. */
        CALL
    }

    static Instruction of(Code code) {
        return new Instruction(code, 0.0, -1, null);
    }

    static Instruction constant(double number) {
        return new Instruction(Code.CONST, number, -1, null);
    }

    static Instruction load(int slot) {
        return new Instruction(Code.LOAD, 0.0, slot, null);
    }

    static Instruction powConst(double exponent) {
        return new Instruction(Code.POW_CONST, exponent, -1, null);
    }

    static Instruction call(Op function) {
        return new Instruction(Code.CALL, 0.0, -1, function);
    }

    /** How much the instruction changes the stack height. */
    int stackEffect() {
        return switch (code) {
            case CONST, LOAD -> 1;
            case NEG, POW_CONST -> 0;
            case ADD, SUB, MUL, DIV, POW -> -1;
            case CALL -> 1 - function.arity();
        };
    }
}
