/**
 * micrograd4j's displays for rapaio-jupyter-kernel: {@link io.github.micrograd4j.jupyter.rapaio.MicrogradDisplayProvider}
 * is registered in {@code META-INF/services}, so the kernel finds it when this module's jar is on its class
 * path and renders micrograd4j's values, pictures, checks and runs by itself;
 * {@link io.github.micrograd4j.jupyter.rapaio.Live} trains in a cell, redrawing one display as it goes.
 */
package io.github.micrograd4j.jupyter.rapaio;
