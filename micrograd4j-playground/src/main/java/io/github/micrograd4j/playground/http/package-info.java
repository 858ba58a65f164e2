/**
 * The playground's HTTP host, which knows no lab: {@link io.github.micrograd4j.playground.http.HttpHost} owns
 * Jetty's core server (headers read without holding a thread; ClientConnections' header deadline and count per
 * address), the table of routes and the security checks every
 * request passes ({@link io.github.micrograd4j.playground.http.Guard}: Host allow-list, token, Origin);
 * {@link io.github.micrograd4j.playground.http.EventStreams} pushes Server-Sent Events,
 * {@link io.github.micrograd4j.playground.http.Responses} writes answers and one-line JSON errors, and
 * {@link io.github.micrograd4j.playground.http.Limits} bounds what a request may cost.
 */
package io.github.micrograd4j.playground.http;
