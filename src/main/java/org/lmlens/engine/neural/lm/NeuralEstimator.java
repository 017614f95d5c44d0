package org.lmlens.engine.neural.lm;

import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.smoothing.Estimator;
import org.lmlens.engine.smoothing.Explanation;

/**
 * P(w | h) of a neural model, as an {@link Estimator}, so that a {@code LanguageModel} built on it scores,
 * samples and evaluates exactly as an n-gram model does. The history is padded with {@code <s>} to the
 * network's context length (see {@link Examples}). A sentence is scored in one forward pass over all its
 * positions. Thread-safe: the network's weights are a snapshot no one writes.
 */
final class NeuralEstimator extends Estimator {
    private final NeuralModel model;

    NeuralEstimator(NeuralModel model, NgramCounts counts) {
        super(counts, model.config().order());
        this.model = model;
    }

    @Override
    public double probability(int[] history, int from, int to, int word) {
        if (word == Vocabulary.BOS) {
            return 0;
        }
        double[] p = new double[counts.vocabulary().size()];
        model.distribution(history, from, to, p);
        return p[word];
    }

    @Override
    public boolean distribution(int[] history, int from, int to, double[] out) {
        model.distribution(history, from, to, out);
        return true;
    }

    @Override
    public void sentenceProbabilities(int[] tokens, int start, int end, double[] out) {
        model.sentenceProbabilities(tokens, start, end, out);
    }

    /** The network used the whole (padded) context; there are no counts behind the value. */
    @Override
    public Explanation explain(int[] history, int from, int to, int word) {
        double p = probability(history, from, to, word);
        int used = Math.min(to - from, order - 1);
        return new Explanation(used, 0, 0, p, 0, 0, 0, 0, used + 1, false, null);
    }
}
