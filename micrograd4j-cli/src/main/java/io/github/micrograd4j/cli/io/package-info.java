/** File output for the CLI: every file is written to a temporary file and moved into place. */
package io.github.micrograd4j.cli.io;
