package org.lmlens.engine.neural;

/** y = max(0, x), element-wise. Backward: dx += dy where x &gt; 0 (the derivative at 0 is taken as 0). */
public final class Relu extends ElementWise {
    private Relu(Tensor x) {
        super(x, "relu");
    }

    public static Tensor apply(Tape tape, Tensor x) {
        return new Relu(x).run(tape);
    }

    @Override
    float value(float x) {
        return Math.max(0f, x);
    }

    @Override
    float derivative(float x, float y) {
        return x > 0 ? 1f : 0f;
    }
}
