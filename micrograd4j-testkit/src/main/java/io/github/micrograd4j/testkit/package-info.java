/**
 * Test helpers shared by the modules' tests (test scope only): {@link io.github.micrograd4j.testkit.HeadlessChromium},
 * the one headless browser of the page tests, and {@link io.github.micrograd4j.testkit.TestJson}, the one JSON reader.
 * It depends on no micrograd4j module, so that core's tests could use it too.
 */
package io.github.micrograd4j.testkit;
