package org.lmlens.engine.smoothing;

import java.util.Collections;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;

/** Values the user chose for method parameters, by {@link ParameterSpec#name()}. Immutable. */
public final class Parameters {
    public static final Parameters NONE = new Parameters(Map.of());

    private final Map<String, Double> values;

    private Parameters(Map<String, Double> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static Parameters of(Map<String, Double> values) {
        return new Parameters(values);
    }

    public Parameters with(String name, double value) {
        Map<String, Double> copy = new TreeMap<>(values);
        copy.put(name, value);
        return new Parameters(copy);
    }

    public OptionalDouble get(String name) {
        Double v = values.get(name);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The value set by the user, checked against the spec's range, or the spec's default. */
    public double valueOf(ParameterSpec spec) {
        Double v = values.get(spec.name());
        if (v == null) {
            return spec.defaultValue();
        }
        if (!(v >= spec.min() && v <= spec.max())) {
            throw new LmLensException(EngineMessages.get("smoothing.parameterRange", spec.name(), spec.min(), spec.max(), v));
        }
        return v;
    }

    public Map<String, Double> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
