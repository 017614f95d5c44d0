package org.lmlens.engine.smoothing;

import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;

/**
 * The one interpolation recursion shared by every interpolated method (NLTK's
 * {@code InterpolatedLanguageModel}; Chen &amp; Goodman 1998, eq. 4 and section 2.4):
 *
 * <pre>
 *   P_k(w | h) = α_k(h, w) + γ_k(h) · P_{k-1}(w | h')      if level k has context h
 *   P_k(w | h) = P_{k-1}(w | h')                            otherwise
 *   P_0(w)     = base(w)   (uniform 1/|O| unless a method says otherwise)
 * </pre>
 *
 * where level k predicts with a context h of k-1 words, h' is h without its first word, and α_k(h, w)
 * is 0 for an n-gram h w that level k never saw. A subclass supplies α, γ and which contexts a level
 * has; it must guarantee Σ_w α_k(h, w) + γ_k(h) = 1 for every context it claims, which makes every
 * distribution sum to 1 by induction.
 *
 * <p>Lookup cost: the longest stored suffix of the history is found once, and every shorter one is
 * reached through {@link NgramCounts#suffix}, with no further search. {@link #distribution} fills the
 * whole vocabulary in one pass per level: scale by γ, then add α over the context's seen children.
 *
 * <p>Every interpolated estimator is also a back-off model ({@link BackoffForm}): the stored n-grams keep
 * their interpolated probability and γ becomes the back-off weight, which is how it is written as ARPA.
 */
public abstract class InterpolatedEstimator extends Estimator implements BackoffForm {
    protected final int outcomes;

    /** The precomputed terms for scoring, built on first use (see {@link #sentenceProbabilities}). */
    private volatile ScoringTerms terms;
    private volatile boolean termsTried;

    protected InterpolatedEstimator(NgramCounts counts, int order) {
        super(counts, order);
        this.outcomes = counts.vocabulary().outcomeCount();
    }

    /** Whether level k (1..order) has context {@code ctx} (an index at order k-1; 0 = root for k = 1). */
    protected abstract boolean hasContext(int k, int ctx);

    /** α_k(h, w) for an n-gram {@code ngram} (index at order k) that was seen, with context {@code ctx}. */
    protected abstract double alpha(int k, int ctx, int ngram);

    /** γ_k(h): the weight of the shorter context, for a context that {@link #hasContext}. */
    protected abstract double gamma(int k, int ctx);

    /** The count level k works with for an n-gram (raw by default; Kneser-Ney uses continuation counts). */
    protected long levelCount(int k, int ngram) {
        return counts.count(k, ngram);
    }

    /** The denominator level k divides by for a context (raw c(h) by default). */
    protected long levelContextCount(int k, int ctx) {
        return counts.contextCount(k - 1, ctx);
    }

    /** The amount subtracted from the count of a seen n-gram at level k, for explanations (0 by default). */
    protected double discount(int k, int ctx, int ngram) {
        return 0;
    }

    /** P_0(w): uniform over the outcomes. */
    protected double base(int word) {
        return word == Vocabulary.BOS ? 0 : 1.0 / outcomes;
    }

    /**
     * Fills {@code ctx[j]} with the index at order j of the last j words of the history, for j = 0..L,
     * and returns L: the length of the longest suffix (at most order-1) seen in training as a context with
     * c(h) &gt; 0. (A stored n-gram ending in {@code </s>} has c(h) = 0 and is skipped, so a subclass never
     * sees a context it cannot divide by.)
     */
    protected final int contexts(int[] history, int from, int to, int[] ctx) {
        return Contexts.longest(counts, order, history, from, to, ctx);
    }

    /** Final: {@link ScoringTerms} scores with the same recursion, so no subclass may change it. */
    @Override
    public final double probability(int[] history, int from, int to, int word) {
        if (word == Vocabulary.BOS) {
            return 0;
        }
        int[] ctx = new int[order];
        int len = contexts(history, from, to, ctx);
        double p = base(word);
        for (int k = 1; k <= len + 1; k++) {
            int c = ctx[k - 1];
            if (!hasContext(k, c)) {
                continue;
            }
            int child = counts.child(k - 1, c, word);
            double a = child >= 0 ? alpha(k, c, child) : 0;
            p = a + gamma(k, c) * p;
        }
        return p;
    }

