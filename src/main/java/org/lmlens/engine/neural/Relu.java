package org.lmlens.engine.neural;

/** y = max(0, x), element-wise. Backward: dx += dy where x &gt; 0 (the derivative at 0 is taken as 0). */
public final class Relu implements Op {
    private final Tensor x;
    private final Tensor y;

    private Relu(Tensor x, Tensor y) {
        this.x = x;
        this.y = y;
    }

    public static Tensor apply(Tape tape, Tensor x) {
        Tensor y = new Tensor("relu", x.rows, x.cols);
        for (int i = 0; i < x.data.length; i++) {
            y.data[i] = Math.max(0f, x.data[i]);
        }
        tape.record(new Relu(x, y));
        return y;
    }

    @Override
    public void backward() {
        float[] dy = y.grad();
        float[] dx = x.grad();
        for (int i = 0; i < dx.length; i++) {
            if (x.data[i] > 0) {
                dx[i] += dy[i];
            }
        }
    }
}
