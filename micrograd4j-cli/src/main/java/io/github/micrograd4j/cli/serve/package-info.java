/**
 * {@code micrograd serve}: the playground, a local web app on the JDK's {@code com.sun.net.httpserver}.
 * {@link io.github.micrograd4j.cli.serve.PlaygroundServer} owns the HTTP server, its thread pools and the
 * security checks every request passes ({@link io.github.micrograd4j.cli.serve.Guard}: Host allow-list,
 * token, Origin); pages and API handlers are added as routes, and
 * {@link io.github.micrograd4j.cli.serve.EventStreams} pushes Server-Sent Events. The expression lab
 * ({@link io.github.micrograd4j.cli.serve.ExpressionLab}) is the first page; the training lab
 * ({@link io.github.micrograd4j.cli.serve.TrainingLab}, {@code /train}) is a second set of routes on the same
 * server, each page's run a {@link io.github.micrograd4j.cli.serve.LabRun} on its own thread.
 */
package io.github.micrograd4j.cli.serve;
