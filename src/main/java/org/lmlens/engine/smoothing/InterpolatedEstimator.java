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

    /** False when a subclass redefines {@link #probability}: then the stateful pass would not match it. */
    private final boolean statefulScoring;

    /**
     * The recursion's terms, precomputed for scoring (null until first needed, or when memory is short), a
     * pair per n-gram i of order j: {@code terms[j][2i]} is α_j of the n-gram (0 when level j does not use
     * its context) and {@code terms[j][2i+1]} is γ_{j+1} of it as a context (1 when level j+1 does not use
     * it, which leaves p unchanged exactly as skipping the level does). Side by side because the γ a token
     * needs is that of the n-gram whose α the previous token read: one cache line, and no virtual call per
     * level. 16 bytes per n-gram, built in one pass on first use.
     */
    private volatile double[][] terms;
    /** For benchmarks: {@code -Dlmlens.scoring.noTables=true} scores per token, as when memory is short. */
    private static final boolean NO_TERMS = Boolean.getBoolean("lmlens.scoring.noTables");
    private volatile double[] baseTable;
    private boolean termsTried;
    /** Tokens scored without the terms so far: they are built once these would have paid for them. */
    private final java.util.concurrent.atomic.AtomicLong untabledTokens = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean alwaysTables;
    /** Stored n-grams of orders 1..order: what building the terms costs, in units of about 10 ns. */
    private final long ngrams;

    protected InterpolatedEstimator(NgramCounts counts, int order) {
        super(counts, order);
        this.outcomes = counts.vocabulary().outcomeCount();
        this.statefulScoring = declaresOwnProbability();
        long stored = 0;
        for (int j = 1; j <= order; j++) {
            stored += counts.size(j);
        }
        this.ngrams = stored;
    }

    private boolean declaresOwnProbability() {
        try {
            return getClass().getMethod("probability", int[].class, int.class, int.class, int.class)
                    .getDeclaringClass() == InterpolatedEstimator.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
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

    @Override
    public double probability(int[] history, int from, int to, int word) {
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
     * The same recursion as {@link #probability}, term for term (so the results are identical), but the
     * contexts of each token come from the previous token's lookups (one binary search per level above the
     * longest match instead of a fresh search for every suffix of every history), and the terms come from
     * {@link #terms}, with no virtual call. Without the terms (memory short, or a subclass that redefines
     * {@link #probability}) it asks {@link #probability} per token.
     */
    @Override
    public void sentenceProbabilities(int[] tokens, int start, int end, double[] out) {
        double[][] t = statefulScoring ? terms(end - start) : null;
        if (t == null) {
            super.sentenceProbabilities(tokens, start, end, out);
            return;
        }
        double[] base = baseTable;
        int[] ctx = new int[order + 1];
        int[] hit = new int[order + 2];
        int len = advanceSuffixes(ctx, hit, lookupSuffixes(ctx, 0, tokens[start], hit));
        for (int i = start + 1; i < end; i++) {
            int word = tokens[i];
            int top = lookupSuffixes(ctx, len, word, hit);
            double p = 0;
            if (word != Vocabulary.BOS) {
                p = base[word];
                for (int k = 1; k <= len + 1; k++) {
                    int child = hit[k];
                    double a = child >= 0 ? t[k][2 * child] : 0;
                    p = a + t[k - 1][2 * ctx[k - 1] + 1] * p;
                }
            }
            out[i - start - 1] = p;
            len = advanceSuffixes(ctx, hit, top);
        }
    }

    /** Scores per token from now on, as when memory is short (tests compare both paths). */
    synchronized void scoreWithoutTables() {
        termsTried = true;
        terms = null;
    }

    /** Whether the terms are built (tests). */
    boolean hasTables() {
        return terms != null;
    }

    /** Builds the terms at the next scoring call, however few tokens it scores (tests compare both paths). */
    void scoreWithTables() {
        alwaysTables = true;
    }

    /**
     * The precomputed terms, or null: not yet worth building, or they would not fit comfortably in the heap.
     * Building them costs about 10 ns per n-gram and saves about 75 ns per token scored (Witten-Bell, order 3,
     * 100k words of Brown): they are built once the tokens scored without them reach an eighth of the
     * n-grams. A single small test set (the CLI's eval of 11k tokens) is then scored per token, 40 % faster
     * than building the terms first; repeated evaluations of a test set (the app's Evaluate tab) build them
     * after a few runs.
     */
    private double[][] terms(int tokens) {
        double[][] t = terms;
        if (t != null || termsTried || NO_TERMS) {
            return t;
        }
        if (!alwaysTables && untabledTokens.addAndGet(tokens) < ngrams / 8) {
            return null;
        }
        synchronized (this) {
            if (terms == null && !termsTried) {
                termsTried = true;
                long cells = counts.size(1);
                for (int j = 0; j <= order; j++) {
                    cells += 2L * (j == 0 ? 1 : counts.size(j));
                }
                Runtime rt = Runtime.getRuntime();
                long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
                if (cells * Double.BYTES < free / 4 && cells < Integer.MAX_VALUE) {
                    terms = buildTerms();
                }
            }
            return terms;
        }
    }

    private double[][] buildTerms() {
        double[] base = new double[counts.size(1)];
        for (int w = 0; w < base.length; w++) {
            base[w] = base(w);
        }
        double[][] t = new double[order + 1][];
        for (int j = 0; j <= order; j++) {
            int size = j == 0 ? 1 : counts.size(j);
            double[] row = new double[2 * size];
            for (int i = 0; i < size; i++) {
                if (j > 0) {
                    int ctx = counts.prefix(j, i);
                    row[2 * i] = hasContext(j, ctx) ? alpha(j, ctx, i) : 0;
                }
                row[2 * i + 1] = j < order && hasContext(j + 1, i) ? gamma(j + 1, i) : 1;
            }
            t[j] = row;
        }
        baseTable = base;
        return t;
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
