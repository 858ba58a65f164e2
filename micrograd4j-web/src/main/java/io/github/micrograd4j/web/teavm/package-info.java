/** What the web build tells TeaVM: which of core's classes the browser gets its own version of. */
package io.github.micrograd4j.web.teavm;
