package org.lmlens.engine.model;

import java.util.List;

/**
 * How a method shares the probability of one context between the words seen after it in training and
 * all the others, for teaching: maximum likelihood keeps 100 % on the seen continuations (and has no
 * distribution at all for a context never seen); every smoothing method moves some mass to the unseen
 * ones. For stupid back-off the two parts need not add up to 1 (its values are scores).
 *
 * @param context           the context words used (cut to the model's order and at the last {@code <s>})
 * @param contextCount      c(h): how often the context is followed by an outcome in training (0 if never seen)
 * @param seenContinuations N1+(h •): the outcomes seen after the context
 * @param unseenOutcomes    the other outcomes
 * @param seenMass          Σ P(w | h) over the seen continuations
 * @param unseenMass        Σ P(w | h) over the other outcomes
 * @param defined           false when the method has no distribution for the context (MLE, unseen
 *                          context); both masses are then 0
 */
public record MassSplit(List<String> context, long contextCount, int seenContinuations, int unseenOutcomes,
                        double seenMass, double unseenMass, boolean defined) {
    public MassSplit {
        context = List.copyOf(context);
    }

    /** What maximum likelihood keeps on the seen continuations: 1, or NaN for a context never seen. */
    public double mleSeenMass() {
        return contextCount > 0 ? 1.0 : Double.NaN;
    }
}
