package org.lmlens.engine.classify;

/**
 * Adam (Kingma &amp; Ba 2015, Algorithm 1) over one flat parameter vector: m ← β₁m + (1−β₁)g,
 * v ← β₂v + (1−β₂)g², θ ← θ − α·m̂ / (√v̂ + ε) with the bias-corrected m̂ = m / (1−β₁ᵗ), v̂ = v / (1−β₂ᵗ).
 * Each weight gets a step of its own size, which matters for count features whose scales differ by orders of
 * magnitude (a frequent character against a rare bigram): plain gradient descent with one step size needs
 * hundreds more epochs on them.
 */
final class Adam {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;
    private final double rate;
    private final double[] m;
    private final double[] v;
    private int t;

    Adam(int size, double rate) {
        this.rate = rate;
        this.m = new double[size];
        this.v = new double[size];
    }

    /** One step of {@code params} against the gradient {@code grad} (same length). */
    void step(double[] params, double[] grad) {
        t++;
        double c1 = 1 - Math.pow(BETA1, t);
        double c2 = 1 - Math.pow(BETA2, t);
        for (int i = 0; i < params.length; i++) {
            double g = grad[i];
            if (g == 0 && m[i] == 0) {
                continue;
            }
            m[i] = BETA1 * m[i] + (1 - BETA1) * g;
            v[i] = BETA2 * v[i] + (1 - BETA2) * g * g;
            params[i] -= rate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPSILON);
        }
    }
}
