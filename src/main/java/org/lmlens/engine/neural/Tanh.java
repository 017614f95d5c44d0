package org.lmlens.engine.neural;

/** y = tanh(x), element-wise (Bengio et al. 2003's hidden layer). Backward: dx += dy · (1 − y²). */
public final class Tanh implements Op {
    private final Tensor x;
    private final Tensor y;

    private Tanh(Tensor x, Tensor y) {
        this.x = x;
        this.y = y;
    }

    public static Tensor apply(Tape tape, Tensor x) {
        Tensor y = new Tensor("tanh", x.rows, x.cols);
        for (int i = 0; i < x.data.length; i++) {
            y.data[i] = (float) Math.tanh(x.data[i]);
        }
        tape.record(new Tanh(x, y));
        return y;
    }

    @Override
    public void backward() {
        float[] dy = y.grad();
        float[] dx = x.grad();
        for (int i = 0; i < dx.length; i++) {
            float v = y.data[i];
            dx[i] += dy[i] * (1 - v * v);
        }
    }
}
