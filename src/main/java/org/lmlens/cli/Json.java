package org.lmlens.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON output of the CLI. Values are plain maps, lists, strings and numbers; a non-finite double is
 * written as the string {@code "Infinity"} (or {@code "-Infinity"}, {@code "NaN"}), since JSON has no
 * such numbers and the CLI promises valid JSON.
 */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(sanitise(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object sanitise(Object value) {
        if (value instanceof Double d && !Double.isFinite(d)) {
            return d.toString();
        }
        if (value instanceof Float f && !Float.isFinite(f)) {
            return Double.toString(f);
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), sanitise(v)));
            return out;
        }
        if (value instanceof Collection<?> c) {
            var out = new ArrayList<>(c.size());
            c.forEach(v -> out.add(sanitise(v)));
            return out;
        }
        return value;
    }

    /** An ordered map from alternating keys and values, for building output objects. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }
}
