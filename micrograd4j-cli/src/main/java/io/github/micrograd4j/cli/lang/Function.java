package io.github.micrograd4j.cli.lang;

import io.github.micrograd4j.core.Value;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The functions a program can call, each mapped onto a {@link Value} op. */
enum Function {
    RELU("relu", 1),
    TANH("tanh", 1),
    EXP("exp", 1),
    LOG("log", 1),
    SIGMOID("sigmoid", 1),
    POW("pow", 2);

    private final String name;
    private final int arity;

    Function(String name, int arity) {
        this.name = name;
        this.arity = arity;
    }

    String functionName() {
        return name;
    }

    int arity() {
        return arity;
    }

    static Optional<Function> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name)).findFirst();
    }

    static String names() {
        return Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", "));
    }

    Value apply(Value[] stack, int top) {
        return switch (this) {
            case RELU -> stack[top].relu();
            case TANH -> stack[top].tanh();
            case EXP -> stack[top].exp();
            case LOG -> stack[top].log();
            case SIGMOID -> stack[top].sigmoid();
            case POW -> stack[top - 1].pow(stack[top]);
        };
    }
}