    /**
     * The same recursion as {@link #probability}, term for term, from {@link ScoringTerms} (built at the
     * first call); per token when the terms would not fit comfortably in the heap.
     */
    @Override
    public void sentenceProbabilities(int[] tokens, int start, int end, double[] out) {
        ScoringTerms t = terms();
        if (t == null) {
            super.sentenceProbabilities(tokens, start, end, out);
        } else {
            t.sentenceProbabilities(tokens, start, end, out);
        }
    }

    private ScoringTerms terms() {
        ScoringTerms t = terms;
        if (t != null || termsTried) {
            return t;
        }
        synchronized (this) {
            if (!termsTried) {
                terms = ScoringTerms.of(this);
                termsTried = true;
            }
            return terms;
        }
    }

    @Override
    public boolean distribution(int[] history, int from, int to, double[] out) {
        int[] ctx = new int[order];
        int len = contexts(history, from, to, ctx);
        for (int w = 0; w < out.length; w++) {
            out[w] = base(w);
        }
        for (int k = 1; k <= len + 1; k++) {
            int c = ctx[k - 1];
            if (!hasContext(k, c)) {
                continue;
            }
            double g = gamma(k, c);
            for (int w = 0; w < out.length; w++) {
                out[w] *= g;
            }
            for (int i = counts.childStart(k - 1, c), end = counts.childEnd(k - 1, c); i < end; i++) {
                int w = counts.word(k, i);
                if (w != Vocabulary.BOS && (k > 1 || counts.count(1, i) > 0)) {
                    out[w] += alpha(k, c, i);
                }
            }
        }
        out[Vocabulary.BOS] = 0;
        return true;
    }

    @Override
    public Explanation explain(int[] history, int from, int to, int word) {
        int[] ctx = new int[order];
        int len = contexts(history, from, to, ctx);
        int fullLength = Math.min(to - from, order - 1);
        Explanation lower = null;
        double p = base(word);
        int supplied = 0;
        for (int k = 1; k <= len + 1; k++) {
            int c = ctx[k - 1];
            int child = counts.child(k - 1, c, word);
            long count = child >= 0 ? counts.count(k, child) : 0;
            long levelCount = child >= 0 ? levelCount(k, child) : 0;
            if (count > 0) {
                supplied = k;
            }
            if (!hasContext(k, c)) {
                lower = new Explanation(k - 1, count, 0, p, 0, 0, 1, p, supplied, true, lower, levelCount);
                continue;
            }
            double a = child >= 0 ? alpha(k, c, child) : 0;
            double g = gamma(k, c);
            double lowerP = p;
            p = a + g * p;
            long ch = levelContextCount(k, c);
            lower = new Explanation(k - 1, count, ch, p, p * ch, child >= 0 ? discount(k, c, child) : 0, g, lowerP,
                    supplied, count == 0, lower, levelCount);
        }
        // Context words the caller gave that no level could use (never seen) still count as backing off.
        if (len < fullLength && lower != null) {
            lower = new Explanation(fullLength, 0, 0, p, 0, 0, 1, p, supplied, true, lower, 0);
        }
        return lower;
    }

    /**
     * The ARPA back-off weight of a stored n-gram used as a context: γ_{k+1}(h) for h = (k, index) when level
     * k+1 has that context, else 1 (the recursion skips the level). With {@link #probability} for the stored
     * n-grams this is the whole model in back-off form: for an unseen h w, P(w | h) = α + γ·P(w | h') with
     * α = 0, which is exactly the ARPA rule bow(h)·P(w | h').
     */
    @Override
    public final double backoffWeight(int contextOrder, int index) {
        if (contextOrder >= order) {
            return 1;
        }
        return hasContext(contextOrder + 1, index) ? gamma(contextOrder + 1, index) : 1;
    }

    /** Helper for subclasses: an array of per-order values as a readable list, for {@link #fittedParameters}. */
    protected static String perOrder(double[] values, int fromOrder) {
        StringBuilder sb = new StringBuilder();
        for (int k = fromOrder; k < values.length; k++) {
            sb.append(sb.length() == 0 ? "" : ", ").append(k).append(": ").append(values[k]);
        }
        return sb.toString();
    }
}
