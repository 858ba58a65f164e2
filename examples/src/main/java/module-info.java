/**
 * The walkthrough as runnable examples. A module so that its tests run on the module path and show
 * that micrograd4j's exported packages are all a program needs.
 */
module io.github.micrograd4j.examples {
    requires io.github.micrograd4j.core;
    requires io.github.micrograd4j.nn;

    exports io.github.micrograd4j.examples;
}
