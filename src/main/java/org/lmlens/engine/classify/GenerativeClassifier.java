package org.lmlens.engine.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.NgramCounter;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.smoothing.EstimationContext;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;

/**
 * A generative classifier made of language models, one per class (SLP3 ch. 4; a class-conditional
 * n-gram model is the "language model as classifier" of SLP3 §4.6): ĉ = argmax_c ln P(c) + Σᵢ ln P(wᵢ | hᵢ, c),
 * the sentence scored as {@code <s> w1 … wn </s>} by class c's model. At order 1 with add-one smoothing
 * this is exactly multinomial Naive Bayes with Laplace smoothing (SLP3 eqs. 4.10 and 4.14), the end of the
 * line counting as one more word: P(w | c) = (count(w, c) + 1) / (Σ_v count(v, c) + |V|). Every model
 * shares the vocabulary of {@link ClassData}. Immutable and thread-safe.
 */
public final class GenerativeClassifier {
    private final List<String> labels;
    private final List<LanguageModel> models;
    private final double[] logPrior;
    private final Prior prior;

    private GenerativeClassifier(List<String> labels, List<LanguageModel> models, double[] logPrior, Prior prior) {
        this.labels = labels;
        this.models = models;
        this.logPrior = logPrior;
        this.prior = prior;
    }

    /** Counts every class's lines and fits its model at {@code order} with the method and parameters. */
    public static GenerativeClassifier train(ClassData data, int order, SmoothingMethod method, Parameters parameters,
                                             Prior prior, Progress progress) {
        List<LanguageModel> models = new ArrayList<>();
        for (int c = 0; c < data.classCount(); c++) {
            progress.update(EngineMessages.get("classify.stage.model", data.labels().get(c)),
                    (double) c / data.classCount());
            Corpus lines = data.lines(c);
            models.add(LanguageModel.of(NgramCounter.count(lines, order, progress), order, method, parameters,
                    new EstimationContext(lines, null)));
        }
        return new GenerativeClassifier(data.labels(), List.copyOf(models), prior.logPriors(data.lineCounts()),
                prior);
    }

    /** Multinomial Naive Bayes: order 1 with Laplace (add-one) smoothing. */
    public boolean isNaiveBayes() {
        return order() == 1 && "laplace".equals(models.get(0).method().name());
    }

    public List<String> labels() {
        return labels;
    }

    public int order() {
        return models.get(0).order();
    }

    public Prior prior() {
        return prior;
    }

    public LanguageModel model(int classIndex) {
        return models.get(classIndex);
    }

    public double[] logPriors() {
        return logPrior.clone();
    }

    /** The decision for one line given as tokens (without {@code <s>}/{@code </s>}), token by token. */
    public Decision decide(List<String> words) {
        int k = labels.size();
        Vocabulary vocabulary = models.get(0).vocabulary();
        int[] seq = sentence(words, vocabulary);
        double[] likelihood = new double[k];
        List<Decision.TokenRow> rows = new ArrayList<>();
        for (int i = 1; i < seq.length; i++) {
            int from = Math.max(0, i - (order() - 1));
            double[] logProb = new double[k];
            for (int c = 0; c < k; c++) {
                logProb[c] = Math.log(models.get(c).estimator().probability(seq, from, i, seq[i]));
                likelihood[c] += logProb[c];
            }
            boolean last = i == seq.length - 1;
            String word = last ? Vocabulary.EOS_WORD : words.get(i - 1);
            boolean oov = !last && seq[i] == Vocabulary.UNK && !Vocabulary.UNK_WORD.equals(word);
            List<String> context = models.get(0).decode(Arrays.copyOfRange(seq, from, i));
            rows.add(new Decision.TokenRow(word, context, logProb, oov));
        }
        return decision(likelihood, List.copyOf(rows));
    }

    private Decision decision(double[] likelihood, List<Decision.TokenRow> rows) {
        double[] score = new double[likelihood.length];
        for (int c = 0; c < score.length; c++) {
            score[c] = logPrior[c] + likelihood[c];
        }
        boolean defined = score[Decision.argmax(score)] > Double.NEGATIVE_INFINITY;
        int best = Decision.argmax(defined ? score : logPrior);
        return new Decision(labels, logPrior.clone(), likelihood, score, Decision.softmax(score), best, defined, rows);
    }

    private static int[] sentence(List<String> words, Vocabulary vocabulary) {
        int[] seq = new int[words.size() + 2];
        seq[0] = Vocabulary.BOS;
        for (int i = 0; i < words.size(); i++) {
            seq[i + 1] = vocabulary.id(words.get(i));
        }
        seq[seq.length - 1] = Vocabulary.EOS;
        return seq;
    }

    /** Each class's score ln P(c) + ln P(line | c) for line {@code tokens[start..end)} ({@code <s> … </s>}). */
    public double[] scores(int[] tokens, int start, int end) {
        double[] score = logPrior.clone();
        double[] p = new double[end - start - 1];
        for (int c = 0; c < score.length; c++) {
            models.get(c).estimator().sentenceProbabilities(tokens, start, end, p);
            for (double v : p) {
                score[c] += Math.log(v);
            }
        }
        return score;
    }

    /** The predicted class of every line of a corpus encoded with the shared vocabulary. */
    public int[] predict(Corpus lines, Progress progress) {
        int[] out = new int[lines.sentenceCount()];
        int[] tokens = lines.tokenArray();
        for (int i = 0; i < out.length; i++) {
            if ((i & 1023) == 0) {
                progress.checkCancelled();
            }
            double[] score = scores(tokens, lines.sentenceStart(i), lines.sentenceEnd(i));
            boolean defined = score[Decision.argmax(score)] > Double.NEGATIVE_INFINITY;
            out[i] = Decision.argmax(defined ? score : logPrior);
        }
        return out;
    }
}
