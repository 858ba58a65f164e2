/**
 * Labelled points to train classifiers on: seeded generators ({@link io.github.micrograd4j.nn.data.Datasets}:
 * moons, circles, xor, blobs, spirals) and a CSV reader ({@link io.github.micrograd4j.nn.data.CsvDataset}).
 */
package io.github.micrograd4j.nn.data;
