/**
 * {@code micrograd serve}: the playground, a local web app. {@link io.github.micrograd4j.playground.PlaygroundServer}
 * puts both labs on one {@link io.github.micrograd4j.playground.http.HttpHost}: the expression lab
 * ({@code playground.expression}, the page at {@code /}) and the training lab ({@code playground.training},
 * {@code /train}), each page's run a {@code LabRun} on its own thread.
 */
package io.github.micrograd4j.playground;
