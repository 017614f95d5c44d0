package org.lmlens.engine.smoothing;

import java.util.Arrays;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;

/**
 * Maximum likelihood estimation (SLP3 eq. 3.11): P(w | h) = c(h w) / c(h), with c(h) the number of times
 * h is followed by any outcome. Unseen n-grams get 0, so a test text with one unseen event has infinite
 * perplexity; a context never seen in training has no distribution at all ({@link #isDefined} is false),
 * which the engine reports rather than inventing one.
 */
public final class MaximumLikelihood implements SmoothingMethod {
    private static final Formula FORMULA = Formula.of(MaximumLikelihood.class, FormulaCases::ratio);

    @Override
    public String name() {
        return "mle";
    }

    @Override
    public String description() {
        return "Maximum likelihood: relative frequency c(h w) / c(h); unseen events get probability 0";
    }

    /** {@code MaximumLikelihood.tex}. */
    @Override
    public Formula formula() {
        return FORMULA;
    }

    @Override
    public ArpaForm arpaForm() {
        return ArpaForm.refused("arpa.why.mle");
    }

    @Override
    public Estimator estimate(NgramCounts counts, int order, Parameters parameters, EstimationContext context) {
        return new MleEstimator(counts, order);
    }

    static final class MleEstimator extends Estimator {
        MleEstimator(NgramCounts counts, int order) {
            super(counts, order);
        }

        @Override
        public boolean isDefined(int[] history, int from, int to) {
            int ctx = counts.find(history, from, to);
            return ctx >= 0 && counts.contextCount(to - from, ctx) > 0;
        }

        @Override
        public double probability(int[] history, int from, int to, int word) {
            if (word == Vocabulary.BOS) {
                return 0;
            }
            int len = to - from;
            int ctx = counts.find(history, from, to);
            if (ctx < 0) {
                return 0;
            }
            long ch = counts.contextCount(len, ctx);
            int child = counts.child(len, ctx, word);
            return ch == 0 || child < 0 ? 0 : (double) counts.count(len + 1, child) / ch;
        }

        /** {@link #probability} for a whole sentence, carrying the history's trie index from token to token. */
        @Override
        public void sentenceProbabilities(int[] tokens, int start, int end, double[] out) {
            int ctx = order == 1 ? 0 : counts.find(tokens, start, start + 1);
            for (int i = start + 1; i < end; i++) {
                int word = tokens[i];
                int len = Math.min(i - start, order - 1);
                int child = ctx < 0 ? -1 : counts.child(len, ctx, word);
                double p = 0;
                if (word != Vocabulary.BOS && ctx >= 0) {
                    long ch = counts.contextCount(len, ctx);
                    p = ch == 0 || child < 0 ? 0 : (double) counts.count(len + 1, child) / ch;
                }
                out[i - start - 1] = p;
                ctx = nextHistory(tokens, start, i, len, ctx, child);
            }
        }

        @Override
        public boolean distribution(int[] history, int from, int to, double[] out) {
            int len = to - from;
            int ctx = counts.find(history, from, to);
            if (ctx < 0 || counts.contextCount(len, ctx) == 0) {
                return false;
            }
            double ch = counts.contextCount(len, ctx);
            Arrays.fill(out, 0);
            for (int i = counts.childStart(len, ctx), end = counts.childEnd(len, ctx); i < end; i++) {
                int w = counts.word(len + 1, i);
                if (w != Vocabulary.BOS) {
                    out[w] = counts.count(len + 1, i) / ch;
                }
            }
            return true;
        }

        @Override
        public Explanation explain(int[] history, int from, int to, int word) {
            int len = to - from;
            int ctx = counts.find(history, from, to);
            long ch = ctx < 0 ? 0 : counts.contextCount(len, ctx);
            int child = ctx < 0 ? -1 : counts.child(len, ctx, word);
            long c = child < 0 ? 0 : counts.count(len + 1, child);
            double p = ch == 0 ? 0 : (double) c / ch;
            return new Explanation(len, c, ch, p, c, 0, 0, 0, c > 0 ? len + 1 : 0, false, null);
        }
    }
}
