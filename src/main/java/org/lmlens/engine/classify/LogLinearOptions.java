package org.lmlens.engine.classify;

import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;

/**
 * How the log-linear classifier is trained: n-gram features of orders 1..{@code order} kept when seen at
 * least {@code minCount} times, {@code epochs} full passes of gradient descent with Adam step sizes of
 * {@code learningRate}, and an L2 penalty of strength {@code l2} (λ/2 · ‖W‖², biases not penalised).
 */
public record LogLinearOptions(int order, int minCount, int epochs, double learningRate, double l2) {
    public LogLinearOptions {
        if (order < 1 || minCount < 1 || epochs < 1 || !(learningRate > 0) || !(l2 >= 0)) {
            throw new LmLensException(EngineMessages.get("classify.logLinearOptions", order, minCount, epochs,
                    learningRate, l2));
        }
    }

    /** Unigrams and bigrams seen twice, 40 epochs, step 0.1, λ = 1e-4: a sound start for a few classes. */
    public static LogLinearOptions defaults() {
        return new LogLinearOptions(2, 2, 40, 0.1, 1e-4);
    }

    public LogLinearOptions withOrder(int o) {
        return new LogLinearOptions(o, minCount, epochs, learningRate, l2);
    }

    public LogLinearOptions withEpochs(int e) {
        return new LogLinearOptions(order, minCount, e, learningRate, l2);
    }

    public LogLinearOptions withL2(double lambda) {
        return new LogLinearOptions(order, minCount, epochs, learningRate, lambda);
    }

    public LogLinearOptions withLearningRate(double rate) {
        return new LogLinearOptions(order, minCount, epochs, rate, l2);
    }

    public LogLinearOptions withMinCount(int min) {
        return new LogLinearOptions(order, min, epochs, learningRate, l2);
    }
}
