package org.lmlens.engine.smoothing;

import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;

/**
 * Additive smoothing (SLP3 eqs. 3.24 and 3.27): P(w | h) = (c(h w) + k) / (c(h) + k·|O|), where O is the
 * set of outcomes (vocabulary words, {@code </s>}, {@code <unk>}). It sums to 1 because the counts of
 * h's continuations add up to c(h). A context never seen gives the uniform distribution 1/|O|. Shared by
 * {@link Laplace} (k = 1) and {@link Lidstone} (any k &gt; 0).
 */
final class AdditiveEstimator extends Estimator {
    private final double k;
    private final int outcomes;

    AdditiveEstimator(NgramCounts counts, int order, double k) {
        super(counts, order);
        this.k = k;
        this.outcomes = counts.vocabulary().outcomeCount();
    }

    private long contextCount(int[] history, int from, int to) {
        int ctx = counts.find(history, from, to);
        return ctx < 0 ? 0 : counts.contextCount(to - from, ctx);
    }

    @Override
    public double probability(int[] history, int from, int to, int word) {
        if (word == Vocabulary.BOS) {
            return 0;
        }
        int len = to - from;
        int ctx = counts.find(history, from, to);
        long ch = ctx < 0 ? 0 : counts.contextCount(len, ctx);
        int child = ch == 0 ? -1 : counts.child(len, ctx, word);
        long c = child < 0 ? 0 : counts.count(len + 1, child);
        return (c + k) / (ch + k * outcomes);
    }

    /** {@link #probability} for a whole sentence, carrying the history's trie index from token to token. */
    @Override
    public void sentenceProbabilities(int[] tokens, int start, int end, double[] out) {
        int ctx = order == 1 ? 0 : counts.find(tokens, start, start + 1);
        for (int i = start + 1; i < end; i++) {
            int word = tokens[i];
            int len = Math.min(i - start, order - 1);
            int child = ctx < 0 ? -1 : counts.child(len, ctx, word);
            if (word == Vocabulary.BOS) {
                out[i - start - 1] = 0;
            } else {
                long ch = ctx < 0 ? 0 : counts.contextCount(len, ctx);
                long c = ch == 0 || child < 0 ? 0 : counts.count(len + 1, child);
                out[i - start - 1] = (c + k) / (ch + k * outcomes);
            }
            ctx = nextHistory(tokens, start, i, len, ctx, child);
        }
    }

    @Override
    public boolean distribution(int[] history, int from, int to, double[] out) {
        int len = to - from;
        int ctx = counts.find(history, from, to);
        long ch = ctx < 0 ? 0 : counts.contextCount(len, ctx);
        double denominator = ch + k * outcomes;
        java.util.Arrays.fill(out, k / denominator);
        out[Vocabulary.BOS] = 0;
        if (ch > 0) {
            for (int i = counts.childStart(len, ctx), end = counts.childEnd(len, ctx); i < end; i++) {
                int w = counts.word(len + 1, i);
                if (w != Vocabulary.BOS) {
                    out[w] = (counts.count(len + 1, i) + k) / denominator;
                }
            }
        }
        return true;
    }

    @Override
    public Explanation explain(int[] history, int from, int to, int word) {
        int len = to - from;
        long ch = contextCount(history, from, to);
        int ctx = counts.find(history, from, to);
        int child = ch == 0 ? -1 : counts.child(len, ctx, word);
        long c = child < 0 ? 0 : counts.count(len + 1, child);
        double p = probability(history, from, to, word);
        return new Explanation(len, c, ch, p, p * ch, 0, 0, 0, c > 0 ? len + 1 : 0, false, null);
    }

    @Override
    public java.util.Map<String, Object> fittedParameters() {
        return java.util.Map.of("k", k, "outcomes", outcomes);
    }
}
