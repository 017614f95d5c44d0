package org.lmlens.engine.neural;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stochastic gradient descent with (heavy-ball) momentum, as in PyTorch's {@code SGD}:
 * v ← μ v + g, w ← w − η v (μ = 0: plain gradient descent, w ← w − η g). Rows with no gradient this
 * step (a lookup table's rows the batch did not use) are left as they are, momentum included.
 */
public final class Sgd implements Optimizer {
    private volatile double learningRate;
    private final double momentum;
    private final Map<Tensor, float[]> velocity = new IdentityHashMap<>();

    public Sgd(double learningRate, double momentum) {
        if (!(learningRate > 0) || !(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("learning rate " + learningRate + ", momentum " + momentum);
        }
        this.learningRate = learningRate;
        this.momentum = momentum;
    }

    @Override
    public void step(List<Tensor> parameters) {
        float lr = (float) learningRate;
        float mu = (float) momentum;
        for (Tensor w : parameters) {
            if (!w.hasGrad()) {
                continue;
            }
            float[] g = w.gradValues();
            float[] d = w.data;
            float[] v = mu == 0 ? null : velocity.computeIfAbsent(w, t -> new float[t.size()]);
            for (int row : w.gradRows()) {
                for (int i = row * w.cols, end = i + w.cols; i < end; i++) {
                    if (v == null) {
                        d[i] -= lr * g[i];
                    } else {
                        v[i] = mu * v[i] + g[i];
                        d[i] -= lr * v[i];
                    }
                }
            }
        }
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public void setLearningRate(double learningRate) {
        this.learningRate = learningRate;
    }

    @Override
    public void reset() {
        velocity.clear();
    }
}
