package org.lmlens.engine.smoothing;

import org.lmlens.engine.count.NgramCounts;

/**
 * A minimal interpolated estimator for tests and benchmarks (Jelinek-Mercer with one fixed λ, Chen &amp;
 * Goodman 1998 eq. 4): α_k(h, w) = λ·c(h w)/c(h), γ_k(h) = 1-λ for every context seen as one.
 */
public class FixedInterpolation extends InterpolatedEstimator {
    private final double lambda;

    public FixedInterpolation(NgramCounts counts, int order, double lambda) {
        super(counts, order);
        this.lambda = lambda;
    }

    @Override
    protected boolean hasContext(int k, int ctx) {
        return counts.contextCount(k - 1, ctx) > 0;
    }

    @Override
    protected double alpha(int k, int ctx, int ngram) {
        return lambda * counts.count(k, ngram) / counts.contextCount(k - 1, ctx);
    }

    @Override
    protected double gamma(int k, int ctx) {
        return 1 - lambda;
    }
}
