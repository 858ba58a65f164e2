/** The {@code micrograd} command line: entry point, exit codes and error handling. */
package io.github.micrograd4j.cli;
