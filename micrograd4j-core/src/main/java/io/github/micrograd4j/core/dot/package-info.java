/** Graphviz DOT export of a value's graph, in the format of micrograd's {@code draw_dot}. */
package io.github.micrograd4j.core.dot;
