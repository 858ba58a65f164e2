/**
 * {@code micrograd bench}: short self-timed runs of the figures in docs/PERFORMANCE.md (the JMH
 * benchmarks in micrograd4j-bench are the careful version), and the table or JSON they print.
 */
package io.github.micrograd4j.cli.bench;
