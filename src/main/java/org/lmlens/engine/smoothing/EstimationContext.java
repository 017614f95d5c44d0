package org.lmlens.engine.smoothing;

import org.lmlens.engine.count.Corpus;

/**
 * Inputs beyond the counts that a few methods need, such as held-out sentences for methods whose
 * weights are fitted on data (Jelinek-Mercer).
 *
 * @param training the training corpus the counts came from, or null when unknown (an ARPA model)
 * @param heldOut  held-out sentences over the training vocabulary, or null to let the method decide
 *                 (for instance carve a slice out of the training text)
 */
public record EstimationContext(Corpus training, Corpus heldOut) {
    public static final EstimationContext NONE = new EstimationContext(null, null);
}
