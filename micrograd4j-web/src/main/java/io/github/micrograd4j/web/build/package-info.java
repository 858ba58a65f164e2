/** What the site's build runs on the JVM: the pages that need ELK on the JVM to draw, written as files. */
package io.github.micrograd4j.web.build;
