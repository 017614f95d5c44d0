package org.lmlens.engine.smoothing;

import org.lmlens.engine.Tuning;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;

/**
 * The terms of an {@link InterpolatedEstimator}'s recursion, computed once for every stored n-gram, and
 * the stateful pass that scores a sentence with them: the same recursion as
 * {@link InterpolatedEstimator#probability}, term for term (so the results are identical), with no
 * virtual call per level and no search for the contexts (each token's come from the previous token's
 * lookups, KenLM's {@code State}).
 *
 * <p>A pair per n-gram i of order j: {@code terms[j][2i]} is α_j of the n-gram (0 when level j does not
 * use its context) and {@code terms[j][2i+1]} is γ_{j+1} of it as a context (1 when level j+1 does not use
 * it, which leaves p unchanged exactly as skipping the level does). Side by side because the γ a token
 * needs is that of the n-gram whose α the previous token read: one cache line. 16 bytes per n-gram.
 */
final class ScoringTerms {
    private final InterpolatedEstimator estimator;
    private final double[][] terms;
    private final double[] base;

    private ScoringTerms(InterpolatedEstimator estimator, double[][] terms, double[] base) {
        this.estimator = estimator;
        this.terms = terms;
        this.base = base;
    }

    /**
     * The terms of the estimator, or null when they would take more than
     * {@link Tuning#SCORING_TERMS_MAX_HEAP_FRACTION} of the free heap.
     */
    static ScoringTerms of(InterpolatedEstimator e) {
        NgramCounts counts = e.counts();
        int order = e.order();
        long cells = counts.size(1);
        for (int j = 0; j <= order; j++) {
            cells += 2L * (j == 0 ? 1 : counts.size(j));
        }
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (cells * Double.BYTES > free * Tuning.SCORING_TERMS_MAX_HEAP_FRACTION || cells >= Integer.MAX_VALUE) {
            return null;
        }
        double[] base = new double[counts.size(1)];
        for (int w = 0; w < base.length; w++) {
            base[w] = e.base(w);
        }
        double[][] t = new double[order + 1][];
        for (int j = 0; j <= order; j++) {
            int size = j == 0 ? 1 : counts.size(j);
            double[] row = new double[2 * size];
            for (int i = 0; i < size; i++) {
                if (j > 0) {
                    int ctx = counts.prefix(j, i);
                    row[2 * i] = e.hasContext(j, ctx) ? e.alpha(j, ctx, i) : 0;
                }
                row[2 * i + 1] = j < order && e.hasContext(j + 1, i) ? e.gamma(j + 1, i) : 1;
            }
            t[j] = row;
        }
        return new ScoringTerms(e, t, base);
    }

    /** As {@link Estimator#sentenceProbabilities}, from the terms. */
    void sentenceProbabilities(int[] tokens, int start, int end, double[] out) {
        int[] ctx = new int[estimator.order() + 1];
        int[] hit = new int[estimator.order() + 2];
        int len = estimator.advanceSuffixes(ctx, hit, estimator.lookupSuffixes(ctx, 0, tokens[start], hit));
        for (int i = start + 1; i < end; i++) {
            int word = tokens[i];
            int top = estimator.lookupSuffixes(ctx, len, word, hit);
            double p = 0;
            if (word != Vocabulary.BOS) {
                p = base[word];
                for (int k = 1; k <= len + 1; k++) {
                    int child = hit[k];
                    double a = child >= 0 ? terms[k][2 * child] : 0;
                    p = a + terms[k - 1][2 * ctx[k - 1] + 1] * p;
                }
            }
            out[i - start - 1] = p;
            len = estimator.advanceSuffixes(ctx, hit, top);
        }
    }
}
