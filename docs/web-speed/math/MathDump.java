import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;

/**
 * Writes java.bin: for N seeded random inputs, x (-20..20), p (0..50) and y (-4..4), then exp(x), tanh(x),
 * log(p), pow(p, y), sin(x), cos(x) as this JVM's Math (or StrictMath, with "strict") computes them, for
 * compare.js to hold against the browser's (V8's) Math. Run: java MathDump.java 1000000 [strict]
 */
public class MathDump {
    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        boolean strict = args.length > 1 && args[1].equals("strict");
        SplittableRandom r = new SplittableRandom(42);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream("java.bin")))) {
            for (int i = 0; i < n; i++) {
                double x = (r.nextDouble() - 0.5) * 40;
                double p = r.nextDouble() * 50;
                double y = (r.nextDouble() - 0.5) * 8;
                double[] v = strict
                        ? new double[] {x, p, y, StrictMath.exp(x), StrictMath.tanh(x), StrictMath.log(p),
                            StrictMath.pow(p, y), StrictMath.sin(x), StrictMath.cos(x)}
                        : new double[] {x, p, y, Math.exp(x), Math.tanh(x), Math.log(p), Math.pow(p, y), Math.sin(x),
                            Math.cos(x)};
                for (double d : v) {
                    out.writeDouble(d);
                }
            }
        }
    }
}
