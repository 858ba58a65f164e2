package io.github.micrograd4j.playground.training;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.playground.http.ApiException;
import io.github.micrograd4j.playground.text.PlaygroundText;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A training lab request: {@code {"page": ID, "action": ..., "settings": {key: value}, "csv": ..., "lr": ...,
 * "neuron": ..., "play": true, "layer": ..., "input": ..., "value": ..., "lang": "zh"}}, each field optional but
 * {@code page}; settings' values are strings, as in the URL fragment. {@code neuron}, {@code layer} and
 * {@code input} are whole numbers; {@code value} a finite number. {@code lang} is the language the refusals are
 * told in (English unless named; an unknown tag is English too, as the page's words fall back); keys and values
 * are the same in every language.
 *
 * @param page the page's id
 * @param action the action, or null
 * @param settings the settings by key
 * @param csv an uploaded CSV's text, or null
 * @param lr a learning rate, or NaN
 * @param neuron a neuron's index, or -1
 * @param play whether to start playing
 * @param x1 a point's first coordinate, or NaN
 * @param x2 its second, or NaN
 * @param layer a layer's index (the first hidden layer 0), or {@link #MISSING}
 * @param input an input's index in a neuron of that layer, or {@link #MISSING}
 * @param value a weight's new value, or NaN
 * @param language the language of the refusals
 */
record LabRequest(String page, String action, Map<String, String> settings, String csv, double lr, int neuron,
        boolean play, double x1, double x2, int layer, int input, double value, Language language) {
    /** An index the request does not give. */
    static final int MISSING = Integer.MIN_VALUE;
    private static final JsonFactory JSON = new JsonFactory();
    /** A page's id: what the page draws from its random numbers. */
    static final Pattern PAGE = Pattern.compile("[A-Za-z0-9]{8,64}");

    static LabRequest parse(byte[] body) {
        String page = null;
        String action = null;
        String csv = null;
        double lr = Double.NaN;
        int neuron = -1;
        boolean play = false;
        double x1 = Double.NaN;
        double x2 = Double.NaN;
        int layer = MISSING;
        int input = MISSING;
        double value = Double.NaN;
        Language language = Language.EN;
        String badValue = null;
        Map<String, String> settings = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ApiException(400, "the request must be a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "page" -> page = p.getText();
                    case "action" -> action = p.getText();
                    case "csv" -> csv = p.getText();
                    case "lr" -> lr = number(p, t, name);
                    case "neuron" -> neuron = index(p, t, name);
                    case "layer" -> layer = index(p, t, name);
                    case "input" -> input = index(p, t, name);
                    case "value" -> {
                        // a number: 1e999 parses as infinity; a string (the page sends the field's text when it is
                        // no finite number) is named as typed
                        boolean numeric = t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
                        value = numeric ? p.getDoubleValue() : Double.NaN;
                        if (!Double.isFinite(value)) {
                            // refused once the request's language is known (the edge editor sends what was typed)
                            badValue = t == JsonToken.VALUE_STRING ? "'" + p.getText() + "'" : p.getText();
                        }
                    }
                    case "play" -> play = t == JsonToken.VALUE_TRUE;
                    case "x1" -> x1 = number(p, t, name);
                    case "x2" -> x2 = number(p, t, name);
                    case "lang" -> language = language(p.getText());
                    case "settings" -> {
                        if (t != JsonToken.START_OBJECT) {
                            throw new ApiException(400, "settings must be an object of strings");
                        }
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String key = p.currentName();
                            JsonToken v = p.nextToken();
                            if (v.isStructStart()) {
                                throw new ApiException(400, "setting " + key + " must be a string or number");
                            }
                            settings.put(key, p.getText());
                        }
                    }
                    default -> throw new ApiException(400, "unknown field '" + name + "'");
                }
            }
        } catch (IOException e) {
            throw new ApiException(400, "the request is not JSON: " + e.getMessage().split("\r?\n|\r", 2)[0]);
        }
        if (page == null || !PAGE.matcher(page).matches()) {
            throw new ApiException(400, "page must be 8-64 letters and digits, got " + (page == null ? "none" : "'"
                    + (page.length() > 70 ? page.substring(0, 70) + "..." : page) + "'"));
        }
        if (badValue != null) {
            throw new ApiException(400, new Message(PlaygroundText.VALUE_NOT_FINITE, badValue)).in(language);
        }
        return new LabRequest(page, action, settings, csv, lr, neuron, play, x1, x2, layer, input, value, language);
    }

    private static Language language(String tag) {
        try {
            return Language.fromTag(tag);
        } catch (IllegalArgumentException e) {
            return Language.EN;
        }
    }

    private static double number(JsonParser p, JsonToken t, String name) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new ApiException(400, name + " must be a number, got " + p.getText());
        }
        return p.getDoubleValue();
    }

    /** A whole number in int's range (an index), not a fraction cut to one. */
    private static int index(JsonParser p, JsonToken t, String name) throws IOException {
        double v = number(p, t, name);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new ApiException(400, name + " must be a whole number, got " + p.getText());
        }
        return (int) v;
    }
}
