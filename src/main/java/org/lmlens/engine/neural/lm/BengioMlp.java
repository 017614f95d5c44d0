package org.lmlens.engine.neural.lm;

import java.util.List;
import java.util.SplittableRandom;
import org.lmlens.engine.neural.AddBias;
import org.lmlens.engine.neural.Embedding;
import org.lmlens.engine.neural.MatMul;
import org.lmlens.engine.neural.Tanh;
import org.lmlens.engine.neural.Tape;
import org.lmlens.engine.neural.Tensor;

/**
 * The neural probabilistic language model of Bengio et al. (2003), eq. 1 without the direct connections:
 * x = (C(w_{t−n+1}), …, C(w_{t−1})), h = tanh(x H + d), logits = h U + b, P(w_t | context) = softmax(logits).
 * C is V × m (embeddings), H is (n−1)·m × h, U is h × V. Initialised as in Karpathy's makemore part 3:
 * C ~ N(0, 1), H ~ N(0, 1) · (5/3)/√fan-in (tanh gain), U ~ N(0, 0.01²), biases 0, so the first loss is
 * close to log V.
 */
final class BengioMlp implements Network {
    private final NeuralConfig config;
    private final Tensor c;
    private final Tensor h;
    private final Tensor d;
    private final Tensor u;
    private final Tensor b;

    BengioMlp(NeuralConfig config, int vocabularySize, SplittableRandom random) {
        this(config, List.of(
                Tensor.gaussian("C", vocabularySize, config.embeddingSize(), 1.0, random),
                Tensor.gaussian("H", config.contextLength() * config.embeddingSize(), config.hiddenSize(),
                        5.0 / 3 / Math.sqrt(config.contextLength() * config.embeddingSize()), random),
                new Tensor("d", 1, config.hiddenSize()),
                Tensor.gaussian("U", config.hiddenSize(), vocabularySize, 0.01, random),
                new Tensor("b", 1, vocabularySize)));
    }

    private BengioMlp(NeuralConfig config, List<Tensor> p) {
        this.config = config;
        this.c = p.get(0);
        this.h = p.get(1);
        this.d = p.get(2);
        this.u = p.get(3);
        this.b = p.get(4);
    }

    /** The embedding table C (one row per word id). */
    Tensor embeddings() {
        return c;
    }

    @Override
    public List<Tensor> parameters() {
        return List.of(c, h, d, u, b);
    }

    @Override
    public List<Tensor> penalised() {
        return List.of(c, h, u);
    }

    @Override
    public Tensor logits(Tape tape, int[] contexts) {
        Tensor x = Embedding.apply(tape, c, contexts, config.contextLength());
        Tensor hidden = Tanh.apply(tape, AddBias.apply(tape, MatMul.apply(tape, x, h), d));
        return AddBias.apply(tape, MatMul.apply(tape, hidden, u), b);
    }

    @Override
    public Network withParameters(List<Tensor> parameters) {
        List<Tensor> mine = parameters();
        if (parameters.size() != mine.size()) {
            throw new IllegalArgumentException(parameters.size() + " tensors for " + mine);
        }
        for (int i = 0; i < mine.size(); i++) {
            parameters.get(i).requireShapeOf(mine.get(i));
        }
        return new BengioMlp(config, parameters.stream().map(Tensor::copy).toList());
    }
}
