package io.github.micrograd4j.viz.scene;

/** Something a scene draws. The renderers handle each kind and nothing else. */
public sealed interface Shape permits RecordBox, OpEllipse, Arrow, Caption {
}
