/**
 * Left-to-right layered layout of a value graph with Eclipse ELK Layered (the Sugiyama method: layers,
 * crossing minimisation, node placement, edge routing). Only this package talks to ELK.
 * {@link io.github.micrograd4j.viz.layout.LayerCrossings} counts what a layout will cost (the dummy
 * nodes of long edges) before ELK is asked, so that a graph too costly to lay out is refused at once.
 */
package io.github.micrograd4j.viz.layout;
