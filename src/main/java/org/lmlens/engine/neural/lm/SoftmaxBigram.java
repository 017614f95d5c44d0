package org.lmlens.engine.neural.lm;

import java.util.List;
import org.lmlens.engine.neural.Embedding;
import org.lmlens.engine.neural.Tape;
import org.lmlens.engine.neural.Tensor;

/**
 * P(w | v) = softmax(W[v])_w: the logits of the next word are the row of W (V × V) picked by the previous
 * word, i.e. one-hot(v) · W. Trained by maximum likelihood with no penalty, softmax(W[v]) tends to the MLE
 * table c(v w) / c(v) (SLP3 eq. 3.11); it starts at W = 0, the uniform distribution.
 */
final class SoftmaxBigram implements Network {
    private final Tensor w;

    SoftmaxBigram(int vocabularySize) {
        this(new Tensor("W", vocabularySize, vocabularySize));
    }

    private SoftmaxBigram(Tensor w) {
        this.w = w;
    }

    Tensor weights() {
        return w;
    }

    @Override
    public List<Tensor> parameters() {
        return List.of(w);
    }

    @Override
    public List<Tensor> penalised() {
        return List.of(w);
    }

    @Override
    public Tensor logits(Tape tape, int[] contexts) {
        return Embedding.apply(tape, w, contexts, 1);
    }

    @Override
    public Network withParameters(List<Tensor> parameters) {
        Tensor t = parameters.get(0);
        t.requireShapeOf(w);
        return new SoftmaxBigram(t.copy());
    }
}
