package org.lmlens.engine.smoothing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.NgramCounter;
import org.lmlens.engine.count.NgramCounts;

/**
 * Jelinek-Mercer smoothing: linear interpolation of the maximum-likelihood estimates of every order
 * with weights fitted on held-out data (Jelinek &amp; Mercer 1980; Chen &amp; Goodman 1998, section 2.4,
 * eq. 4; SLP3 eq. 3.31–3.32):
 *
 * <pre>
 *   P(w | h) = λ_0 / |O| + λ_1 P_ML(w) + λ_2 P_ML(w | w_{-1}) + … + λ_N P_ML(w | w_{-N+1} … w_{-1}),  Σ λ = 1
 * </pre>
 *
 * The uniform level λ_0 gives every outcome some mass. It is computed by the shared recursion
 * P_k = μ_k P_ML,k + (1 − μ_k) P_{k−1} with λ_k = μ_k Π_{j&gt;k} (1 − μ_j): when a context was never seen,
 * its level is skipped and its λ goes to the lower levels in proportion to theirs.
 *
 * <p>Fitting (EM, Jelinek &amp; Mercer; SLP3 3.6): the held-out tokens are scored by the MLEs of counts
 * that do not include them, and each μ_k is set to the expected share of the tokens reaching level k that
 * level k explained, until the held-out log-likelihood stops improving (this is exact EM for the
 * recursion's weights, whose likelihood it never decreases). Held-out text: {@link
 * EstimationContext#heldOut()} when given (scored against the full counts); otherwise every 10th training
 * sentence (indexes 9, 19, …) is held out and the other sentences are recounted for the fit. The fitted
 * λs are then applied to the full counts. With no held-out sentence (a text of fewer than 10 sentences),
 * μ_k = 0.5 at every level and a notice says so. μ_k is kept in [10⁻⁶, 1 − 10⁻⁶] so no level is ever
 * switched off entirely.
 */
public final class JelinekMercer implements SmoothingMethod {
    private static final Formula FORMULA = Formula.of(JelinekMercer.class, FormulaCases::mixed);

    static final int MAX_ITERATIONS = 500;
    static final double MIN_WEIGHT = 1e-6;

    @Override
    public String name() {
        return "jelinek-mercer";
    }

    @Override
    public String description() {
        return "Jelinek-Mercer: a weighted mix of every order's relative frequencies, weights fitted on held-out text";
    }

    /** {@code JelinekMercer.tex}. */
    @Override
    public Formula formula() {
        return FORMULA;
    }

    @Override
    public ArpaForm arpaForm() {
        return ArpaForm.BACKOFF;
    }

    @Override
    public Estimator estimate(NgramCounts counts, int order, Parameters parameters, EstimationContext context) {
        List<String> notices = new ArrayList<>();
        Corpus heldOut = context.heldOut();
        NgramCounts fitCounts = counts;
        String source;
        if (heldOut != null) {
            source = "given held-out text (" + heldOut.sentenceCount() + " sentences)";
        } else if (context.training() != null && context.training().sentenceCount() >= 10) {
            Corpus training = context.training();
            int n = training.sentenceCount();
            int[] held = new int[n / 10];
            int[] rest = new int[n - held.length];
            for (int s = 0, h = 0, r = 0; s < n; s++) {
                if (s % 10 == 9) {
                    held[h++] = s;
                } else {
                    rest[r++] = s;
                }
            }
            heldOut = training.select(held);
            fitCounts = NgramCounter.count(training.select(rest), order, Progress.NONE);
            source = "every 10th training sentence (" + held.length + " sentences)";
        } else {
            source = "none";
            notices.add(EngineMessages.get("notice.jelinekMercerNoHeldOut"));
        }
        double[] mu = new double[order + 1];
        java.util.Arrays.fill(mu, 0.5);
        mu[0] = 1;
        int iterations = heldOut == null ? 0 : new LambdaFit(fitCounts, order, heldOut).run(mu);
        return new JelinekMercerEstimator(counts, order, mu, source, iterations, notices);
    }

    /** λ_k = μ_k Π_{j&gt;k} (1 − μ_j): the weight of level k for a context seen at every order. */
    static double[] lambdas(double[] mu) {
        double[] lambda = new double[mu.length];
        double rest = 1;
        for (int k = mu.length - 1; k >= 0; k--) {
            lambda[k] = mu[k] * rest;
            rest *= 1 - mu[k];
        }
        return lambda;
    }

    /** EM for the μ_k on held-out tokens. */
    static final class LambdaFit {
        private final int order;
        private final double[] p;
        private final int[] levels;
        private final int tokens;

