/**
 * The expression lab: the page at {@code /}, where a program's graph, its grads and the backprop steps update
 * as you type, and its API ({@code POST /api/grad} answers {@code grad --json} plus what the page draws).
 */
package io.github.micrograd4j.playground.expression;
