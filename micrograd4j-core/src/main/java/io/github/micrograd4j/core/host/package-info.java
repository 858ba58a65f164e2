/**
 * The seam between the engine and the machine it runs on: the few things core does that only a JVM
 * can do (re-linking a call site, walking the stack, starting worker threads). Everything else in
 * core is plain Java that also compiles for the browser; a browser build (TeaVM) substitutes its own
 * class for {@link io.github.micrograd4j.core.host.Host} with the same static methods, so the rest
 * of core is the same code in both places. Internal: not exported by the module.
 */
package io.github.micrograd4j.core.host;
