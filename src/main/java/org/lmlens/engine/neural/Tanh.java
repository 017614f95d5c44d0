package org.lmlens.engine.neural;

/** y = tanh(x), element-wise (Bengio et al. 2003's hidden layer). Backward: dx += dy · (1 − y²). */
public final class Tanh extends ElementWise {
    private Tanh(Tensor x) {
        super(x, "tanh");
    }

    public static Tensor apply(Tape tape, Tensor x) {
        return new Tanh(x).run(tape);
    }

    @Override
    float value(float x) {
        return (float) Math.tanh(x);
    }

    @Override
    float derivative(float x, float y) {
        return 1 - y * y;
    }
}
