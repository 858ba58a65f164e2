/**
 * Pictures of backpropagation, drawn without Graphviz: {@link io.github.micrograd4j.viz.BackpropPictures}
 * lays a value graph out once and makes scenes of it (the whole graph, or one backprop step with the
 * node being filled highlighted and later grads blank), {@link io.github.micrograd4j.viz.render} turns a
 * scene into SVG or PNG, and {@link io.github.micrograd4j.viz.WalkthroughPage} makes the step-by-step
 * HTML page; {@link io.github.micrograd4j.viz.plot} draws an nn training run (decision boundary, loss and
 * accuracy curves). Everything is returned as content; writing files is the caller's business.
 *
 * <p>A picture is laid out only while that stays quick: a graph of more than
 * {@link io.github.micrograd4j.viz.BackpropPictures#MAX_VALUES} values, or whose layout needs more than
 * {@link io.github.micrograd4j.viz.BackpropPictures#MAX_LAYER_CROSSINGS} layer crossings of long edges
 * (one input feeding a long chain of ops), is refused with a
 * {@link io.github.micrograd4j.viz.GraphTooLargeException} before any layout work.
 */
package io.github.micrograd4j.viz;
