/**
 * The browser's side of core's seam to the JVM ({@code io.github.micrograd4j.core.host}): compiled by
 * TeaVM in its place, never used on a JVM.
 */
package io.github.micrograd4j.web.host;
