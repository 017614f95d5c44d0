package org.lmlens.engine.smoothing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;

/**
 * Katz back-off with Good-Turing discounts (Katz 1987; Chen &amp; Goodman 1998, section 2.3, eqs. 5–7;
 * SLP3 2nd ed. section 4.7):
 *
 * <pre>
 *   P(w | h) = d_r · r / c(h)              if r = c(h w) &gt; 0
 *   P(w | h) = α(h) · P(w | h')            otherwise, down to P_0(w) = 1/|O|
 *   d_r = ( r* / r − (k+1) N_{k+1}/N_1 ) / ( 1 − (k+1) N_{k+1}/N_1 )   for 1 ≤ r ≤ k = 5,   d_r = 1 for r &gt; k
 *   r*  = (r+1) N_{r+1} / N_r                                          (Turing's estimate)
 *   α(h) = (1 − Σ_{v: c(h v)&gt;0} d·c(h v)/c(h)) / (1 − Σ_{v: c(h v)&gt;0} P(v | h'))
 * </pre>
 *
 * with N_r from the n-grams of each order. α(h) gives exactly the mass taken from h's seen words to the
 * words unseen after h, in proportion to the shorter context's distribution, so each distribution sums
 * to 1.
 *
 * <p>Guards: (1) if some d_r with r ≤ k falls outside (0, 1] (N_{r+1} = 0, N_1 = 0, or (k+1)N_{k+1} ≥
 * N_1 on a small text), k is lowered to the largest value for which d_1..d_k are all in (0, 1] (as SRILM
 * does for out-of-range coefficients); if no k ≥ 1 works, d_r = (r − 0.5)/r for r ≤ 5 (an absolute
 * discount of 0.5) and a notice says so. (2) If every outcome unseen after h also has probability 0 in the
 * shorter context (for instance every outcome was seen after h), there is nothing to back off to: the
 * discounted counts of h are renormalised to sum to 1 and α(h) = 0. (3) If every continuation of h occurs
 * more than k times, Katz's d_r = 1 leaves nothing for the unseen words, which would get probability 0
 * (31 test tokens of Brown at order 3): such a context instead takes from each continuation the amount a
 * singleton of its order loses, s = 1 − d_1 (0.5 if d_1 = 1), so c* = c − s and α(h) &gt; 0. The number of
 * contexts so treated is reported in {@link Estimator#fittedParameters()}.
 */
public final class Katz implements SmoothingMethod {
    private static final Formula FORMULA = Formula.of(Katz.class, in -> FormulaCases.seen(in)
            ? FormulaCases.adjusted(in) : FormulaCases.backoff(in));

    /** Counts above K are reliable and not discounted (Katz's suggestion). */
    static final int K = 5;

    @Override
    public String name() {
        return "katz";
    }

    @Override
    public String description() {
        return "Katz back-off: Good-Turing discounted counts; unseen words get the shorter context's probability";
    }

    /** {@code Katz.tex}. */
    @Override
    public Formula formula() {
        return FORMULA;
    }

    @Override
    public ArpaForm arpaForm() {
        return ArpaForm.BACKOFF; // the classic back-off model: d·c/c(h) for seen n-grams, α(h) as the back-off weight
    }

    @Override
    public Estimator estimate(NgramCounts counts, int order, Parameters parameters, EstimationContext context) {
        return new KatzEstimator(counts, order);
    }

    /** Katz's d_1..d_K for one order's count-of-counts, with the guard described in the class comment. */
    static double[] discountRatios(long[] nc, int order, List<String> notices) {
        double[] d = new double[K + 1];
        long n1 = nc.length > 1 ? nc[1] : 0;
        for (int k = K; k >= 1; k--) {
            boolean valid = n1 > 0;
            double a = valid ? (k + 1.0) * at(nc, k + 1) / n1 : 0;
            for (int r = 1; r <= k && valid; r++) {
                double turing = at(nc, r) == 0 ? 0 : (r + 1.0) * at(nc, r + 1) / at(nc, r);
                d[r] = (turing / r - a) / (1 - a);
                valid = a < 1 && d[r] > 0 && d[r] <= 1 && at(nc, r) > 0;
            }
            if (valid) {
                for (int r = k + 1; r <= K; r++) {
                    d[r] = 1;
                }
                if (k < K) {
                    notices.add(EngineMessages.get("notice.katzRange", order, k));
                }
                return d;
            }
        }
        for (int r = 1; r <= K; r++) {
            d[r] = (r - 0.5) / r;
        }
        notices.add(EngineMessages.get("notice.katzNone", order, n1));
        return d;
    }

