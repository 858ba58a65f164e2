package io.github.micrograd4j.playground.expression;

import io.github.micrograd4j.playground.http.ApiException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.micrograd4j.core.text.Language;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of {@code POST /api/grad} and {@code POST /api/png}:
 * {@code {"program": "...", "inputs": {"a": 2.5}, "check": true, "detectAnomaly": false, "lang": "zh"}}. Only
 * {@code program} is required. Unknown fields are refused, so a misspelt option is not silently ignored.
 * {@code lang} chooses the language of the sentences (the steps' texts and reasons, the boxes' words);
 * the JSON keys and the numbers are the same in every language.
 *
 * @param program the program text
 * @param inputs inputs to run at instead of the program's literals (the page's sliders)
 * @param check whether to run the numeric gradient check
 * @param detectAnomaly whether to stop at the first NaN or infinity, as {@code --detect-anomaly}
 * @param language the language of the explanations, English unless the body names another
 */
public record GradRequest(String program, Map<String, Double> inputs, boolean check, boolean detectAnomaly,
        Language language) {
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).build()).build();
    private static final int MAX_INPUTS = 10_000;

    /**
     * Parses a body.
     *
     * @param body the UTF-8 JSON body
     * @return the request
     * @throws ApiException 400 naming what is wrong
     */
    public static GradRequest parse(byte[] body) {
        String program = null;
        Map<String, Double> inputs = new LinkedHashMap<>();
        boolean check = false;
        boolean anomaly = false;
        Language language = Language.EN;
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw bad("the body must be a JSON object such as {\"program\": \"a = 2; L = a * a\"}");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "program" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw bad("'program' must be a string");
                        }
                        program = p.getText();
                    }
                    case "check" -> check = bool(p, value, field);
                    case "detectAnomaly" -> anomaly = bool(p, value, field);
                    case "inputs" -> readInputs(p, value, inputs);
                    case "lang" -> language = language(p, value);
                    default -> throw bad("unknown field '" + shorten(field) + "'; the fields are program, inputs, check, "
                            + "detectAnomaly, lang");
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw bad("the body must be exactly one JSON object");
            }
        } catch (JsonProcessingException e) {
            throw bad("the body is not valid JSON: " + shorten(e.getOriginalMessage()));
        } catch (IOException e) {
            throw bad("the body could not be read: " + shorten(String.valueOf(e.getMessage())));
        }
        if (program == null) {
            throw bad("the body has no 'program'; send {\"program\": \"a = 2; L = a * a\"}");
        }
        return new GradRequest(program, inputs, check, anomaly, language);
    }

    private static Language language(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            throw bad("'lang' must be a string: " + Language.choices());
        }
        String tag = p.getText();
        try {
            return Language.fromTag(tag);
        } catch (IllegalArgumentException e) {
            throw bad("unknown lang '" + shorten(tag) + "'; expected " + Language.choices());
        }
    }

    private static void readInputs(JsonParser p, JsonToken value, Map<String, Double> inputs) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            throw bad("'inputs' must be an object of numbers, such as {\"a\": 2.5}");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken number = p.nextToken();
            if (number != JsonToken.VALUE_NUMBER_INT && number != JsonToken.VALUE_NUMBER_FLOAT) {
                throw bad("input '" + shorten(name) + "' must be a number");
            }
            double x = p.getDoubleValue();
            if (!Double.isFinite(x)) {
                throw bad("input '" + shorten(name) + "' must be finite, not " + x);
            }
            if (inputs.size() >= MAX_INPUTS) {
                throw bad("more than " + MAX_INPUTS + " inputs");
            }
            inputs.put(name, x);
        }
    }

    private static boolean bool(JsonParser p, JsonToken value, String field) {
        if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
            throw bad("'" + field + "' must be true or false");
        }
        return value == JsonToken.VALUE_TRUE;
    }

    private static ApiException bad(String message) {
        return new ApiException(400, message);
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String shown = text.length() > 60 ? text.substring(0, 60) + "..." : text;
        return shown.replaceAll("[\\p{Cntrl}]", "?");
    }
}
