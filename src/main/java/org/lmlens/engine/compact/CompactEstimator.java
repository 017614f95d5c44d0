package org.lmlens.engine.compact;

import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.smoothing.Estimator;
import org.lmlens.engine.smoothing.Explanation;

/**
 * P(w | h) of a compact model by the standard back-off rule (SRILM's and KenLM's), in log10 space over the
 * stored single-precision values, read from the memory-mapped file:
 *
 * <pre>
 *   P(w | h) = p(h w)                if h w is stored
 *            = bow(h) · P(w | h')    otherwise, with bow(h) = 1 when h is not stored
 * </pre>
 *
 * The same rule, term for term, as the model read from the same model's ARPA file, so both give the same
 * probabilities. The {@link NgramCounts} this estimator carries is the model's vocabulary with empty higher
 * orders: every n-gram lookup goes to the file. It is no {@code BackoffForm}, since {@code ArpaWriter} walks the
 * n-grams of the counts, which live in the file: a compact model is already what an export would write.
 */
final class CompactEstimator extends Estimator {
    private final CompactModel model;

    CompactEstimator(CompactModel model, NgramCounts skeleton, int order) {
        super(skeleton, order);
        this.model = model;
    }

    /** ctx[l] = index at order l of the last l words of the history, or -1; returns the length used. */
    private int contexts(int[] history, int from, int to, long[] ctx) {
        int len = Math.min(to - from, order - 1);
        ctx[0] = 0;
        for (int l = 1; l <= len; l++) {
            ctx[l] = model.find(history, to - l, to);
        }
        return len;
    }

    /**
     * From the longest context down, each looked up only when the longer one did not have the word: most
     * tokens of a test text are found at a long context, so the shorter lookups are skipped.
     */
    @Override
    public double probability(int[] history, int from, int to, int word) {
        if (word == Vocabulary.BOS) {
            return 0;
        }
        int len = Math.min(to - from, order - 1);
        double log10 = 0;
        for (int l = len; l >= 0; l--) {
            long c = l == 0 ? 0 : model.find(history, to - l, to);
            if (c < 0) {
                continue;
            }
            long child = model.child(l, c, word);
            if (child >= 0) {
                return Math.pow(10, log10 + model.log10Probability(l + 1, child));
            }
            log10 += l > 0 ? model.log10Backoff(l, c) : 0;
        }
        return 0; // not reached: every vocabulary id is a unigram
    }

    @Override
    public boolean distribution(int[] history, int from, int to, double[] out) {
        long[] ctx = new long[order];
        int len = contexts(history, from, to, ctx);
        for (int w = 0; w < out.length; w++) {
            out[w] = Math.pow(10, model.log10Probability(1, w));
        }
        for (int l = 1; l <= len; l++) {
            long c = ctx[l];
            if (c < 0) {
                continue;
            }
            double bow = Math.pow(10, model.log10Backoff(l, c));
            for (int w = 0; w < out.length; w++) {
                out[w] *= bow;
            }
            for (long i = model.childStart(l, c), end = model.childStart(l, c + 1); i < end; i++) {
                out[model.word(l + 1, i)] = Math.pow(10, model.log10Probability(l + 1, i));
            }
        }
        out[Vocabulary.BOS] = 0;
        return true;
    }

    /** The back-off chain: at each context length, whether h w is stored or bow(h) carried the lower value. */
    @Override
    public Explanation explain(int[] history, int from, int to, int word) {
        long[] ctx = new long[order];
        int len = contexts(history, from, to, ctx);
        double p = word == Vocabulary.BOS ? 0 : Math.pow(10, model.log10Probability(1, word));
        Explanation ex = new Explanation(0, 0, 0, p, 0, 0, 0, 0, 1, false, null, 0);
        int supplied = 1;
        for (int l = 1; l <= len; l++) {
            long c = ctx[l];
            long child = c < 0 ? -1 : model.child(l, c, word);
            double lower = p;
            if (child >= 0 && word != Vocabulary.BOS) {
                p = Math.pow(10, model.log10Probability(l + 1, child));
                supplied = l + 1;
                ex = new Explanation(l, 0, 0, p, 0, 0, 0, lower, supplied, false, ex, 0);
            } else {
                double bow = c < 0 ? 1 : Math.pow(10, model.log10Backoff(l, c));
                p = bow * lower;
                ex = new Explanation(l, 0, 0, p, 0, 0, bow, lower, supplied, true, ex, 0);
            }
        }
        return ex;
    }
}
