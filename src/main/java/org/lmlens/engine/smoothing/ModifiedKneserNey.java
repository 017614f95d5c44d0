package org.lmlens.engine.smoothing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;

/**
 * Interpolated modified Kneser-Ney (Chen &amp; Goodman 1998, section 3 and eq. 26), estimated exactly as
 * KenLM's {@code lmplz} does (Heafield et al. 2013, "Scalable Modified Kneser-Ney Language Model
 * Estimation", section 3), so that the same training text gives KenLM's probabilities:
 *
 * <pre>
 *   a(g)     adjusted count: the raw count c(g) for an n-gram of the model's highest order and for one
 *            that starts with &lt;s&gt; (it has no left extension); otherwise the continuation count
 *            N1+(• g), the number of distinct words seen before g. a(&lt;s&gt;) = a(&lt;unk&gt;) = 0 at the unigram level.
 *   n_j      number of n-grams of the level's order with a(g) = j (j = 1..4)
 *   Y        = n1 / (n1 + 2 n2)
 *   D_j      = j - (j + 1) Y n_{j+1} / n_j   for j = 1, 2, 3 (D3 is used for every a ≥ 3)
 *   α(h, w)  = (a(h w) - D_{a(h w)}) / Σ_x a(h x)
 *   γ(h)     = (D1 N1(h •) + D2 N2(h •) + D3 N3+(h •)) / Σ_x a(h x)
 *   P(w | h) = α(h, w) + γ(h) · P(w | h'),     P_0(w) = 1 / |O|
 * </pre>
 *
 * where N_j(h •) counts the words after h with adjusted count j (3 meaning 3 or more) and O is every
 * outcome: the vocabulary words, {@code </s>} and {@code <unk>} but not {@code <s>} (KenLM's
 * {@code Interpolate} uses 1 / (|vocabulary| - 1) for the same reason). The unigram level's γ goes to
 * that uniform distribution ({@code lmplz}'s default {@code --interpolate_unigrams}), so {@code <unk>},
 * a zeroton, receives γ_1 / |O| and is interpolated up like any unseen word. The denominators of the
 * unigram level count every word (a(&lt;s&gt;) = 0 adds nothing).
 *
 * <p>The discounts are computed in single precision exactly as KenLM's {@code StatCollector} does (it
 * stores them as {@code float}); the rest is in double precision, so probabilities agree with an
 * {@code lmplz} ARPA file to its float precision (about 7 significant digits).
 *
 * <p>Small or artificial texts: when n_j = 0 for some j ≤ 3, or a D_j falls outside [0, j], KenLM stops
 * with {@code BadDiscountException} unless {@code --discount_fallback} is given. This estimator always
 * falls back, to KenLM's fallback defaults D1 = 0.5, D2 = 1, D3+ = 1.5 for that order, and says so in
 * {@link #notices()}. The discounts in use are in {@link #fittedParameters()}.
 */
public final class ModifiedKneserNey implements SmoothingMethod {
    private static final Formula FORMULA = Formula.of(ModifiedKneserNey.class, FormulaCases::discounted);

    /** KenLM's {@code --discount_fallback} defaults, index j = adjusted count (0 unused). */
    public static final float[] FALLBACK = {0f, 0.5f, 1f, 1.5f};

    @Override
    public String name() {
        return "modified-kneser-ney";
    }

    @Override
    public String description() {
        return "Modified Kneser-Ney (Chen & Goodman; KenLM's lmplz): three discounts per order, continuation counts";
    }

    /** {@code ModifiedKneserNey.tex}. */
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
    public Estimator estimate(NgramCounts counts, int order, Parameters parameters, EstimationContext context) {
        return new Mkn(counts, order);
    }

    /** The discounts D1, D2, D3+ of one order from its count-of-counts n1..n4, as KenLM computes them; null if invalid. */
    public static float[] discounts(long[] n) {
        for (int j = 1; j <= 3; j++) {
            if (n[j] == 0) {
                return null;
            }
        }
        float y = (float) n[1] / (float) (n[1] + 2.0 * n[2]);
        float[] d = new float[4];
        for (int j = 1; j <= 3; j++) {
            d[j] = (float) j - (float) (j + 1) * y * (float) n[j + 1] / (float) n[j];
            if (d[j] < 0.0 || d[j] > j) {
                return null;
            }
        }
        return d;
    }

