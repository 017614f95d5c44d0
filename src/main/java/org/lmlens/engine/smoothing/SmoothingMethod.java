package org.lmlens.engine.smoothing;

import java.util.List;
import org.lmlens.engine.count.NgramCounts;

/**
 * One smoothing method (NLTK's "one Smoothing strategy per method"): a stateless factory that turns
 * counts into an {@link Estimator} for a given order and parameters. Building an estimator must be cheap
 * (no recount): the counts are shared by all methods and orders.
 */
public interface SmoothingMethod {
    /** The name used on the command line and in settings, e.g. {@code lidstone}. */
    String name();

    /** A one-line description for tooltips and {@code --help}. */
    String description();

    /** Whether every conditional distribution sums to 1 (false only for stupid back-off). */
    default boolean isNormalised() {
        return true;
    }

    /** The user-tunable parameters, empty for most methods. */
    default List<ParameterSpec> parameters() {
        return List.of();
    }

    /**
     * Builds the estimator for {@code order} (1..counts.maxOrder()).
     *
     * @param context extra inputs some methods need (held-out text for Jelinek-Mercer); may be
     *                {@link EstimationContext#NONE}
     */
    Estimator estimate(NgramCounts counts, int order, Parameters parameters, EstimationContext context);
}
