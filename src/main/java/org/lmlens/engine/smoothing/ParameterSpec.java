package org.lmlens.engine.smoothing;

/**
 * A tunable number of a smoothing method (k of Lidstone, D of absolute discounting…), with the range a
 * slider offers and the value used when the user sets none. {@code name} is the CLI option without
 * dashes and the key in {@link Parameters}.
 */
public record ParameterSpec(String name, String description, double min, double max, double defaultValue) {
    public ParameterSpec {
        if (!(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException(name + ": default outside [min, max]");
        }
    }
}
