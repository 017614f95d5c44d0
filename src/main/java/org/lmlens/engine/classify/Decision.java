package org.lmlens.engine.classify;

import java.util.List;

/**
 * One line's decision by a generative classifier, with everything needed to show why: per class the
 * log prior ln P(c), the log likelihood Σ ln P(wᵢ | hᵢ, c), their sum (the score), and the posterior
 * P(c | line) = exp(score_c) / Σ exp(score_k) (Bayes' rule; SLP3 eq. 4.9); and per predicted token
 * (the words and {@code </s>}) each class's ln P(wᵢ | hᵢ, c). Natural logarithms throughout.
 *
 * @param best    the class with the highest score; when no class gives the line a non-zero probability
 *                (maximum likelihood and an unseen n-gram) Bayes' rule is undefined, {@code defined} is
 *                false and the decision falls back to the highest prior
 */
public record Decision(List<String> labels, double[] logPrior, double[] logLikelihood, double[] score,
                       double[] posterior, int best, boolean defined, List<TokenRow> tokens) {

    /**
     * One factor of the chain rule in every class model.
     *
     * @param context the words the models conditioned on (the same for all classes: one shared vocabulary)
     * @param oov     the word is in no class's training text
     */
    public record TokenRow(String word, List<String> context, double[] logProb, boolean oov) {
        /** The class whose model gave this token the highest probability (the first one on a tie). */
        public int pulledTowards() {
            return argmax(logProb);
        }

        /** How much more likely the token is in the class it pulls towards than on average over the others, ln. */
        public double margin() {
            int top = pulledTowards();
            double others = 0;
            for (int c = 0; c < logProb.length; c++) {
                others += c == top ? 0 : logProb[c];
            }
            return logProb.length < 2 ? 0 : logProb[top] - others / (logProb.length - 1);
        }
    }

    public String bestLabel() {
        return labels.get(best);
    }

    static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    /** exp(x − max) normalised (log-sum-exp), or NaN everywhere when every x is −∞. */
    static double[] softmax(double[] x) {
        double max = x[argmax(x)];
        double[] p = new double[x.length];
        if (max == Double.NEGATIVE_INFINITY) {
            java.util.Arrays.fill(p, Double.NaN);
            return p;
        }
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            p[i] = Math.exp(x[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < x.length; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
