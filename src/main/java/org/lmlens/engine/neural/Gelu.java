package org.lmlens.engine.neural;

/**
 * The GELU activation in the tanh form of Hendrycks &amp; Gimpel (2016), as GPT-2 uses it:
 * y = ½ x (1 + tanh(u)), u = √(2/π) (x + 0.044715 x³). Backward:
 * dy/dx = ½ (1 + tanh u) + ½ x (1 − tanh² u) · √(2/π) (1 + 3 · 0.044715 x²).
 */
public final class Gelu extends ElementWise {
    private static final double C = Math.sqrt(2 / Math.PI);
    private static final double A = 0.044715;

    private Gelu(Tensor x) {
        super(x, "gelu");
    }

    public static Tensor apply(Tape tape, Tensor x) {
        return new Gelu(x).run(tape);
    }

    @Override
    float value(float x) {
        double v = x;
        return (float) (0.5 * v * (1 + Math.tanh(C * (v + A * v * v * v))));
    }

    @Override
    float derivative(float x, float y) {
        double v = x;
        double t = Math.tanh(C * (v + A * v * v * v));
        return (float) (0.5 * (1 + t) + 0.5 * v * (1 - t * t) * C * (1 + 3 * A * v * v));
    }
}
