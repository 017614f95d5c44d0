package org.lmlens.engine.neural.lm;

/**
 * One point of a loss curve: after {@code step} updates and {@code tokens} training tokens, the mean
 * cross-entropy (nats per token) of the last batch and, when measured, of the held-out text
 * ({@link Double#NaN} otherwise). exp(validation loss) is the held-out perplexity.
 */
public record LossPoint(int step, long tokens, double trainLoss, double validationLoss) {
    public double validationPerplexity() {
        return Math.exp(validationLoss);
    }

    public boolean hasValidation() {
        return !Double.isNaN(validationLoss);
    }
}
