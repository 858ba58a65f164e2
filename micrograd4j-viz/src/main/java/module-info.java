/**
 * micrograd4j's pictures: a value graph laid out with ELK Layered and drawn as one
 * {@link io.github.micrograd4j.viz.scene.Scene}, rendered to SVG text or PNG bytes; the
 * backpropagation step pictures and the walkthrough page; and the training plots of
 * {@link io.github.micrograd4j.viz.plot} (a classifier's decision boundary, loss and accuracy curves).
 * The layout package (ELK glue) and the encoding package (SVG text and PNG bytes helpers shared by the
 * renderers and the plots) are internal.
 */
@SuppressWarnings("requires-automatic") // ELK has no module descriptors, only Automatic-Module-Name
module io.github.micrograd4j.viz {
    requires transitive io.github.micrograd4j.core;
    requires java.desktop;
    requires org.eclipse.elk.core;
    requires org.eclipse.elk.graph;
    requires org.eclipse.elk.alg.layered;

    exports io.github.micrograd4j.viz;
    exports io.github.micrograd4j.viz.plot;
    exports io.github.micrograd4j.viz.render;
    exports io.github.micrograd4j.viz.scene;
    exports io.github.micrograd4j.viz.text;
}
