package org.lmlens.engine.neural;

/**
 * y = x · w, for x of n × k and w of k × m (SLP3 ch. 7: a layer's weights as a matrix). Backward:
 * dx += dy · wᵀ and dw += xᵀ · dy, both through the same kernel on a transposed copy, so that every
 * inner loop runs along contiguous memory.
 */
public final class MatMul implements Op {
    private final Tensor x;
    private final Tensor w;
    private final Tensor y;

    private MatMul(Tensor x, Tensor w, Tensor y) {
        this.x = x;
        this.w = w;
        this.y = y;
    }

    public static Tensor apply(Tape tape, Tensor x, Tensor w) {
        if (x.cols != w.rows) {
            throw new IllegalArgumentException("matmul: " + x + " · " + w);
        }
        Tensor y = new Tensor("matmul", x.rows, w.cols);
        multiply(x.data, w.data, y.data, x.rows, x.cols, w.cols);
        tape.record(new MatMul(x, w, y));
        return y;
    }

    @Override
    public void backward() {
        float[] dy = y.grad();
        multiply(dy, transpose(w.data, w.rows, w.cols), x.grad(), x.rows, w.cols, w.rows);
        multiply(transpose(x.data, x.rows, x.cols), dy, w.grad(), x.cols, x.rows, w.cols);
    }

    /** The m × k transpose of a k × m row-major matrix. */
    static float[] transpose(float[] a, int rows, int cols) {
        float[] t = new float[a.length];
        Parallel.forRows(rows, cols, (from, to) -> {
            for (int i = from; i < to; i++) {
                for (int j = 0; j < cols; j++) {
                    t[j * rows + i] = a[i * cols + j];
                }
            }
        });
        return t;
    }

    /** Columns of the output handled together: four rows of this width (16 KB) stay in the L1 cache. */
    private static final int COLUMN_BLOCK = 1024;

    /**
     * out[n × m] += a[n × k] · b[k × m], row-major, over the cores by blocks of rows. Four output rows are
     * computed together so that each row of b loaded from memory serves four multiply-adds; the inner loop
     * over a contiguous column block is one the JIT compiles to SIMD instructions. Each output element is
     * summed in the order p = 0..k-1 whatever the thread, so the result does not depend on the cores.
     */
    public static void multiply(float[] a, float[] b, float[] out, int n, int k, int m) {
        int quads = (n + 3) / 4;
        Parallel.forRows(quads, 4L * k * m, (from, to) -> {
            for (int q = from; q < to; q++) {
                int i = 4 * q;
                if (i + 4 <= n) {
                    fourRows(a, b, out, i, k, m);
                } else {
                    for (int r = i; r < n; r++) {
                        oneRow(a, b, out, r, k, m);
                    }
                }
            }
        });
    }

    private static void fourRows(float[] a, float[] b, float[] out, int i, int k, int m) {
        int a0 = i * k;
        int a1 = a0 + k;
        int a2 = a1 + k;
        int a3 = a2 + k;
        int o0 = i * m;
        int o1 = o0 + m;
        int o2 = o1 + m;
        int o3 = o2 + m;
        for (int j0 = 0; j0 < m; j0 += COLUMN_BLOCK) {
            int j1 = Math.min(m, j0 + COLUMN_BLOCK);
            for (int p = 0; p < k; p++) {
                float x0 = a[a0 + p];
                float x1 = a[a1 + p];
                float x2 = a[a2 + p];
                float x3 = a[a3 + p];
                int bp = p * m;
                for (int j = j0; j < j1; j++) {
                    float v = b[bp + j];
                    out[o0 + j] += x0 * v;
                    out[o1 + j] += x1 * v;
                    out[o2 + j] += x2 * v;
                    out[o3 + j] += x3 * v;
                }
            }
        }
    }

    private static void oneRow(float[] a, float[] b, float[] out, int i, int k, int m) {
        int o = i * m;
        for (int p = 0; p < k; p++) {
            float x = a[i * k + p];
            int bp = p * m;
            for (int j = 0; j < m; j++) {
                out[o + j] += x * b[bp + j];
            }
        }
    }
}
