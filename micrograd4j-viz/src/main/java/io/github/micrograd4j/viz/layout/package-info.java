/**
 * Left-to-right layered layout of a value graph with Eclipse ELK Layered (the Sugiyama method: layers,
 * crossing minimisation, node placement, edge routing). Only this package talks to ELK.
 */
package io.github.micrograd4j.viz.layout;
