package org.lmlens.engine.neural;

import java.util.List;

/** Updates parameters from their gradients; the learning rate can change between steps (a live slider). */
public interface Optimizer {
    /** One update of every parameter from its current gradient (which the caller then zeroes). */
    void step(List<Tensor> parameters);

    double learningRate();

    void setLearningRate(double learningRate);

    /** Forgets the running state (momentum, moments), as after a reset of the weights. */
    void reset();
}
