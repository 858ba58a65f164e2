/**
 * The expression language of {@code micrograd grad}: statements {@code name = expr} over numbers,
 * names, {@code + - * / ** ^}, unary minus, parentheses and the functions
 * {@code relu tanh exp log sigmoid pow}, parsed and run without recursion.
 */
package io.github.micrograd4j.cli.lang;