    private static long at(long[] nc, int r) {
        return r < nc.length ? nc[r] : 0;
    }

    /**
     * A back-off model by construction, so it is written to ARPA as it is ({@link BackoffForm}): each seen
     * n-gram's p = d·c/c(h), each context's bow = α(h).
     */
    static final class KatzEstimator extends Estimator implements BackoffForm {
        private final int outcomes;
        private final double[][] d;
        /** Per level k, by context index at order k-1: the factor on d·c of a seen word, and α(h). */
        private final double[][] seenFactor;
        private final double[][] backoff;
        /** Per level k, by context: the amount taken from each continuation by guard (3), usually 0. */
        private final double[][] shift;
        private final int[] shiftedContexts;
        private final List<String> notices = new ArrayList<>();

        KatzEstimator(NgramCounts counts, int order) {
            super(counts, order);
            outcomes = counts.vocabulary().outcomeCount();
            d = new double[order + 1][];
            seenFactor = new double[order + 1][];
            backoff = new double[order + 1][];
            shift = new double[order + 1][];
            shiftedContexts = new int[order + 1];
            for (int k = 1; k <= order; k++) {
                d[k] = discountRatios(counts.countOfCounts(k), k, notices);
                int contexts = k == 1 ? 1 : counts.size(k - 1);
                double[] star = new double[contexts];
                double[] lowerSeen = new double[contexts];
                int[] seen = new int[contexts];
                for (int g = 0, size = counts.size(k); g < size; g++) {
                    long c = counts.count(k, g);
                    if ((k == 1 && g == Vocabulary.BOS) || c == 0) {
                        continue;
                    }
                    int ctx = counts.prefix(k, g);
                    star[ctx] += discounted(k, c);
                    seen[ctx]++;
                    lowerSeen[ctx] += k == 1 ? 1.0 / outcomes : seenProbability(k - 1, counts.suffix(k, g));
                }
                seenFactor[k] = new double[contexts];
                backoff[k] = new double[contexts];
                shift[k] = new double[contexts];
                double singletonLoss = d[k][1] < 1 ? 1 - d[k][1] : 0.5;
                if (k == 1) {
                    star[0] = unigramMass(counts);
                }
                for (int ctx = 0; ctx < contexts; ctx++) {
                    long ch = counts.contextCount(k - 1, ctx);
                    if (ch == 0) {
                        continue;
                    }
                    double left = 1 - star[ctx] / ch;
                    // Unigrams back off to the uniform 1/|O|: the room left is exactly (|O| - seen) / |O|, not
                    // 1 minus |seen| additions of 1/|O|, whose rounding made the distribution sum to 1 + 1e-10.
                    double room = k == 1 ? (double) (outcomes - seen[0]) / outcomes : 1 - lowerSeen[ctx];
                    if (left <= 1e-12 && room > 1e-12) {
                        shift[k][ctx] = singletonLoss;
                        shiftedContexts[k]++;
                        star[ctx] -= seen[ctx] * singletonLoss;
                        left = seen[ctx] * singletonLoss / ch;
                    }
                    if (room <= 1e-12) {
                        seenFactor[k][ctx] = 1 / star[ctx];
                    } else {
                        seenFactor[k][ctx] = 1.0 / ch;
                        backoff[k][ctx] = Math.max(left, 0) / room;
                    }
                }
            }
        }

        /**
         * Σ d_r·r over the seen unigrams, summed by count: N_r · d_r · r for r ≤ K, and the counts above K
         * as one exact integer, so that α of the unigrams leaves a distribution summing to 1 as exactly as
         * doubles allow.
         */
        private double unigramMass(NgramCounts counts) {
            long[] byCount = new long[K + 1];
            long reliable = 0;
            for (int w = 0, size = counts.size(1); w < size; w++) {
                long c = counts.count(1, w);
                if (w == Vocabulary.BOS || c == 0) {
                    continue;
                }
                if (c <= K) {
                    byCount[(int) c]++;
                } else {
                    reliable += c;
                }
            }
            double mass = 0;
            for (int r = K; r >= 1; r--) {
                mass += byCount[r] * discounted(1, r);
            }
            return reliable + mass;
        }

