package org.lmlens.engine.smoothing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;

/**
 * Interpolated Kneser-Ney smoothing with one discount per order (Kneser &amp; Ney 1995; Chen &amp; Goodman
 * 1998, section 2.7, eqs. 12–13; SLP3 eqs. 3.33–3.35):
 *
 * <pre>
 *   P_k(w | h) = max(a(h w) − D_k, 0) / Σ_v a(h v)  +  D_k · N1+(h •) / Σ_v a(h v) · P_{k−1}(w | h')
 * </pre>
 *
 * down to the uniform distribution 1/|O|, where the count a(g) a level works with is
 * <ul>
 *   <li>at the model's highest order: the raw count c(g);</li>
 *   <li>at lower orders: the continuation count N1+(• g), the number of distinct words seen before g
 *       (a word that follows many different contexts is a likely continuation of a new one);</li>
 *   <li>for an n-gram that starts with {@code <s>}: its raw count at every order, because nothing can
 *       precede {@code <s>}, so its continuation count would be 0 (KenLM's {@code adjust_counts.cc} does
 *       the same).</li>
 * </ul>
 * Every n-gram that does not start with {@code <s>} occurs after some word, so N1+(• g) = 0 exactly when g
 * starts with {@code <s>}: that is how the rule is applied. D_k = n1 / (n1 + 2·n2) from the count-of-counts
 * of the counts the level works with (raw at the top, adjusted below, as KenLM does), or the user's
 * {@code --discount}; 0.5 with a notice when n1 or n2 is 0. A context whose adjusted counts sum to 0 is
 * not used by its level (the recursion passes to the shorter context), so every distribution sums to 1.
 */
public final class KneserNey implements SmoothingMethod {
    private static final Formula FORMULA = Formula.of(KneserNey.class, FormulaCases::discounted);

    @Override
    public String name() {
        return "kneser-ney";
    }

    @Override
    public String description() {
        return "Kneser-Ney: absolute discounting whose lower orders count the contexts a word follows";
    }

    /** {@code KneserNey.tex}. */
    @Override
    public Formula formula() {
        return FORMULA;
    }

    @Override
    public ArpaForm arpaForm() {
        return ArpaForm.BACKOFF;
    }

    @Override
    public boolean inDefaultComparison() {
        return true;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(Discounts.DISCOUNT);
    }

    @Override
    public Estimator estimate(NgramCounts counts, int order, Parameters parameters, EstimationContext context) {
        return new KneserNeyEstimator(counts, order, parameters);
    }

    static final class KneserNeyEstimator extends InterpolatedEstimator {
        private final double[] d;
        /** Per level k &lt; order: Σ_v a(h v) and the number of v with a(h v) &gt; 0, by context index at k-1. */
        private final long[][] denominator;
        private final int[][] nonZero;
        private final List<String> notices = new ArrayList<>();

        KneserNeyEstimator(NgramCounts counts, int order, Parameters parameters) {
            super(counts, order);
            d = new double[order + 1];
            denominator = new long[order][];
            nonZero = new int[order][];
            for (int k = 1; k < order; k++) {
                int contexts = k == 1 ? 1 : counts.size(k - 1);
                denominator[k] = new long[contexts];
                nonZero[k] = new int[contexts];
                long n1 = 0;
                long n2 = 0;
                for (int g = 0, size = counts.size(k); g < size; g++) {
                    long a = adjusted(k, g);
                    if (a > 0) {
                        int ctx = counts.prefix(k, g);
                        denominator[k][ctx] += a;
                        nonZero[k][ctx]++;
                        n1 += a == 1 ? 1 : 0;
                        n2 += a == 2 ? 1 : 0;
                    }
                }
                d[k] = Discounts.choose(parameters, k, n1, n2, notices);
            }
            d[order] = Discounts.choose(parameters, order, counts.countOfCount(order, 1),
                    counts.countOfCount(order, 2), notices);
        }

        /** a(g) at a lower level k: N1+(• g), or c(g) for an n-gram starting with {@code <s>}; 0 for {@code <s>} alone. */
        private long adjusted(int k, int g) {
            if (k == 1 && g == Vocabulary.BOS) {
                return 0;
            }
            int continuation = counts.continuationCount(k, g);
            return continuation > 0 ? continuation : counts.count(k, g);
        }

        @Override
        protected long levelCount(int k, int ngram) {
            return k == order ? counts.count(k, ngram) : adjusted(k, ngram);
        }

        @Override
        protected long levelContextCount(int k, int ctx) {
            return k == order ? counts.contextCount(k - 1, ctx) : denominator[k][ctx];
        }

        private int levelContinuations(int k, int ctx) {
            return k == order ? counts.distinctContinuations(k - 1, ctx) : nonZero[k][ctx];
        }

        @Override
        protected boolean hasContext(int k, int ctx) {
            return levelContextCount(k, ctx) > 0;
        }

        @Override
        protected double alpha(int k, int ctx, int ngram) {
            return Math.max(levelCount(k, ngram) - d[k], 0) / levelContextCount(k, ctx);
        }

        @Override
        protected double gamma(int k, int ctx) {
            return d[k] * levelContinuations(k, ctx) / levelContextCount(k, ctx);
        }

        @Override
        protected double discount(int k, int ctx, int ngram) {
            return Math.min(d[k], levelCount(k, ngram));
        }

        @Override
        public Map<String, Object> fittedParameters() {
            return Map.of("D", perOrder(d, 1));
        }

        @Override
        public List<String> notices() {
            return List.copyOf(notices);
        }
    }
}
