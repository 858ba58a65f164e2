/**
 * JMH benchmarks behind docs/PERFORMANCE.md. {@code mvn verify} compiles and packages them into
 * {@code micrograd4j-bench/target/micrograd4j-benchmarks.jar} without running them; run that jar
 * ({@code java -jar micrograd4j-benchmarks.jar -h} for JMH's options). Its main class,
 * {@link io.github.micrograd4j.bench.BenchMain}, gives each fork the JVM options the launcher gives
 * training and {@code bench}; {@link io.github.micrograd4j.bench.StepFaults} prints the page faults
 * behind the object graph's two speeds.
 */
package io.github.micrograd4j.bench;
