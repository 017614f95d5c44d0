package org.lmlens.engine.smoothing;

import org.lmlens.engine.count.NgramCounts;

/**
 * Interpolated Witten-Bell smoothing (Witten &amp; Bell 1991, method C; Chen &amp; Goodman 1998, section 2.2,
 * eq. 8; the form of NLTK's and SRILM's {@code -wbdiscount -interpolate}):
 *
 * <pre>
 *   P_k(w | h) = ( c(h w) + N1+(h •) · P_{k−1}(w | h') ) / ( c(h) + N1+(h •) )
 * </pre>
 *
 * down to the uniform distribution 1/|O|. The weight of the shorter context, γ(h) = N1+(h •) / (c(h) +
 * N1+(h •)), is the estimated chance that the next word after h is a new one: each distinct continuation
 * of h was once new. It sums to 1 because Σ_w c(h w) = c(h).
 */
public final class WittenBell implements SmoothingMethod {
    private static final Formula FORMULA = Formula.of(WittenBell.class, FormulaCases::mixed);

    @Override
    public String name() {
        return "witten-bell";
    }

    @Override
    public String description() {
        return "Witten-Bell: trust a context less the more distinct words have followed it";
    }

    /** {@code WittenBell.tex}. */
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
        return new WittenBellEstimator(counts, order);
    }

    static final class WittenBellEstimator extends InterpolatedEstimator {
        WittenBellEstimator(NgramCounts counts, int order) {
            super(counts, order);
        }

        @Override
        protected boolean hasContext(int k, int ctx) {
            return counts.contextCount(k - 1, ctx) > 0;
        }

        @Override
        protected double alpha(int k, int ctx, int ngram) {
            return counts.count(k, ngram) / denominator(k, ctx);
        }

        @Override
        protected double gamma(int k, int ctx) {
            return counts.distinctContinuations(k - 1, ctx) / denominator(k, ctx);
        }

        private double denominator(int k, int ctx) {
            return (double) counts.contextCount(k - 1, ctx) + counts.distinctContinuations(k - 1, ctx);
        }
    }
}
