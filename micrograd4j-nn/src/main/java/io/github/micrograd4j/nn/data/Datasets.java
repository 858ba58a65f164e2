package io.github.micrograd4j.nn.data;

import io.github.micrograd4j.core.text.MessageException;
import io.github.micrograd4j.nn.text.NnText;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Seeded toy datasets in two dimensions. Each generator draws from the {@link RandomGenerator}
 * passed in and nothing else, so the same generator state gives the same points; pass
 * {@code new java.util.Random(seed)}, whose algorithm the JDK specifies, for results that repeat
 * on every JVM.
 */
public final class Datasets {
    private Datasets() {
    }

    /**
     * Two interleaving half circles, defined as scikit-learn's {@code make_moons}: {@code n / 2}
     * points on the upper half of the unit circle, {@code (cos t, sin t)} for {@code t} evenly spaced in
     * [0, pi] (class 0), the rest on {@code (1 - cos t, 1 - sin t - 0.5)} (class 1); the points are
     * shuffled, then Gaussian noise with standard deviation {@code noise} is added to each coordinate.
     * (The same definition, not numpy's random numbers: the points differ from scikit-learn's for the
     * same seed.) micrograd's demo uses {@code n = 100, noise = 0.1}.
     *
     * @param n the number of points, at least 2
     * @param noise the noise's standard deviation, zero or more
     * @param rng the generator
     * @return the dataset, labels 0 and 1
     */
    public static Dataset moons(int n, double noise, RandomGenerator rng) {
        checkArgs(n, 2, noise, rng);
        int out = n / 2;
        int in = n - out;
        double[][] x = new double[n][];
        int[] y = new int[n];
        double[] tOut = linspace(0.0, Math.PI, out);
        double[] tIn = linspace(0.0, Math.PI, in);
        for (int i = 0; i < out; i++) {
            x[i] = new double[] {Math.cos(tOut[i]), Math.sin(tOut[i])};
            y[i] = 0;
        }
        for (int i = 0; i < in; i++) {
            x[out + i] = new double[] {1.0 - Math.cos(tIn[i]), 1.0 - Math.sin(tIn[i]) - 0.5};
            y[out + i] = 1;
        }
        shuffle(x, y, rng);
        addNoise(x, noise, rng);
        return new Dataset("moons", x, y, new double[] {0, 1});
    }

