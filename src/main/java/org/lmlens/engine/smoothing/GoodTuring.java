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
 * Good-Turing discounting on its own, without back-off (Good 1953; SLP3 2nd ed. section 4.5.1; Chen &amp;
 * Goodman 1998, section 2.1), with the count-of-counts smoothed by Simple Good-Turing (Gale &amp; Sampson
 * 1995, see {@link SimpleGoodTuring}) so that gaps in N_r do not break it:
 *
 * <pre>
 *   c* = (c+1) N_{c+1} / N_c   (Turing, small c)   or   c (1 + 1/c)^(b+1)   (log-linear, larger c)
 *   P(w | h) = c*(h w) / c(h)                                   if c(h w) &gt; 0
 *   P(w | h) = (1 − Σ_v c*(h v) / c(h)) / U(h)                  otherwise
 * </pre>
 *
 * with N_c taken from the n-grams of the level's order, and U(h) the number of outcomes never seen after
 * h. Good-Turing estimates how much mass unseen events deserve (N_1/N overall), not how to share it:
 * this method shares a context's left-over mass <em>uniformly</em> among the words not seen after it, so
 * it shows what discounting alone does; Katz back-off ({@link Katz}) shares it by the lower order instead.
 * A context never seen is replaced by its longest suffix that was (down to the empty context, whose
 * n-grams are unigrams).
 *
 * <p>Degenerate contexts, so that every distribution still sums to exactly 1: when every outcome was seen
 * after h (U(h) = 0) the seen c* are renormalised to sum to 1 (raw counts if all c* are 0); when the c*
 * of h's continuations add up to c(h) or more (possible where Turing's estimate exceeds c on a small
 * text), the seen words share 1 − N_1/N in proportion to c* and the unseen ones share N_1/N.
 */
public final class GoodTuring implements SmoothingMethod {
    private static final Formula FORMULA = Formula.of(GoodTuring.class, FormulaCases::adjusted);

    @Override
    public String name() {
        return "good-turing";
    }

    @Override
    public String description() {
        return "Good-Turing: discount each count c to c* = (c+1)·N(c+1)/N(c), spread the rest evenly over unseen words";
    }

    /** {@code GoodTuring.tex}. */
    @Override
    public Formula formula() {
        return FORMULA;
    }

    @Override
    public ArpaForm arpaForm() {
        return ArpaForm.NO_BACKOFF_WEIGHTS;
    }

    @Override
    public Estimator estimate(NgramCounts counts, int order, Parameters parameters, EstimationContext context) {
        return new GoodTuringEstimator(counts, order);
    }

    static final class GoodTuringEstimator extends Estimator {
        private final int outcomes;
        private final SimpleGoodTuring[] sgt;
        /** Per level k: Σ_v c*(h v) over the seen continuations of each context (index at order k-1). */
        private final double[][] starTotal;
        private final List<String> notices = new ArrayList<>();

        GoodTuringEstimator(NgramCounts counts, int order) {
            super(counts, order);
            outcomes = counts.vocabulary().outcomeCount();
            sgt = new SimpleGoodTuring[order + 1];
            starTotal = new double[order + 1][];
            for (int k = 1; k <= order; k++) {
                sgt[k] = SimpleGoodTuring.fit(counts.countOfCounts(k));
                if (!sgt[k].fitted()) {
                    notices.add(EngineMessages.get("notice.goodTuringFit", k));
                }
                starTotal[k] = new double[k == 1 ? 1 : counts.size(k - 1)];
                for (int g = 0, size = counts.size(k); g < size; g++) {
                    if (k > 1 || g != Vocabulary.BOS) {
                        starTotal[k][counts.prefix(k, g)] += sgt[k].adjusted(counts.count(k, g));
                    }
                }
            }
        }

        /** The terms of one context: c(h), U(h), the factor applied to c* of seen words, the share of each unseen one. */
        private record Shares(int len, int ctx, long contextCount, int unseen, double seenFactor, double unseenShare,
                              boolean raw) {
        }

        private Shares shares(int[] history, int from, int to) {
            int[] ctx = new int[order];
            int len = Contexts.longest(counts, order, history, from, to, ctx);
            int c = ctx[len];
            int k = len + 1;
            long ch = counts.contextCount(len, c);
            int unseen = outcomes - counts.distinctContinuations(len, c);
            double total = starTotal[k][c];
            double seenMass = total / ch;
            if (unseen == 0) {
                return total > 0 ? new Shares(len, c, ch, 0, 1 / total, 0, false)
                        : new Shares(len, c, ch, 0, 1.0 / ch, 0, true);
            }
            if (seenMass < 1) {
                return new Shares(len, c, ch, unseen, 1.0 / ch, (1 - seenMass) / unseen, false);
            }
            double p0 = sgt[k].unseenMass();
            return new Shares(len, c, ch, unseen, (1 - p0) / total, p0 / unseen, false);
        }

        private double seen(Shares s, long count) {
            return s.seenFactor * (s.raw ? count : sgt[s.len + 1].adjusted(count));
        }

        @Override
        public double probability(int[] history, int from, int to, int word) {
            if (word == Vocabulary.BOS) {
                return 0;
            }
            Shares s = shares(history, from, to);
            int child = counts.child(s.len, s.ctx, word);
            return child < 0 ? s.unseenShare : seen(s, counts.count(s.len + 1, child));
        }

        @Override
        public boolean distribution(int[] history, int from, int to, double[] out) {
            Shares s = shares(history, from, to);
            java.util.Arrays.fill(out, s.unseenShare);
            out[Vocabulary.BOS] = 0;
            for (int i = counts.childStart(s.len, s.ctx), end = counts.childEnd(s.len, s.ctx); i < end; i++) {
                int w = counts.word(s.len + 1, i);
                long c = counts.count(s.len + 1, i);
                if (w != Vocabulary.BOS && c > 0) {
                    out[w] = seen(s, c);
                }
            }
            return true;
        }

        @Override
        public Explanation explain(int[] history, int from, int to, int word) {
            Shares s = shares(history, from, to);
            int child = word == Vocabulary.BOS ? -1 : counts.child(s.len, s.ctx, word);
            long c = child < 0 ? 0 : counts.count(s.len + 1, child);
            double p = probability(history, from, to, word);
            double star = c > 0 ? (s.raw ? c : sgt[s.len + 1].adjusted(c)) : p * s.contextCount;
            double unseenMass = s.unseenShare * s.unseen;
            return new Explanation(s.len, c, s.contextCount, p, star, c > 0 ? c - star : 0, unseenMass,
                    c > 0 || s.unseen == 0 ? 0 : 1.0 / s.unseen, c > 0 ? s.len + 1 : 0, c == 0, null);
        }

        @Override
        public Map<String, Object> fittedParameters() {
            Map<String, Object> out = new LinkedHashMap<>();
            for (int k = 1; k <= order; k++) {
                SimpleGoodTuring f = sgt[k];
                out.put("order " + k, String.format(Locale.ROOT,
                        "log Z_c = %.4f %+.4f log c%s; c*(1) = %.4f; unseen mass N1/N = %.4f",
                        f.intercept(), f.slope(), f.fitted() ? ", log-linear from c = " + f.switchedAt()
                                : " (not used)", f.adjusted(1), f.unseenMass()));
            }
            return out;
        }

        @Override
        public List<String> notices() {
            return List.copyOf(notices);
        }
    }
}
