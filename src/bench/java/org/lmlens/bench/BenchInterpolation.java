package org.lmlens.bench;

import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.smoothing.EstimationContext;
import org.lmlens.engine.smoothing.Estimator;
import org.lmlens.engine.smoothing.InterpolatedEstimator;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;

/**
 * A bench-only interpolated method (Jelinek-Mercer with one fixed λ = 0.7) that exercises the
 * {@link InterpolatedEstimator} recursion and its stateful scoring path until the interpolated methods
 * from other branches (Witten-Bell, Kneser-Ney) are in {@code Methods.all()}.
 */
final class BenchInterpolation implements SmoothingMethod {
    static final String NAME = "bench-interpolated";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "fixed-λ interpolation (benchmarks only)";
    }

    @Override
    public Estimator estimate(NgramCounts counts, int order, Parameters parameters, EstimationContext context) {
        return new InterpolatedEstimator(counts, order) {
            @Override
            protected boolean hasContext(int k, int ctx) {
                return counts.contextCount(k - 1, ctx) > 0;
            }

            @Override
            protected double alpha(int k, int ctx, int ngram) {
                return 0.7 * counts.count(k, ngram) / counts.contextCount(k - 1, ctx);
            }

            @Override
            protected double gamma(int k, int ctx) {
                return 0.3;
            }
        };
    }
}