        /** α(h) for a context h that has continuations; 1 for an n-gram that is never a context (no back-off weight). */
        @Override
        public double backoffWeight(int contextOrder, int index) {
            if (contextOrder >= order || counts.contextCount(contextOrder, index) == 0) {
                return 1;
            }
            return backoff[contextOrder + 1][index];
        }

        /** d_r · r for a count r at order k. */
        private double discounted(int k, long r) {
            return r <= K ? d[k][(int) r] * r : r;
        }

        /** P(w | h) at level k for a seen n-gram (index at order k). */
        private double seenProbability(int k, int ngram) {
            int ctx = counts.prefix(k, ngram);
            return seenFactor[k][ctx] * adjusted(k, ctx, counts.count(k, ngram));
        }

        /** c* of a seen n-gram with count r in context ctx at level k: d_r · r, less guard (3)'s shift. */
        private double adjusted(int k, int ctx, long r) {
            return discounted(k, r) - shift[k][ctx];
        }

        private double levelProbability(int[] ctx, int k, int word) {
            int child = counts.child(k - 1, ctx[k - 1], word);
            if (child >= 0) {
                return seenProbability(k, child);
            }
            double lower = k == 1 ? 1.0 / outcomes : levelProbability(ctx, k - 1, word);
            return backoff[k][ctx[k - 1]] * lower;
        }

        @Override
        public double probability(int[] history, int from, int to, int word) {
            if (word == Vocabulary.BOS) {
                return 0;
            }
            int[] ctx = new int[order];
            int len = Contexts.longest(counts, order, history, from, to, ctx);
            return levelProbability(ctx, len + 1, word);
        }

        @Override
        public boolean distribution(int[] history, int from, int to, double[] out) {
            int[] ctx = new int[order];
            int len = Contexts.longest(counts, order, history, from, to, ctx);
            java.util.Arrays.fill(out, 1.0 / outcomes);
            for (int k = 1; k <= len + 1; k++) {
                int c = ctx[k - 1];
                double a = backoff[k][c];
                for (int w = 0; w < out.length; w++) {
                    out[w] *= a;
                }
                for (int i = counts.childStart(k - 1, c), end = counts.childEnd(k - 1, c); i < end; i++) {
                    int w = counts.word(k, i);
                    if (w != Vocabulary.BOS && counts.count(k, i) > 0) {
                        out[w] = seenProbability(k, i);
                    }
                }
            }
            out[Vocabulary.BOS] = 0;
            return true;
        }

        @Override
        public Explanation explain(int[] history, int from, int to, int word) {
            int[] ctx = new int[order];
            int len = Contexts.longest(counts, order, history, from, to, ctx);
            return explainLevel(ctx, len + 1, word);
        }

        private Explanation explainLevel(int[] ctx, int k, int word) {
            int c = ctx[k - 1];
            int child = word == Vocabulary.BOS ? -1 : counts.child(k - 1, c, word);
            long count = child < 0 ? 0 : counts.count(k, child);
            long ch = counts.contextCount(k - 1, c);
            Explanation lower = k > 1 ? explainLevel(ctx, k - 1, word) : null;
            double lowerP = lower != null ? lower.probability() : word == Vocabulary.BOS ? 0 : 1.0 / outcomes;
            double p = word == Vocabulary.BOS ? 0 : levelProbability(ctx, k, word);
            double star = count > 0 ? adjusted(k, c, count) : p * ch;
            int supplied = count > 0 ? k : lower != null ? lower.suppliedByOrder() : 0;
            return new Explanation(k - 1, count, ch, p, star, count > 0 ? count - star : 0, backoff[k][c], lowerP,
                    supplied, count == 0, lower);
        }

        @Override
        public Map<String, Object> fittedParameters() {
            Map<String, Object> out = new LinkedHashMap<>();
            for (int k = 1; k <= order; k++) {
                StringBuilder sb = new StringBuilder();
                for (int r = 1; r <= K; r++) {
                    sb.append(r == 1 ? "" : ", ").append(String.format(Locale.ROOT, "d%d = %.4f", r, d[k][r]));
                }
                sb.append(String.format(Locale.ROOT, "; contexts with every count above %d, discounted by 1 - d1: %d",
                        K, shiftedContexts[k]));
                out.put("order " + k, sb.toString());
            }
            return out;
        }

        @Override
        public List<String> notices() {
            return List.copyOf(notices);
        }
    }
}
