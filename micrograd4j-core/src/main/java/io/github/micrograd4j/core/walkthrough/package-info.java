/** Ready-made graphs from the walkthrough, for demos, tests and the interactive shell. */
package io.github.micrograd4j.core.walkthrough;
