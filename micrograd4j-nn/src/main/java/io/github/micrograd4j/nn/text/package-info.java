/**
 * The nets module's words in each language: why a setting or an upload is refused ({@link
 * io.github.micrograd4j.nn.text.NnText}) and the settings' help in Chinese ({@link
 * io.github.micrograd4j.nn.text.SettingHelp}). Plain switches, as core's text classes, so the web edition compiles
 * them.
 */
package io.github.micrograd4j.nn.text;
