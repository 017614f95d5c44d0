package org.lmlens.engine.neural.lm;

import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;

/**
 * How a model is trained: examples per step, the optimiser and its learning rate, the L2 penalty (a term
 * of the loss, λ/2 Σ w²) or AdamW's decoupled weight decay, and the seed of the batch draws.
 *
 * @param optimizer {@code adamw} or {@code sgd} (with {@code momentum}; 0 for plain gradient descent)
 */
public record TrainingOptions(int batchSize, String optimizer, double learningRate, double momentum,
                              double weightDecay, double l2, long seed) {
    public TrainingOptions {
        if (batchSize < 1) {
            throw new LmLensException(EngineMessages.get("neural.batch", batchSize));
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new LmLensException(EngineMessages.get("neural.learningRate", learningRate));
        }
        if (!(l2 >= 0) || !(weightDecay >= 0) || !(momentum >= 0 && momentum < 1)) {
            throw new LmLensException(EngineMessages.get("neural.regularisation", l2, weightDecay, momentum));
        }
        if (!optimizer.equals("adamw") && !optimizer.equals("sgd")) {
            throw new LmLensException(EngineMessages.get("neural.optimizer", optimizer));
        }
    }

    /** AdamW at a learning rate, no penalty. */
    public static TrainingOptions adamw(int batchSize, double learningRate, long seed) {
        return new TrainingOptions(batchSize, "adamw", learningRate, 0, 0, 0, seed);
    }

    public TrainingOptions withL2(double lambda) {
        return new TrainingOptions(batchSize, optimizer, learningRate, momentum, weightDecay, lambda, seed);
    }

    public TrainingOptions withLearningRate(double rate) {
        return new TrainingOptions(batchSize, optimizer, rate, momentum, weightDecay, l2, seed);
    }
}