        LambdaFit(NgramCounts counts, int order, Corpus heldOut) {
            this.order = order;
            int[] t = heldOut.tokenArray();
            int n = t.length - heldOut.sentenceCount();
            p = new double[n * (order + 1)];
            levels = new int[n];
            int[] ctx = new int[order];
            double uniform = 1.0 / counts.vocabulary().outcomeCount();
            int i = 0;
            for (int s = 0; s < heldOut.sentenceCount(); s++) {
                int start = heldOut.sentenceStart(s);
                for (int pos = start + 1; pos < heldOut.sentenceEnd(s); pos++, i++) {
                    int len = Contexts.longest(counts, order, t, Math.max(start, pos - order + 1), pos, ctx);
                    levels[i] = len + 1;
                    p[i * (order + 1)] = uniform;
                    for (int k = 1; k <= len + 1; k++) {
                        int child = counts.child(k - 1, ctx[k - 1], t[pos]);
                        p[i * (order + 1) + k] = child < 0 ? 0
                                : (double) counts.count(k, child) / counts.contextCount(k - 1, ctx[k - 1]);
                    }
                }
            }
            tokens = i;
        }

        /** The held-out log-likelihood (natural log) under the weights {@code mu}. */
        double logLikelihood(double[] mu) {
            double sum = 0;
            for (int i = 0; i < tokens; i++) {
                double rest = 1;
                double total = 0;
                for (int k = levels[i]; k >= 0; k--) {
                    total += mu[k] * rest * p[i * (order + 1) + k];
                    rest *= 1 - mu[k];
                }
                sum += Math.log(total);
            }
            return sum;
        }

        int tokens() {
            return tokens;
        }

        /** Updates {@code mu} in place (mu[0] stays 1) and returns the number of EM iterations run. */
        int run(double[] mu) {
            double[] weight = new double[order + 1];
            double[] chose = new double[order + 1];
            double[] reached = new double[order + 1];
            double previous = Double.NEGATIVE_INFINITY;
            for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
                java.util.Arrays.fill(chose, 0);
                java.util.Arrays.fill(reached, 0);
                double logLikelihood = 0;
                for (int i = 0; i < tokens; i++) {
                    int m = levels[i];
                    int base = i * (order + 1);
                    double rest = 1;
                    double total = 0;
                    for (int k = m; k >= 0; k--) {
                        weight[k] = mu[k] * rest * p[base + k];
                        rest *= 1 - mu[k];
                        total += weight[k];
                    }
                    logLikelihood += Math.log(total);
                    double below = 0;
                    for (int k = 0; k <= m; k++) {
                        double posterior = weight[k] / total;
                        below += posterior;
                        if (k > 0) {
                            chose[k] += posterior;
                            reached[k] += below;
                        }
                    }
                }
                for (int k = 1; k <= order; k++) {
                    if (reached[k] > 0) {
                        mu[k] = Math.min(1 - MIN_WEIGHT, Math.max(MIN_WEIGHT, chose[k] / reached[k]));
                    }
                }
                if (logLikelihood - previous < 1e-9 * Math.max(1, Math.abs(logLikelihood))) {
                    return iteration;
                }
                previous = logLikelihood;
            }
            return MAX_ITERATIONS;
        }
    }

    static final class JelinekMercerEstimator extends InterpolatedEstimator {
        private final double[] mu;
        private final String source;
        private final int iterations;
        private final List<String> notices;

        JelinekMercerEstimator(NgramCounts counts, int order, double[] mu, String source, int iterations,
                               List<String> notices) {
            super(counts, order);
            this.mu = mu;
            this.source = source;
            this.iterations = iterations;
            this.notices = List.copyOf(notices);
        }

        @Override
        protected boolean hasContext(int k, int ctx) {
            return counts.contextCount(k - 1, ctx) > 0;
        }

        @Override
        protected double alpha(int k, int ctx, int ngram) {
            return mu[k] * counts.count(k, ngram) / counts.contextCount(k - 1, ctx);
        }

        @Override
        protected double gamma(int k, int ctx) {
            return 1 - mu[k];
        }

        /** The fitted λ_0 (uniform) .. λ_N. */
        double[] lambdas() {
            return JelinekMercer.lambdas(mu);
        }

        @Override
        public Map<String, Object> fittedParameters() {
            Map<String, Object> out = new LinkedHashMap<>();
            double[] lambda = lambdas();
            for (int k = 0; k <= order; k++) {
                out.put("lambda" + k, lambda[k]);
            }
            out.put("held_out", source);
            out.put("em_iterations", iterations);
            return out;
        }

        @Override
        public List<String> notices() {
            return notices;
        }
    }
}
