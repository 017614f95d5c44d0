package org.lmlens.engine.neural;

/**
 * An activation applied to every element on its own, y_i = f(x_i), whose backward pass is
 * dx_i += dy_i · f'(x_i) (the chain rule, element by element). A subclass gives f and f'.
 */
abstract class ElementWise implements Op {
    private final Tensor x;
    private final Tensor y;

    ElementWise(Tensor x, String name) {
        this.x = x;
        this.y = new Tensor(name, x.rows, x.cols);
    }

    abstract float value(float x);

    /** f'(x), given also y = f(x) (tanh's derivative is cheapest from y). */
    abstract float derivative(float x, float y);

    /** Computes the output, records this operation and returns the output. */
    final Tensor run(Tape tape) {
        for (int i = 0; i < x.data.length; i++) {
            y.data[i] = value(x.data[i]);
        }
        tape.record(this);
        return y;
    }

    @Override
    public final void backward() {
        float[] dy = y.grad();
        float[] dx = x.grad();
        for (int i = 0; i < dx.length; i++) {
            dx[i] += dy[i] * derivative(x.data[i], y.data[i]);
        }
    }
}