    /**
     * The exclusive-or pattern, as TensorFlow Playground draws it: points uniform in the square
     * [-1, 1]², each nudged 0.05 away from the axes, class 1 where {@code x1 * x2 > 0} and 0 otherwise
     * (decided before the noise), then Gaussian noise with standard deviation {@code noise} added.
     *
     * @param n the number of points, at least 2
     * @param noise the noise's standard deviation, zero or more
     * @param rng the generator
     * @return the dataset, labels 0 and 1
     */
    public static Dataset xor(int n, double noise, RandomGenerator rng) {
        checkArgs(n, 2, noise, rng);
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double a = rng.nextDouble() * 2 - 1;
            double b = rng.nextDouble() * 2 - 1;
            a += a > 0 ? 0.05 : -0.05;
            b += b > 0 ? 0.05 : -0.05;
            x[i] = new double[] {a, b};
            y[i] = a * b > 0 ? 1 : 0;
        }
        addNoise(x, noise, rng);
        return new Dataset("xor", x, y, new double[] {0, 1});
    }

    /**
     * A small circle inside a large one, defined as scikit-learn's {@code make_circles}: {@code n / 2}
     * points evenly around the unit circle (class 0, angles {@code 2 pi i / m}, the end point
     * excluded), the rest around a circle of radius {@code factor} (class 1); shuffled, then noise added.
     *
     * @param n the number of points, at least 2
     * @param noise the noise's standard deviation, zero or more
     * @param factor the inner radius, in (0, 1)
     * @param rng the generator
     * @return the dataset, labels 0 and 1
     */
    public static Dataset circles(int n, double noise, double factor, RandomGenerator rng) {
        checkArgs(n, 2, noise, rng);
        if (!(factor > 0.0 && factor < 1.0)) {
            throw new IllegalArgumentException("factor must be in (0, 1), got " + factor);
        }
        int out = n / 2;
        int in = n - out;
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < out; i++) {
            double t = 2.0 * Math.PI * i / out;
            x[i] = new double[] {Math.cos(t), Math.sin(t)};
        }
        for (int i = 0; i < in; i++) {
            double t = 2.0 * Math.PI * i / in;
            x[out + i] = new double[] {factor * Math.cos(t), factor * Math.sin(t)};
            y[out + i] = 1;
        }
        shuffle(x, y, rng);
        addNoise(x, noise, rng);
        return new Dataset("circles", x, y, new double[] {0, 1});
    }

    /**
     * Gaussian blobs, one per class, centred evenly on a circle of radius 2 (class {@code c} at angle
     * {@code 2 pi c / classes}, so the classes are far apart and the features stay near [-3, 3] where
     * the toy nets train well); point {@code i} belongs to class {@code i mod classes}; shuffled.
     *
     * @param n the number of points, at least {@code classes}
     * @param classes the number of classes, at least 2
     * @param std each blob's standard deviation per coordinate, zero or more
     * @param rng the generator
     * @return the dataset, labels 0..classes-1
     */
    public static Dataset blobs(int n, int classes, double std, RandomGenerator rng) {
        if (classes < 2) {
            throw new MessageException(NnText.GENERATOR_CLASSES, "blobs", classes);
        }
        checkArgs(n, classes, std, rng);
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int c = i % classes;
            double t = 2.0 * Math.PI * c / classes;
            x[i] = new double[] {2.0 * Math.cos(t), 2.0 * Math.sin(t)};
            y[i] = c;
        }
        addNoise(x, std, rng);
        shuffle(x, y, rng);
        return new Dataset("blobs", x, y, labels(classes));
    }

    /**
     * Interleaved spiral arms, the CS231n toy problem: class {@code c} has {@code m} points with radius
     * {@code r} evenly spaced in [0, 1] and angle {@code 4c + 4r} (spread over the arm) plus Gaussian
     * noise of {@code noise} on the angle, at {@code (r sin a, r cos a)}; shuffled.
     *
     * @param n the number of points, at least {@code 2 * classes}; split as evenly as possible
     * @param classes the number of arms, at least 2
     * @param noise the angle noise's standard deviation (0.2 is the usual), zero or more
     * @param rng the generator
     * @return the dataset, labels 0..classes-1
     */
    public static Dataset spirals(int n, int classes, double noise, RandomGenerator rng) {
        if (classes < 2) {
            throw new MessageException(NnText.GENERATOR_CLASSES, "spirals", classes);
        }
        checkArgs(n, 2 * classes, noise, rng);
        double[][] x = new double[n][];
        int[] y = new int[n];
        int idx = 0;
        for (int c = 0; c < classes; c++) {
            int m = n / classes + (c < n % classes ? 1 : 0);
            double[] r = linspace(0.0, 1.0, m);
            double[] t = linspace(4.0 * c, 4.0 * (c + 1), m);
            for (int i = 0; i < m; i++) {
                double a = t[i] + noise * rng.nextGaussian();
                x[idx] = new double[] {r[i] * Math.sin(a), r[i] * Math.cos(a)};
                y[idx] = c;
                idx++;
            }
        }
        shuffle(x, y, rng);
        return new Dataset("spirals", x, y, labels(classes));
    }

    /** TensorFlow Playground's regression data lie in [-6, 6]²; ours are divided by this, into [-1, 1]². */
    static final double REGRESSION_RADIUS = 6.0;

    /** TensorFlow Playground's signed bumps of {@link #regressGaussian}: centre x, centre y, sign. */
    private static final double[][] BUMPS = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1},
        {4, -2.5, -1}};

    /**
     * A plane to fit, TensorFlow Playground's "reg-plane": a point {@code (u, v)} uniform in [-6, 6]²
     * has the target {@code (u' + v') / 10}, where {@code u' = u + noise * U(-6, 6)} and likewise
     * {@code v'} (with noise 0 the target is exactly {@code (u + v) / 10}, in [-1.2, 1.2]). The point is
     * stored divided by 6, in [-1, 1]² like the other datasets, so its target is {@code 0.6 (x1 + x2)}.
     * Each point draws u, v, then the two noises, in that order.
     *
     * @param n the number of points, at least 2
     * @param noise the noise's scale, zero or more (TensorFlow Playground's slider is 0 to 0.5)
     * @param rng the generator
     * @return the regression dataset
     */
    public static Dataset regressPlane(int n, double noise, RandomGenerator rng) {
        return regression("reg-plane", n, noise, rng, (u, v) -> (u + v) / 10.0);
    }

    /**
     * Signed bumps to fit, TensorFlow Playground's "reg-gauss": six bumps centred at
     * {@code (-4, 2.5), (0, 2.5), (4, 2.5)} with signs {@code +, -, +} and at {@code (-4, -2.5), (0, -2.5),
     * (4, -2.5)} with signs {@code -, +, -}; each is {@code sign * max(0, 1 - d / 2)} at distance d from
     * its centre, and a point's target is the bump largest in absolute value there (the first on ties;
     * 0 far from all). Points, noise and scale as {@link #regressPlane}.
     *
     * @param n the number of points, at least 2
     * @param noise the noise's scale, zero or more
     * @param rng the generator
     * @return the regression dataset, targets in [-1, 1]
     */
    public static Dataset regressGaussian(int n, double noise, RandomGenerator rng) {
        return regression("reg-gauss", n, noise, rng, Datasets::bumps);
    }

    /**
     * The target of {@link #regressGaussian} at a point of TensorFlow Playground's [-6, 6]².
     *
     * @param u the first coordinate, unscaled
     * @param v the second coordinate, unscaled
     * @return the target
     */
    static double bumps(double u, double v) {
        double label = 0.0;
        for (double[] b : BUMPS) {
            double d = Math.hypot(u - b[0], v - b[1]);
            double bump = b[2] * Math.min(1.0, Math.max(0.0, 1.0 - d / 2.0));
            if (Math.abs(bump) > Math.abs(label)) {
                label = bump;
            }
        }
        return label;
    }

    private static Dataset regression(String name, int n, double noise, RandomGenerator rng,
            java.util.function.DoubleBinaryOperator target) {
        checkArgs(n, 2, noise, rng);
        double r = REGRESSION_RADIUS;
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double u = uniform(rng, r);
            double v = uniform(rng, r);
            double nu = uniform(rng, r) * noise;
            double nv = uniform(rng, r) * noise;
            x[i] = new double[] {u / r, v / r};
            y[i] = target.applyAsDouble(u + nu, v + nv);
        }
        return Dataset.regression(name, x, y);
    }

    /** Uniform in [-r, r), as TensorFlow Playground's {@code randUniform(-r, r)}. */
    private static double uniform(RandomGenerator rng, double r) {
        return rng.nextDouble() * 2 * r - r;
    }

    /**
     * numpy's {@code linspace(start, stop, n)}: {@code start + i * step} with the last point exactly
     * {@code stop}.
     */
    static double[] linspace(double start, double stop, int n) {
        double[] out = new double[n];
        if (n == 1) {
            out[0] = start;
            return out;
        }
        double step = (stop - start) / (n - 1);
        for (int i = 0; i < n; i++) {
            out[i] = i * step + start;
        }
        out[n - 1] = stop;
        return out;
    }

    /** Fisher-Yates, the same permutation applied to points and labels. */
    private static void shuffle(double[][] x, int[] y, RandomGenerator rng) {
        for (int i = x.length - 1; i > 0; i--) {
            int j = RandomInts.below(rng, i + 1);
            double[] tx = x[i];
            x[i] = x[j];
            x[j] = tx;
            int ty = y[i];
            y[i] = y[j];
            y[j] = ty;
        }
    }

    private static void addNoise(double[][] x, double std, RandomGenerator rng) {
        if (std == 0.0) {
            return;
        }
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] += std * rng.nextGaussian();
            }
        }
    }

    private static double[] labels(int classes) {
        double[] out = new double[classes];
        for (int i = 0; i < classes; i++) {
            out[i] = i;
        }
        return out;
    }

    private static void checkArgs(int n, int min, double noise, RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        if (n < min) {
            throw new MessageException(NnText.TOO_FEW_POINTS, min, n);
        }
        if (!(noise >= 0.0) || Double.isInfinite(noise)) {
            throw new MessageException(NnText.NOISE_RANGE, noise);
        }
    }
}
