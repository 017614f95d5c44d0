package org.lmlens.engine.smoothing;

/**
 * The terms behind one probability P(w | h), for teaching (SLP3 3.5–3.7): how much of the count a
 * method kept, how much weight it gave the shorter context, and which order finally supplied the value.
 * A field that does not apply to a method is 0 ({@link #discount}) or 1 ({@link #lowerOrderWeight} of a
 * method that never backs off is 0). {@code lower} is the same breakdown one order down, or null where
 * the recursion ends.
 *
 * @param order            number of context words actually used (0 = unigram level)
 * @param count            c(h w), raw count of the n-gram
 * @param contextCount     c(h), how often h is followed by any outcome; for a method on adjusted counts,
 *                         the level's denominator Σ_w levelCount(h w)
 * @param probability      P(w | h) under the method
 * @param adjustedCount    c*(h w): the discounted count of Good-Turing and Katz (SLP3 3.6), otherwise the
 *                         reconstituted count P(w | h) · c(h) (SLP3 eq. 3.25)
 * @param discount         amount subtracted from c(h w) (absolute discounting, Kneser-Ney, Katz), or 0
 * @param lowerOrderWeight γ(h) or α(h): the weight given to the shorter context, 0 if none
 * @param lowerOrderProbability P(w | h') one order down, 0 if not used
 * @param suppliedByOrder  the order (n-gram length) whose count finally supplied the probability
 * @param backedOff        whether the probability came from a shorter context because h w was unseen
 * @param lower            the same breakdown for the shorter context, or null
 * @param levelCount       the count this level actually works with: Kneser-Ney's adjusted (continuation)
 *                         count N1+(• h w), or the raw count c(h w) for methods on raw counts
 */
public record Explanation(int order, long count, long contextCount, double probability, double adjustedCount,
                          double discount, double lowerOrderWeight, double lowerOrderProbability,
                          int suppliedByOrder, boolean backedOff, Explanation lower, long levelCount) {
    /** A breakdown for a method that works with raw counts ({@code levelCount = count}). */
    public Explanation(int order, long count, long contextCount, double probability, double adjustedCount,
                       double discount, double lowerOrderWeight, double lowerOrderProbability,
                       int suppliedByOrder, boolean backedOff, Explanation lower) {
        this(order, count, contextCount, probability, adjustedCount, discount, lowerOrderWeight,
                lowerOrderProbability, suppliedByOrder, backedOff, lower, count);
    }
}
