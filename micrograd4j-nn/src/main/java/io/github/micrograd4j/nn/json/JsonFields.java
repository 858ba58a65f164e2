package io.github.micrograd4j.nn.json;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Typed access to what {@link JsonParser} read, for the format readers: each method takes a parsed
 * value and what it is (a key path such as {@code layers[0].neurons}) and returns it as the type the
 * format expects, or throws a {@link JsonFormatException} that names the path and what was found
 * instead ({@code "n: expected a number, got the string \"x\""}).
 */
final class JsonFields {
    private JsonFields() {
    }

    static Map<String, Object> object(Object v, String what) {
        if (v instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) m;
            return Collections.unmodifiableMap(map);
        }
        throw new JsonFormatException(what + ": expected an object, got " + kind(v));
    }

    static Object required(Map<String, Object> map, String key, String what) {
        if (!map.containsKey(key)) {
            throw new JsonFormatException(what + ": missing key \"" + key + "\"");
        }
        return map.get(key);
    }

    static List<Object> array(Object v, String what) {
        if (v instanceof List<?> l) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) l;
            return list;
        }
        throw new JsonFormatException(what + ": expected an array, got " + kind(v));
    }

    static double number(Object v, String what) {
        if (v instanceof Double d) {
            if (!Double.isFinite(d)) {
                throw new JsonFormatException(what + ": the number is out of range (" + d + ")");
            }
            return d;
        }
        throw new JsonFormatException(what + ": expected a number, got " + kind(v));
    }

    static int integer(Object v, String what) {
        double d = number(v, what);
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw new JsonFormatException(what + ": expected a whole number, got " + d);
        }
        return (int) d;
    }

    static String string(Object v, String what) {
        if (v instanceof String s) {
            return s;
        }
        throw new JsonFormatException(what + ": expected a string, got " + kind(v));
    }

    static double[] numbers(Object v, String what) {
        List<Object> list = array(v, what);
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(list.get(i), what + "[" + i + "]");
        }
        return out;
    }

    private static String kind(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map) {
            return "an object";
        }
        if (v instanceof List) {
            return "an array";
        }
        if (v instanceof String s) {
            return "the string \"" + (s.length() > 20 ? s.substring(0, 20) + "..." : s) + "\"";
        }
        if (v instanceof Boolean) {
            return v.toString();
        }
        return "the number " + v;
    }
}
