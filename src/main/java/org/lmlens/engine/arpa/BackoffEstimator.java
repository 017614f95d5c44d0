package org.lmlens.engine.arpa;

import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.smoothing.Estimator;
import org.lmlens.engine.smoothing.Explanation;

/**
 * P(w | h) of a stored back-off model by the standard rule (SRILM's and KenLM's), in log10 space over
 * single-precision values, wherever they are stored (a model read from an ARPA file, in the engine's trie;
 * a compact model file, memory-mapped):
 *
 * <pre>
 *   P(w | h) = p(h w)                if h w is stored
 *            = bow(h) · P(w | h')    otherwise, with bow(h) = 1 when h is not stored
 * </pre>
 *
 * The values are taken as given, so a distribution sums to 1 only as well as the stored model does. A
 * subclass says where the n-grams are: indexes per order, children of a context contiguous and sorted.
 */
public abstract class BackoffEstimator extends Estimator {
    protected BackoffEstimator(NgramCounts counts, int order) {
        super(counts, order);
    }

    /** The index of n-gram {@code ids[from..to)} at order to-from, or -1 when not stored (each length on its own). */
    protected abstract long find(int[] ids, int from, int to);

    /** The index at order k+1 of (n-gram {@code parent} of order k, w), or -1; k = 0 is the root. */
    protected abstract long child(int k, long parent, int w);

    /** The first child at order k+1 of n-gram {@code index} of order k; its children end at index + 1's. */
    protected abstract long firstChild(int k, long index);

    /** The last word of n-gram {@code index} of order k. */
    protected abstract int word(int k, long index);

    protected abstract float log10Probability(int k, long index);

    /** log10 bow(n-gram {@code index} of order k); 0 when it has none. */
    protected abstract float log10Backoff(int k, long index);

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
            long c = l == 0 ? 0 : find(history, to - l, to);
            if (c < 0) {
                continue;
            }
            long child = child(l, c, word);
            if (child >= 0) {
                return Math.pow(10, log10 + log10Probability(l + 1, child));
            }
            log10 += l > 0 ? log10Backoff(l, c) : 0;
        }
        return 0; // not reached: every vocabulary id is a unigram
    }

    /** ctx[l] = index at order l of the last l words of the history, or -1; returns the length used. */
    private int contexts(int[] history, int from, int to, long[] ctx) {
        int len = Math.min(to - from, order - 1);
        ctx[0] = 0;
        for (int l = 1; l <= len; l++) {
            ctx[l] = find(history, to - l, to);
        }
        return len;
    }

    @Override
    public boolean distribution(int[] history, int from, int to, double[] out) {
        long[] ctx = new long[order];
        int len = contexts(history, from, to, ctx);
        for (int w = 0; w < out.length; w++) {
            out[w] = Math.pow(10, log10Probability(1, w));
        }
        for (int l = 1; l <= len; l++) {
            long c = ctx[l];
            if (c < 0) {
                continue;
            }
            double bow = Math.pow(10, log10Backoff(l, c));
            for (int w = 0; w < out.length; w++) {
                out[w] *= bow;
            }
            for (long i = firstChild(l, c), end = firstChild(l, c + 1); i < end; i++) {
                out[word(l + 1, i)] = Math.pow(10, log10Probability(l + 1, i));
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
        double p = word == Vocabulary.BOS ? 0 : Math.pow(10, log10Probability(1, word));
        Explanation ex = new Explanation(0, 0, 0, p, 0, 0, 0, 0, 1, false, null, 0);
        int supplied = 1;
        for (int l = 1; l <= len; l++) {
            long c = ctx[l];
            long child = c < 0 ? -1 : child(l, c, word);
            double lower = p;
            if (child >= 0 && word != Vocabulary.BOS) {
                p = Math.pow(10, log10Probability(l + 1, child));
                supplied = l + 1;
                ex = new Explanation(l, 0, 0, p, 0, 0, 0, lower, supplied, false, ex, 0);
            } else {
                double bow = c < 0 ? 1 : Math.pow(10, log10Backoff(l, c));
                p = bow * lower;
                ex = new Explanation(l, 0, 0, p, 0, 0, bow, lower, supplied, true, ex, 0);
            }
        }
        return ex;
    }
}
