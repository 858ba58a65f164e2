/**
 * The web edition's Java: what the static site's pages call instead of a server. TeaVM compiles these
 * classes, with core, the expression language, nn and the drawing code of viz, to one JavaScript file;
 * {@link io.github.micrograd4j.web.WebEngine} is what that file exports.
 */
package io.github.micrograd4j.web;
