package io.github.micrograd4j.nn.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * Points with class labels, or with real-valued targets. Classes are indices {@code 0..classCount-1};
 * {@link #labelValues()} keeps the label each class had in the source (for example -1 and +1 in
 * micrograd's data, or the numbers of a CSV file's last column). A regression dataset
 * ({@link #regression}) has a target per point instead, and no classes: {@link #classCount()} is 0.
 *
 * <p>Arrays are copied on the way in and out, so a dataset is immutable.
 */
public final class Dataset {
    private final String name;
    private final double[][] features;
    private final int[] classes;
    private final double[] labelValues;
    private final double[] targets;

    /**
     * A dataset.
     *
     * @param name what it is, for messages and plots
     * @param features one row per point, all rows the same length (at least 1), all finite
     * @param classes one class index per point, in {@code [0, labelValues.length)}
     * @param labelValues the source label of each class, at least 2
     */
    public Dataset(String name, double[][] features, int[] classes, double[] labelValues) {
        this.name = Objects.requireNonNull(name, "name");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(classes, "classes");
        Objects.requireNonNull(labelValues, "labelValues");
        if (features.length == 0) {
            throw new IllegalArgumentException("a dataset needs at least 1 point, got 0");
        }
        if (features.length != classes.length) {
            throw new IllegalArgumentException("expected " + features.length + " classes (one per point), got "
                    + classes.length);
        }
        if (labelValues.length < 2) {
            throw new IllegalArgumentException("a dataset needs at least 2 classes, got " + labelValues.length);
        }
        int dims = features[0].length;
        if (dims < 1) {
            throw new IllegalArgumentException("points need at least 1 feature, got 0");
        }
        this.features = new double[features.length][];
        for (int i = 0; i < features.length; i++) {
            if (features[i].length != dims) {
                throw new IllegalArgumentException("point " + i + " has " + features[i].length + " features, expected "
                        + dims);
            }
            for (int j = 0; j < dims; j++) {
                if (!Double.isFinite(features[i][j])) {
                    throw new IllegalArgumentException("feature " + j + " of point " + i + " is " + features[i][j]);
                }
            }
            if (classes[i] < 0 || classes[i] >= labelValues.length) {
                throw new IllegalArgumentException("class " + classes[i] + " of point " + i + " is outside [0, "
                        + labelValues.length + ")");
            }
            this.features[i] = features[i].clone();
        }
        this.classes = classes.clone();
        this.labelValues = labelValues.clone();
        this.targets = null;
    }

    private Dataset(String name, double[][] features, double[] targets) {
        this.name = name;
        this.features = features;
        this.classes = null;
        this.labelValues = new double[0];
        this.targets = targets;
    }

    /**
     * A regression dataset: a real-valued target per point instead of a class.
     *
     * @param name what it is, for messages and plots
     * @param features one row per point, all rows the same length (at least 1), all finite
     * @param targets one finite target per point
     * @return the dataset, {@link #classCount()} 0
     */
    public static Dataset regression(String name, double[][] features, double[] targets) {
        Objects.requireNonNull(targets, "targets");
        // the classification constructor checks the points; one class per point, 0, passes its checks
        Dataset checked = new Dataset(name, features, new int[features.length], new double[] {0, 1});
        if (targets.length != features.length) {
            throw new IllegalArgumentException("expected " + features.length + " targets (one per point), got "
                    + targets.length);
        }
        for (int i = 0; i < targets.length; i++) {
            if (!Double.isFinite(targets[i])) {
                throw new IllegalArgumentException("the target of point " + i + " is " + targets[i]);
            }
        }
        return new Dataset(name, checked.features, targets.clone());
    }

    /**
     * Whether the points have real-valued targets ({@link #regression}) rather than classes.
     *
     * @return true for a regression dataset
     */
    public boolean isRegression() {
        return targets != null;
    }

    /**
     * One point's target.
     *
     * @param i the point's index
     * @return the target
     * @throws IllegalStateException for a dataset with classes
     */
    public double target(int i) {
        return targets()[i];
    }

    /**
     * Every point's target.
     *
     * @return a copy
     * @throws IllegalStateException for a dataset with classes
     */
    public double[] targets() {
        if (targets == null) {
            throw new IllegalStateException(name + " has classes, not real-valued targets");
        }
        return targets.clone();
    }

    /**
     * One point's label as a number: its target, or its class's source label.
     *
     * @param i the point's index
     * @return the target or label
     */
    public double labelOf(int i) {
        return targets != null ? targets[i] : labelValues[classes[i]];
    }

    private void requireClasses() {
        if (targets != null) {
            throw new IllegalStateException(name + " is a regression dataset: its points have real-valued targets, "
                    + "not classes");
        }
    }

    /**
     * The dataset's name.
     *
     * @return e.g. {@code moons}
     */
    public String name() {
        return name;
    }

    /**
     * The number of points.
     *
     * @return the size
     */
    public int size() {
        return features.length;
    }

    /**
     * The number of features per point.
     *
     * @return the dimension
     */
    public int featureCount() {
        return features[0].length;
    }

    /**
     * The number of classes.
     *
     * @return at least 2; 0 for a regression dataset
     */
    public int classCount() {
        return labelValues.length;
    }

    /**
     * One point's features.
     *
     * @param i the point's index
     * @return a copy
     */
    public double[] features(int i) {
        return features[i].clone();
    }

    /**
     * All points' features.
     *
     * @return a deep copy
     */
    public double[][] features() {
        double[][] out = new double[features.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = features[i].clone();
        }
        return out;
    }

    /**
     * One point's class index.
     *
     * @param i the point's index
     * @return the class
     * @throws IllegalStateException for a regression dataset
     */
    public int classOf(int i) {
        requireClasses();
        return classes[i];
    }

    /**
     * Every point's class index.
     *
     * @return a copy
     * @throws IllegalStateException for a regression dataset
     */
    public int[] classes() {
        requireClasses();
        return classes.clone();
    }

    /**
     * The source label of each class.
     *
     * @return a copy; empty for a regression dataset
     */
    public double[] labelValues() {
        return labelValues.clone();
    }

    /**
     * Classes as micrograd's -1/+1 targets: class 0 becomes -1 and class 1 becomes +1.
     *
     * @return one sign per point
     * @throws IllegalStateException if there are more than 2 classes
     */
    public double[] signedLabels() {
        if (classCount() != 2) {
            throw new IllegalStateException("signed labels need 2 classes, this dataset has " + classCount());
        }
        double[] out = new double[classes.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = classes[i] == 1 ? 1.0 : -1.0;
        }
        return out;
    }

    @Override
    public String toString() {
        if (targets != null) {
            return name + " (" + size() + " points, " + featureCount() + " features, real-valued targets)";
        }
        return name + " (" + size() + " points, " + featureCount() + " features, " + classCount() + " classes "
                + Arrays.toString(labelValues) + ")";
    }
}
