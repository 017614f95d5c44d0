package org.lmlens.engine.neural;

import java.util.List;

/**
 * The L2 penalty (λ/2) Σ w² over some parameter tensors (weight decay as a term of the loss; Goodfellow
 * et al., Deep Learning, 7.1.1). Backward: dw += dloss · λ w. On the softmax bigram it pulls every logit of
 * a row towards the others, which spreads probability to unseen words as add-k smoothing does.
 */
public final class L2Penalty implements Op {
    private final List<Tensor> weights;
    private final float lambda;
    private final Tensor out;

    private L2Penalty(List<Tensor> weights, float lambda, Tensor out) {
        this.weights = weights;
        this.lambda = lambda;
        this.out = out;
    }

    public static Tensor apply(Tape tape, List<Tensor> weights, float lambda) {
        double sum = 0;
        for (Tensor w : weights) {
            for (float v : w.data) {
                sum += (double) v * v;
            }
        }
        Tensor out = Tensor.scalar("l2", (float) (0.5 * lambda * sum));
        tape.record(new L2Penalty(List.copyOf(weights), lambda, out));
        return out;
    }

    @Override
    public void backward() {
        float scale = out.grad()[0] * lambda;
        for (Tensor w : weights) {
            float[] g = w.grad();
            for (int i = 0; i < g.length; i++) {
                g[i] += scale * w.data[i];
            }
        }
    }
}
