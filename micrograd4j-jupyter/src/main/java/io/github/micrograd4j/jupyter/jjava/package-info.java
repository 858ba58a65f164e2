/**
 * micrograd4j's displays for JJava: {@link io.github.micrograd4j.jupyter.jjava.MicrogradExtension} is registered
 * in {@code META-INF/services} as a JJava {@code Extension} and adds a renderer per micrograd4j type to the
 * kernel's. Compiled and tested against JJava's base kernel library ({@code jjava-jupyter}) only: the
 * JJava kernel itself is not on Maven Central, so no notebook has run it.
 */
package io.github.micrograd4j.jupyter.jjava;
