/**
 * The expression language of {@code micrograd grad}: statements {@code name = expr} over numbers, names,
 * {@code + - * / ** ^}, unary minus, parentheses and a call for every op that has a function name
 * ({@link io.github.micrograd4j.core.Op#functionNames()}: the list lives there, not here), parsed and run
 * without recursion. {@link io.github.micrograd4j.lang.Program} is the entry point; a program that cannot
 * be run throws {@link io.github.micrograd4j.lang.ProgramException} with its line, column and a caret.
 */
package io.github.micrograd4j.lang;
