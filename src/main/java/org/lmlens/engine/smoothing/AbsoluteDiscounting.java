package org.lmlens.engine.smoothing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lmlens.engine.count.NgramCounts;

/**
 * Interpolated absolute discounting (Ney, Essen &amp; Kneser 1994; Chen &amp; Goodman 1998, section 2.5,
 * eq. 16; SLP3 eq. 3.30 without Kneser-Ney's continuation counts):
 *
 * <pre>
 *   P_k(w | h) = max(c(h w) − D_k, 0) / c(h)  +  D_k · N1+(h •) / c(h) · P_{k−1}(w | h')
 * </pre>
 *
 * down to the uniform distribution 1/|O|, with one discount per order D_k = n1 / (n1 + 2·n2) from that
 * order's count-of-counts (Chen &amp; Goodman eq. 26), or the user's {@code --discount} at every order. When
 * n1 or n2 is 0, D_k = 0.5 and a notice says so. Since D ≤ 1 and every seen count is ≥ 1, the mass
 * taken from the seen continuations of h is exactly D·N1+(h •), which γ gives back to the lower order.
 */
public final class AbsoluteDiscounting implements SmoothingMethod {
    private static final Formula FORMULA = Formula.of(AbsoluteDiscounting.class, FormulaCases::discounted);

    @Override
    public String name() {
        return "absolute";
    }

    @Override
    public String description() {
        return "Absolute discounting: subtract D from every seen count and give the mass to the shorter context";
    }

    /** {@code AbsoluteDiscounting.tex}. */
    @Override
    public Formula formula() {
        return FORMULA;
    }

    @Override
    public ArpaForm arpaForm() {
        return ArpaForm.BACKOFF;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(Discounts.DISCOUNT);
    }

    @Override
    public Estimator estimate(NgramCounts counts, int order, Parameters parameters, EstimationContext context) {
        List<String> notices = new ArrayList<>();
        double[] d = new double[order + 1];
        for (int k = 1; k <= order; k++) {
            d[k] = Discounts.choose(parameters, k, counts.countOfCount(k, 1), counts.countOfCount(k, 2), notices);
        }
        return new AbsoluteEstimator(counts, order, d, notices);
    }

    static final class AbsoluteEstimator extends InterpolatedEstimator {
        private final double[] d;
        private final List<String> notices;

        AbsoluteEstimator(NgramCounts counts, int order, double[] d, List<String> notices) {
            super(counts, order);
            this.d = d;
            this.notices = List.copyOf(notices);
        }

        @Override
        protected boolean hasContext(int k, int ctx) {
            return counts.contextCount(k - 1, ctx) > 0;
        }

        @Override
        protected double alpha(int k, int ctx, int ngram) {
            return Math.max(counts.count(k, ngram) - d[k], 0) / counts.contextCount(k - 1, ctx);
        }

        @Override
        protected double gamma(int k, int ctx) {
            return d[k] * counts.distinctContinuations(k - 1, ctx) / counts.contextCount(k - 1, ctx);
        }

        @Override
        protected double discount(int k, int ctx, int ngram) {
            return Math.min(d[k], counts.count(k, ngram));
        }

        @Override
        public Map<String, Object> fittedParameters() {
            return Map.of("D", perOrder(d, 1));
        }

        @Override
        public List<String> notices() {
            return notices;
        }
    }
}
