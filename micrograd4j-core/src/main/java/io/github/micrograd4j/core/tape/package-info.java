/**
 * The compiled tape: a finished {@link io.github.micrograd4j.core.Value} graph flattened into
 * primitive arrays in topological order, replayed for new inputs and parameters without building or
 * allocating anything ({@link io.github.micrograd4j.core.tape.Tape}), and replayed over a whole
 * batch of examples at once, on several threads, with the parameter gradients summed in a fixed
 * order ({@link io.github.micrograd4j.core.tape.BatchedTape}). The arithmetic is the
 * {@link io.github.micrograd4j.core.Op} functions the object graph uses, so both give the same
 * numbers.
 */
package io.github.micrograd4j.core.tape;
