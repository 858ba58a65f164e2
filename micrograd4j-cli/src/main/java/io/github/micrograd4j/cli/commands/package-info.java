/** The CLI's commands, one class each. */
package io.github.micrograd4j.cli.commands;