    static final class Mkn extends InterpolatedEstimator {
        /** discount[k][j]: D_j at level k (j = 0..3, D_0 = 0). */
        private final float[][] discount;
        /** count-of-counts n_1..n_4 of the adjusted counts per level. */
        private final long[][] adjustedCountOfCounts;
        /** Σ_x a(h x) per context index at order k-1 (level k); 0 when level k has no such context. */
        private final double[][] denominator;
        private final double[][] gamma;
        private final List<String> notices = new ArrayList<>();

        Mkn(NgramCounts counts, int order) {
            super(counts, order);
            discount = new float[order + 1][];
            adjustedCountOfCounts = new long[order + 1][];
            denominator = new double[order + 1][];
            gamma = new double[order + 1][];
            for (int k = 1; k <= order; k++) {
                long[] n = new long[5];
                for (int i = 0, size = counts.size(k); i < size; i++) {
                    long a = adjusted(k, i);
                    if (a > 0 && a <= 4) {
                        n[(int) a]++;
                    }
                }
                adjustedCountOfCounts[k] = n;
                float[] d = discounts(n);
                if (d == null) {
                    d = FALLBACK.clone();
                    notices.add(EngineMessages.get("notice.modifiedKneserNeyFallback", k, n[1], n[2], n[3], n[4]));
                }
                discount[k] = d;
                fillContexts(k, d);
            }
        }

        /** KenLM's adjusted count a(g) of n-gram g = (k, i), for a model of this estimator's order. */
        private long adjusted(int k, int i) {
            if (k == 1 && i == Vocabulary.BOS) {
                return 0;
            }
            long raw = counts.count(k, i);
            if (k == order) {
                return raw;
            }
            // Only n-grams that start with <s> have no left extension: they keep their raw count.
            int continuation = counts.continuationCount(k, i);
            return continuation > 0 ? continuation : raw;
        }

        private void fillContexts(int k, float[] d) {
            int contexts = k == 1 ? 1 : counts.size(k - 1);
            double[] den = new double[contexts];
            double[] gam = new double[contexts];
            for (int c = 0; c < contexts; c++) {
                long sum = 0;
                long n1 = 0;
                long n2 = 0;
                long n3 = 0;
                for (int i = counts.childStart(k - 1, c), end = counts.childEnd(k - 1, c); i < end; i++) {
                    long a = adjusted(k, i);
                    sum += a;
                    n1 += a == 1 ? 1 : 0;
                    n2 += a == 2 ? 1 : 0;
                    n3 += a >= 3 ? 1 : 0;
                }
                den[c] = sum;
                gam[c] = sum == 0 ? 0 : (d[1] * (double) n1 + d[2] * (double) n2 + d[3] * (double) n3) / sum;
            }
            denominator[k] = den;
            gamma[k] = gam;
        }

        private float discountOf(int k, long a) {
            return discount[k][(int) Math.min(a, 3)];
        }

        @Override
        protected boolean hasContext(int k, int ctx) {
            return denominator[k][ctx] > 0;
        }

        @Override
        protected double alpha(int k, int ctx, int ngram) {
            long a = adjusted(k, ngram);
            return a == 0 ? 0 : (a - (double) discountOf(k, a)) / denominator[k][ctx];
        }

        @Override
        protected double gamma(int k, int ctx) {
            return gamma[k][ctx];
        }

        @Override
        protected long levelCount(int k, int ngram) {
            return adjusted(k, ngram);
        }

        @Override
        protected long levelContextCount(int k, int ctx) {
            return (long) denominator[k][ctx];
        }

        @Override
        protected double discount(int k, int ctx, int ngram) {
            long a = adjusted(k, ngram);
            return a == 0 ? 0 : discountOf(k, a);
        }

        /** D_j of level k (j = 1..3), as used. */
        double discount(int k, int j) {
            return discount[k][j];
        }

        @Override
        public Map<String, Object> fittedParameters() {
            Map<String, Object> out = new LinkedHashMap<>();
            for (int j = 1; j <= 3; j++) {
                double[] values = new double[order + 1];
                for (int k = 1; k <= order; k++) {
                    values[k] = Double.parseDouble(Float.toString(discount[k][j])); // as KenLM prints its floats
                }
                out.put(j == 3 ? "D3+" : "D" + j, perOrder(values, 1));
            }
            StringBuilder nc = new StringBuilder();
            for (int k = 1; k <= order; k++) {
                long[] n = adjustedCountOfCounts[k];
                nc.append(k == 1 ? "" : ", ").append(k).append(": ").append(n[1]).append(' ').append(n[2])
                        .append(' ').append(n[3]).append(' ').append(n[4]);
            }
            out.put("adjusted n1..n4", nc.toString());
            return out;
        }

        @Override
        public List<String> notices() {
            return List.copyOf(notices);
        }
    }
}
