/**
 * How a command ends: its exit codes and the one exception a command throws for a problem with what the
 * user asked for. Its own package so that the commands and the shell, which both throw it, depend on it
 * and not on the command line's entry point (no package cycle).
 */
package io.github.micrograd4j.cli.errors;
