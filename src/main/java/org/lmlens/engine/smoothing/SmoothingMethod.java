package org.lmlens.engine.smoothing;

import java.util.List;
import org.lmlens.engine.count.NgramCounts;

/**
 * One smoothing method (NLTK's "one Smoothing strategy per method"): a stateless factory that turns
 * counts into an {@link Estimator} for a given order and parameters. Building an estimator must be cheap
 * (no recount): the counts are shared by all methods and orders.
 *
 * <p>What the CLI, the desktop app and the exports need to know about a method, the method says itself:
 * its name and description, its parameters, whether it is normalised, its {@link #formula()} and its
 * {@link #arpaForm()}. Nothing elsewhere switches on method names; a new method is its class, its
 * formula template, and an entry in {@link Methods} (or a {@link Methods#register} call).
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

    /** The formula the method computes, for teaching (Smoothing explained); the generic form by default. */
    default Formula formula() {
        return Formula.GENERIC;
    }

    /** Whether its models can be written as ARPA back-off files; refused by default. */
    default ArpaForm arpaForm() {
        return ArpaForm.NO_BACKOFF_WEIGHTS;
    }

    /**
     * Whether a comparison of methods (held-out evaluation) selects it before the user chooses: the few
     * that show the classic progression, add-one to modified Kneser-Ney (Chen &amp; Goodman 1998, fig. 7).
     */
    default boolean inDefaultComparison() {
        return false;
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
