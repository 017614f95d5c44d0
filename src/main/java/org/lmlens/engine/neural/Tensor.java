package org.lmlens.engine.neural;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A row-major matrix of floats ({@code rows × cols}; a vector is one row, a scalar 1 × 1) and, once an
 * operation's backward pass asks for it, its gradient of the same shape. Parameters are tensors that live
 * across steps; activations are made by operations during one forward pass.
 */
public final class Tensor {
    public final int rows;
    public final int cols;
    public final float[] data;
    private float[] grad;
    /** Whether an operation wrote the gradient as a whole this step (else only {@link #touched} rows). */
    private boolean denseGrad;
    /** Rows written through {@link #gradForRows}, or null: a lookup table's sparse gradient. */
    private java.util.BitSet touched;
    private final String name;

    public Tensor(String name, int rows, int cols) {
        this(name, rows, cols, new float[Math.multiplyExact(rows, cols)]);
    }

    public Tensor(String name, int rows, int cols, float[] data) {
        if (rows < 0 || cols < 0 || data.length != rows * cols) {
            throw new IllegalArgumentException(name + ": " + rows + " × " + cols + " does not hold " + data.length);
        }
        this.name = name;
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    public static Tensor scalar(String name, float value) {
        return new Tensor(name, 1, 1, new float[] {value});
    }

    /** Values drawn from N(0, scale²), from the given generator (reproducible). */
    public static Tensor gaussian(String name, int rows, int cols, double scale, SplittableRandom random) {
        Tensor t = new Tensor(name, rows, cols);
        for (int i = 0; i < t.data.length; i++) {
            t.data[i] = (float) (random.nextGaussian() * scale);
        }
        return t;
    }

    public String name() {
        return name;
    }

    public int size() {
        return data.length;
    }

    public float get(int row, int col) {
        return data[row * cols + col];
    }

    /** The gradient, allocated (as zeros) on first use, for an operation that may write any of it. */
    public float[] grad() {
        if (grad == null) {
            grad = new float[data.length];
        }
        denseGrad = true;
        return grad;
    }

    /**
     * The gradient, for an operation that writes only the given rows (an embedding lookup): the optimiser
     * and {@link #zeroGrad} then visit those rows alone, so a step on a 5,000 × 5,000 table costs the rows
     * the batch used, not the whole table.
     */
    public float[] gradForRows(int[] rowIds) {
        if (grad == null) {
            grad = new float[data.length];
        }
        if (touched == null) {
            touched = new java.util.BitSet(rows);
        }
        for (int r : rowIds) {
            touched.set(r);
        }
        return grad;
    }

    /** The gradient as it is, for an optimiser: reading it changes nothing (see {@link #gradRows}). */
    float[] gradValues() {
        return grad;
    }

    public boolean hasGrad() {
        return grad != null;
    }

    /**
     * The rows whose gradient may be non-zero, ascending: every row when an operation wrote the gradient as
     * a whole, none before any backward pass.
     */
    public int[] gradRows() {
        if (grad == null) {
            return new int[0];
        }
        if (denseGrad || touched == null) {
            int[] all = new int[rows];
            for (int i = 0; i < rows; i++) {
                all[i] = i;
            }
            return denseGrad ? all : new int[0];
        }
        return touched.stream().toArray();
    }

    /** Sets the gradient back to 0 (only the rows written, for a sparse one). */
    public void zeroGrad() {
        if (grad == null) {
            return;
        }
        if (denseGrad || touched == null) {
            Arrays.fill(grad, 0f);
        } else {
            for (int r = touched.nextSetBit(0); r >= 0; r = touched.nextSetBit(r + 1)) {
                Arrays.fill(grad, r * cols, (r + 1) * cols, 0f);
            }
        }
        denseGrad = false;
        if (touched != null) {
            touched.clear();
        }
    }

    /** The single value of a 1 × 1 tensor. */
    public float item() {
        if (data.length != 1) {
            throw new IllegalStateException(name + " is " + rows + " × " + cols + ", not a scalar");
        }
        return data[0];
    }

    /** A copy of the values (and no gradient). */
    public Tensor copy() {
        return new Tensor(name, rows, cols, data.clone());
    }

    /** Fails unless this tensor has the other's shape. */
    public void requireShapeOf(Tensor other) {
        requireShape(other.rows, other.cols, other.name);
    }

    void requireShape(int r, int c, String what) {
        if (rows != r || cols != c) {
            throw new IllegalArgumentException(what + ": " + name + " is " + rows + " × " + cols + ", expected "
                    + r + " × " + c);
        }
    }

    @Override
    public String toString() {
        return name + "[" + rows + " × " + cols + "]";
    }
}
