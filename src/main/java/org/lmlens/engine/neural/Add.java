package org.lmlens.engine.neural;

/** z = a + b, element by element (same shapes): a data loss plus a penalty, a residual connection. */
public final class Add implements Op {
    private final Tensor a;
    private final Tensor b;
    private final Tensor z;

    private Add(Tensor a, Tensor b, Tensor z) {
        this.a = a;
        this.b = b;
        this.z = z;
    }

    public static Tensor apply(Tape tape, Tensor a, Tensor b) {
        b.requireShape(a.rows, a.cols, "add");
        Tensor z = new Tensor("add", a.rows, a.cols);
        for (int i = 0; i < z.data.length; i++) {
            z.data[i] = a.data[i] + b.data[i];
        }
        tape.record(new Add(a, b, z));
        return z;
    }

    @Override
    public void backward() {
        float[] dz = z.grad();
        float[] da = a.grad();
        float[] db = b.grad();
        for (int i = 0; i < dz.length; i++) {
            da[i] += dz[i];
            db[i] += dz[i];
        }
    }
}
