/** Stand-ins for the parts of jackson-core that TeaVM cannot compile and micrograd4j never runs. */
package io.github.micrograd4j.web.host.jackson;
