package org.lmlens.engine.neural;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam with decoupled weight decay (Loshchilov &amp; Hutter 2019, Algorithm 2; Kingma &amp; Ba 2015):
 * m ← β₁ m + (1 − β₁) g, v ← β₂ v + (1 − β₂) g², m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ),
 * w ← w − η (m̂ / (√v̂ + ε) + λ w). Weight decay 0 gives plain Adam. Rows with no gradient this step (a
 * lookup table's rows the batch did not use) are skipped, moments included, as PyTorch's
 * {@code SparseAdam} does: the same as dense AdamW whenever every row is used (full-batch training).
 */
public final class AdamW implements Optimizer {
    private volatile double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double weightDecay;
    private final Map<Tensor, float[][]> moments = new IdentityHashMap<>();
    private int t;

    public AdamW(double learningRate, double beta1, double beta2, double epsilon, double weightDecay) {
        if (!(learningRate > 0) || !(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(epsilon > 0)
                || !(weightDecay >= 0)) {
            throw new IllegalArgumentException("AdamW " + learningRate + " " + beta1 + " " + beta2 + " " + epsilon
                    + " " + weightDecay);
        }
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.weightDecay = weightDecay;
    }

    /** The usual defaults: β₁ 0.9, β₂ 0.999, ε 1e-8. */
    public AdamW(double learningRate, double weightDecay) {
        this(learningRate, 0.9, 0.999, 1e-8, weightDecay);
    }

    @Override
    public void step(List<Tensor> parameters) {
        t++;
        float lr = (float) learningRate;
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float c1 = (float) (1 / (1 - Math.pow(beta1, t)));
        float c2 = (float) (1 / (1 - Math.pow(beta2, t)));
        float eps = (float) epsilon;
        float decay = (float) weightDecay;
        for (Tensor w : parameters) {
            if (!w.hasGrad()) {
                continue;
            }
            float[][] mv = moments.computeIfAbsent(w, x -> new float[][] {new float[x.size()], new float[x.size()]});
            float[] m = mv[0];
            float[] v = mv[1];
            float[] g = w.gradValues();
            float[] d = w.data;
            int[] rows = w.gradRows();
            int cols = w.cols;
            Parallel.forRows(rows.length, 8L * cols, (from, to) -> {
                for (int r = from; r < to; r++) {
                    updateRow(rows[r] * cols, cols, m, v, g, d, lr, b1, b2, c1, c2, eps, decay);
                }
            });
        }
    }

    private static void updateRow(int start, int cols, float[] m, float[] v, float[] g, float[] d, float lr, float b1,
                                  float b2, float c1, float c2, float eps, float decay) {
        for (int i = start; i < start + cols; i++) {
            m[i] = b1 * m[i] + (1 - b1) * g[i];
            v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
            float mHat = m[i] * c1;
            float vHat = v[i] * c2;
            d[i] -= lr * (mHat / ((float) Math.sqrt(vHat) + eps) + decay * d[i]);
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
        moments.clear();
        t = 0;
    }
}
