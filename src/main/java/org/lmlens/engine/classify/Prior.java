package org.lmlens.engine.classify;

import java.util.Locale;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;

/**
 * P(class) in Bayes' rule: equal for every class, or the share of training lines (the maximum-likelihood
 * estimate, SLP3 eq. 4.5: P(c) = N_c / N_doc).
 */
public enum Prior {
    UNIFORM,
    TRAINING_SIZES;

    /** ln P(c) for classes with these training line counts. */
    double[] logPriors(int[] lines) {
        double[] out = new double[lines.length];
        long total = 0;
        for (int n : lines) {
            total += n;
        }
        for (int c = 0; c < lines.length; c++) {
            out[c] = this == UNIFORM ? -Math.log(lines.length) : Math.log((double) lines[c] / total);
        }
        return out;
    }

    /** The name used on the command line: {@code uniform} or {@code sizes}. */
    public String cliName() {
        return this == UNIFORM ? "uniform" : "sizes";
    }

    public static Prior byCliName(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "uniform" -> UNIFORM;
            case "sizes" -> TRAINING_SIZES;
            default -> throw new LmLensException(EngineMessages.get("classify.prior", name));
        };
    }
}
