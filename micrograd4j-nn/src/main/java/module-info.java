/**
 * micrograd4j's neural nets on the engine: {@link io.github.micrograd4j.nn.MLP} and its parts,
 * losses, optimizers, datasets, the training loop and model JSON; no pictures, no files.
 */
module io.github.micrograd4j.nn {
    requires transitive io.github.micrograd4j.core;

    exports io.github.micrograd4j.nn;
    exports io.github.micrograd4j.nn.data;
    exports io.github.micrograd4j.nn.json;
    exports io.github.micrograd4j.nn.loss;
    exports io.github.micrograd4j.nn.optim;
    exports io.github.micrograd4j.nn.run;
    exports io.github.micrograd4j.nn.text;
    exports io.github.micrograd4j.nn.train;
}
