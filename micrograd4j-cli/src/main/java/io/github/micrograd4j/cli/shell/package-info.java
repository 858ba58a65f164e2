/**
 * {@code micrograd shell}: JShell with micrograd4j on the class path and the walkthrough's values
 * defined. {@link io.github.micrograd4j.cli.shell.ShellStartup} is the start-up script,
 * {@link io.github.micrograd4j.cli.shell.ShellFunctions} the helpers it imports ({@code draw},
 * {@code explain}), {@link io.github.micrograd4j.cli.shell.BatchShell} runs piped input and
 * {@link io.github.micrograd4j.cli.shell.InteractiveShell} the JShell tool itself.
 */
package io.github.micrograd4j.cli.shell;
