package org.lmlens.engine.neural;

/** y[i, j] = x[i, j] + b[j] (b is 1 × m, added to every row). Backward: dx += dy, db[j] += Σ_i dy[i, j]. */
public final class AddBias implements Op {
    private final Tensor x;
    private final Tensor b;
    private final Tensor y;

    private AddBias(Tensor x, Tensor b, Tensor y) {
        this.x = x;
        this.b = b;
        this.y = y;
    }

    public static Tensor apply(Tape tape, Tensor x, Tensor b) {
        b.requireShape(1, x.cols, "bias");
        Tensor y = new Tensor("bias", x.rows, x.cols);
        int m = x.cols;
        for (int i = 0; i < x.rows; i++) {
            for (int j = 0; j < m; j++) {
                y.data[i * m + j] = x.data[i * m + j] + b.data[j];
            }
        }
        tape.record(new AddBias(x, b, y));
        return y;
    }

    @Override
    public void backward() {
        float[] dy = y.grad();
        float[] dx = x.grad();
        float[] db = b.grad();
        int m = x.cols;
        for (int i = 0; i < x.rows; i++) {
            for (int j = 0; j < m; j++) {
                dx[i * m + j] += dy[i * m + j];
                db[j] += dy[i * m + j];
            }
        }
    }
}
