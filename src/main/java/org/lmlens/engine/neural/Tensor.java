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

    /** The gradient, allocated (as zeros) on first use. */
    public float[] grad() {
        if (grad == null) {
            grad = new float[data.length];
        }
        return grad;
    }

    public boolean hasGrad() {
        return grad != null;
    }

    public void zeroGrad() {
        if (grad != null) {
            Arrays.fill(grad, 0f);
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
