package org.lmlens.engine.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.count.Vocabulary;

/**
 * Multinomial logistic regression (a log-linear model; SLP3 ch. 5): P(c | x) = exp(w_c · x + b_c) /
 * Σ_k exp(w_k · x + b_k), with x the line's n-gram counts ({@link NgramFeatures}). A discriminative model:
 * it models P(c | x) directly instead of P(x | c) P(c). Trained by {@link LogLinearTrainer}. The weights
 * are stored feature-major ({@code w[f·K + c]}) followed by the K biases, one flat vector as an optimiser
 * sees it. Immutable once trained.
 */
public final class LogLinearClassifier {
    /** One feature's weight in a class. */
    public record Weight(List<String> ngram, double weight) {
    }

    private final List<String> labels;
    private final NgramFeatures features;
    final double[] params;

    LogLinearClassifier(List<String> labels, NgramFeatures features, double[] params) {
        this.labels = labels;
        this.features = features;
        this.params = params;
    }

    public List<String> labels() {
        return labels;
    }

    public NgramFeatures features() {
        return features;
    }

    public double weight(int feature, int c) {
        return params[feature * labels.size() + c];
    }

    public double bias(int c) {
        return params[features.size() * labels.size() + c];
    }

    /** The logits w_c · x + b_c of row {@code row} of a feature matrix. */
    void logits(FeatureMatrix m, int row, double[] out) {
        int k = labels.size();
        System.arraycopy(params, features.size() * k, out, 0, k);
        for (int j = m.rowStart[row]; j < m.rowStart[row + 1]; j++) {
            int base = m.feature[j] * k;
            float x = m.value[j];
            for (int c = 0; c < k; c++) {
                out[c] += params[base + c] * x;
            }
        }
    }

    /** The predicted class of every row. */
    int[] predict(FeatureMatrix m) {
        int[] out = new int[m.rows()];
        double[] z = new double[labels.size()];
        for (int i = 0; i < out.length; i++) {
            logits(m, i, z);
            out[i] = Decision.argmax(z);
        }
        return out;
    }

    /** The predicted class of every line of a corpus encoded with the training vocabulary. */
    public int[] predict(Corpus lines, Progress progress) {
        int[] gold = new int[lines.sentenceCount()];
        progress.checkCancelled();
        return predict(FeatureMatrix.of(features, new Corpus[] {lines}, new int[][] {gold}));
    }

    /** P(c | line) for a line given as tokens. */
    public double[] posterior(List<String> words, Vocabulary vocabulary) {
        Corpus one = CorpusBuilder.encode(List.of(words), vocabulary);
        FeatureMatrix m = FeatureMatrix.of(features, new Corpus[] {one}, new int[][] {{0}});
        double[] z = new double[labels.size()];
        logits(m, 0, z);
        return Decision.softmax(z);
    }

    /** The {@code limit} features with the largest weights in class {@code c}, largest first. */
    public List<Weight> topWeights(int c, int limit) {
        PriorityQueue<Integer> top = new PriorityQueue<>(Comparator.comparingDouble(f -> weight(f, c)));
        for (int f = 0; f < features.size(); f++) {
            if (top.size() < limit) {
                top.add(f);
            } else if (weight(f, c) > weight(top.peek(), c)) {
                top.poll();
                top.add(f);
            }
        }
        List<Weight> out = new ArrayList<>();
        while (!top.isEmpty()) {
            int f = top.poll();
            out.add(0, new Weight(features.ngram(f), weight(f, c)));
        }
        return out;
    }

    /** {@link #topWeights} of every class. */
    public List<List<Weight>> topWeights(int limit) {
        List<List<Weight>> out = new ArrayList<>();
        for (int c = 0; c < labels.size(); c++) {
            out.add(topWeights(c, limit));
        }
        return out;
    }
}
