/**
 * JMH benchmarks behind docs/PERFORMANCE.md. {@code mvn verify} compiles and packages them into
 * {@code micrograd4j-bench/target/micrograd4j-benchmarks.jar} without running them; run that jar
 * ({@code java -jar micrograd4j-benchmarks.jar -h} for JMH's options).
 */
package io.github.micrograd4j.bench;
