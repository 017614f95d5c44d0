package org.lmlens.engine.neural;

/**
 * The GELU activation in the tanh form of Hendrycks &amp; Gimpel (2016), as GPT-2 uses it:
 * y = ½ x (1 + tanh(u)), u = √(2/π) (x + 0.044715 x³). Backward:
 * dy/dx = ½ (1 + tanh u) + ½ x (1 − tanh² u) · √(2/π) (1 + 3 · 0.044715 x²).
 */
public final class Gelu implements Op {
    private static final double C = Math.sqrt(2 / Math.PI);
    private static final double A = 0.044715;
    private final Tensor x;
    private final Tensor y;

    private Gelu(Tensor x, Tensor y) {
        this.x = x;
        this.y = y;
    }

    public static Tensor apply(Tape tape, Tensor x) {
        Tensor y = new Tensor("gelu", x.rows, x.cols);
        for (int i = 0; i < x.data.length; i++) {
            double v = x.data[i];
            y.data[i] = (float) (0.5 * v * (1 + Math.tanh(C * (v + A * v * v * v))));
        }
        tape.record(new Gelu(x, y));
        return y;
    }

    @Override
    public void backward() {
        float[] dy = y.grad();
        float[] dx = x.grad();
        for (int i = 0; i < dx.length; i++) {
            double v = x.data[i];
            double t = Math.tanh(C * (v + A * v * v * v));
            double d = 0.5 * (1 + t) + 0.5 * v * (1 - t * t) * C * (1 + 3 * A * v * v);
            dx[i] += (float) (dy[i] * d);
        }
    }
}
