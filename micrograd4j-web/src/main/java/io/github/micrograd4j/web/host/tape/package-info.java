/** The browser's stand-in for the compiled tape's worker threads: compiled by TeaVM in their place. */
package io.github.micrograd4j.web.host.tape;
