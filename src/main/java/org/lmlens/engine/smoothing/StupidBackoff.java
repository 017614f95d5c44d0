package org.lmlens.engine.smoothing;

import java.util.List;
import java.util.Map;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;

/**
 * Stupid back-off (Brants, Popat, Xu, Och &amp; Dean 2007, "Large language models in machine translation",
 * eq. 5; SLP3 eq. 3.36):
 *
 * <pre>
 *   S(w | h) = c(h w) / c(h)        if c(h w) &gt; 0
 *   S(w | h) = α · S(w | h')        otherwise,  α = 0.4
 *   S(w)     = c(w) / N             (the recursion ends at unigrams)
 * </pre>
 *
 * The factor α is applied once per word dropped from the context, including words of a context never
 * seen (then c(h w) = 0 too). The scores are <em>not</em> probabilities: they do not sum to 1
 * ({@link #isNormalised()} is false), which is why Brants et al. call them S; perplexity is undefined for
 * them and the engine refuses to compute it. A word never seen in training (an unseen {@code <unk>})
 * scores 0, as in the paper.
 */
public final class StupidBackoff implements SmoothingMethod {
    public static final ParameterSpec ALPHA =
            new ParameterSpec("alpha", "factor applied per back-off step (Brants et al.: 0.4)", 0, 1, 0.4);

    private static final Formula FORMULA = Formula.of(StupidBackoff.class, List.of(ALPHA),
            in -> FormulaCases.seen(in) ? FormulaCases.ratio(in) : FormulaCases.backoff(in));

    @Override
    public String name() {
        return "stupid-backoff";
    }

    @Override
    public String description() {
        return "Stupid back-off: relative frequency, or α × the shorter context's score (scores, not probabilities)";
    }

    /** {@code StupidBackoff.tex}. */
    @Override
    public Formula formula() {
        return FORMULA;
    }

    @Override
    public ArpaForm arpaForm() {
        return ArpaForm.NO_BACKOFF_WEIGHTS;
    }

    @Override
    public boolean isNormalised() {
        return false;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ALPHA);
    }

    @Override
    public Estimator estimate(NgramCounts counts, int order, Parameters parameters, EstimationContext context) {
        return new StupidBackoffEstimator(counts, order, parameters.valueOf(ALPHA));
    }

    static final class StupidBackoffEstimator extends Estimator {
        private final double alpha;

        StupidBackoffEstimator(NgramCounts counts, int order, double alpha) {
            super(counts, order);
            this.alpha = alpha;
        }

        @Override
        public double probability(int[] history, int from, int to, int word) {
            if (word == Vocabulary.BOS) {
                return 0;
            }
            int[] ctx = new int[order];
            int len = Contexts.longest(counts, order, history, from, to, ctx);
            double factor = Math.pow(alpha, Math.min(to - from, order - 1) - len);
            for (int j = len; j >= 0; j--) {
                int child = counts.child(j, ctx[j], word);
                if (child >= 0) {
                    return factor * counts.count(j + 1, child) / counts.contextCount(j, ctx[j]);
                }
                factor *= alpha;
            }
            return 0;
        }

        @Override
        public boolean distribution(int[] history, int from, int to, double[] out) {
            int[] ctx = new int[order];
            int len = Contexts.longest(counts, order, history, from, to, ctx);
            java.util.Arrays.fill(out, 0);
            for (int j = 0; j <= len; j++) {
                // Level j overwrites the words it saw; a shorter level's score was scaled by α per step.
                for (int w = 0; w < out.length; w++) {
                    out[w] *= j == 0 ? 1 : alpha;
                }
                double ch = counts.contextCount(j, ctx[j]);
                for (int i = counts.childStart(j, ctx[j]), end = counts.childEnd(j, ctx[j]); i < end; i++) {
                    int w = counts.word(j + 1, i);
                    if (w != Vocabulary.BOS && counts.count(j + 1, i) > 0) {
                        out[w] = counts.count(j + 1, i) / ch;
                    }
                }
            }
            double skipped = Math.pow(alpha, Math.min(to - from, order - 1) - len);
            for (int w = 0; w < out.length; w++) {
                out[w] *= skipped;
            }
            out[Vocabulary.BOS] = 0;
            return true;
        }

        @Override
        public Explanation explain(int[] history, int from, int to, int word) {
            int[] ctx = new int[order];
            int len = Contexts.longest(counts, order, history, from, to, ctx);
            int full = Math.min(to - from, order - 1);
            Explanation e = null;
            int supplied = 0;
            for (int j = 0; j <= len; j++) {
                int child = word == Vocabulary.BOS ? -1 : counts.child(j, ctx[j], word);
                long c = child < 0 ? 0 : counts.count(j + 1, child);
                long ch = counts.contextCount(j, ctx[j]);
                double lower = e == null ? 0 : e.probability();
                double s = c > 0 ? (double) c / ch : alpha * lower;
                supplied = c > 0 ? j + 1 : supplied;
                e = new Explanation(j, c, ch, s, s * ch, 0, c > 0 || j == 0 ? 0 : alpha, lower, supplied, c == 0, e);
            }
            for (int j = len + 1; j <= full; j++) {
                double lower = e.probability();
                e = new Explanation(j, 0, 0, alpha * lower, 0, 0, alpha, lower, supplied, true, e);
            }
            return e;
        }

        @Override
        public Map<String, Object> fittedParameters() {
            return Map.of("alpha", alpha);
        }
    }
}
