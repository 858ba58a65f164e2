package io.github.micrograd4j.testkit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON reader of the tests: a document read into maps (in the document's key order), lists,
 * strings, numbers (as {@link Double}), booleans and null, strictly: the whole text must be one value,
 * and a key given twice is an error.
 */
public final class TestJson {
    private TestJson() {
    }

    /**
     * Reads a document.
     *
     * @param text the JSON text
     * @return its value
     * @throws IllegalArgumentException for text after the value or a duplicate key
     * @throws UncheckedIOException for text that is not JSON
     */
    public static Object parse(String text) {
        try (JsonParser p = new JsonFactory().createParser(text)) {
            p.nextToken();
            Object value = read(p);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("text after the JSON value");
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A value as an object.
     *
     * @param value a value {@link #parse} returned
     * @return it, as a map
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    /**
     * A value as an array.
     *
     * @param value a value {@link #parse} returned
     * @return it, as a list
     */
    @SuppressWarnings("unchecked")
    public static List<Object> array(Object value) {
        return (List<Object>) value;
    }

    private static Object read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    String name = p.currentName();
                    p.nextToken();
                    if (map.put(name, read(p)) != null) {
                        throw new IllegalArgumentException("duplicate key " + name);
                    }
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(p));
                }
                return list;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IllegalArgumentException("unexpected " + t);
        }
    }
}
