package org.lmlens.engine.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.smoothing.EstimationContext;
import org.lmlens.engine.smoothing.Estimator;
import org.lmlens.engine.smoothing.Explanation;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;

/**
 * An n-gram language model: counts + a smoothing method at an order. The word-level API the CLI and the
 * UI use: probabilities, distributions, explanations, sentence scores, test-set evaluation and
 * generation (see {@link Sampler}). Immutable and thread-safe.
 *
 * <p>Contexts given as words are normalised the same way everywhere: unknown words become
 * {@code <unk>}, the context is cut at its last {@code <s>} (so NLTK-style padding {@code <s> <s>} means
 * the same as one {@code <s>}), a {@code </s>} in a context starts a new sentence, and only the last
 * N-1 words are kept.
 */
public final class LanguageModel {
    private final NgramCounts counts;
    private final Vocabulary vocabulary;
    private final SmoothingMethod method;
    private final Parameters parameters;
    private final Estimator estimator;

    private LanguageModel(NgramCounts counts, SmoothingMethod method, Parameters parameters, Estimator estimator) {
        this.counts = counts;
        this.vocabulary = counts.vocabulary();
        this.method = method;
        this.parameters = parameters;
        this.estimator = estimator;
    }

    public static LanguageModel of(NgramCounts counts, int order, SmoothingMethod method, Parameters parameters,
                                   EstimationContext context) {
        Objects.requireNonNull(method, "method");
        Estimator est = method.estimate(counts, order, parameters, context);
        return new LanguageModel(counts, method, parameters, est);
    }

    public static LanguageModel of(NgramCounts counts, int order, SmoothingMethod method) {
        return of(counts, order, method, Parameters.NONE, EstimationContext.NONE);
    }

    public int order() {
        return estimator.order();
    }

    public SmoothingMethod method() {
        return method;
    }

    public Parameters parameters() {
        return parameters;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public NgramCounts counts() {
        return counts;
    }

    public Estimator estimator() {
        return estimator;
    }

    /** The context as the model uses it: ids, cut at the last {@code <s>} and to N-1 words. */
    public int[] encodeContext(List<String> words) {
        int[] ids = new int[words.size()];
        int start = 0;
        for (int i = 0; i < ids.length; i++) {
            String w = words.get(i);
            if (Vocabulary.EOS_WORD.equals(w)) {
                ids[i] = Vocabulary.BOS;
            } else {
                ids[i] = vocabulary.id(w);
            }
            if (ids[i] == Vocabulary.BOS) {
                start = i;
            }
        }
        start = Math.max(start, ids.length - (order() - 1));
        return Arrays.copyOfRange(ids, start, ids.length);
    }

    public List<String> decode(int[] ids) {
        List<String> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(vocabulary.word(id));
        }
        return out;
    }

    /** P(word | context); an unknown word is scored as {@code <unk>}. */
    public double probability(List<String> context, String word) {
        int[] h = encodeContext(context);
        return estimator.probability(h, 0, h.length, vocabulary.id(word));
    }

    public boolean isDefined(List<String> context) {
        int[] h = encodeContext(context);
        return estimator.isDefined(h, 0, h.length);
    }

    /** The full next-word distribution, or {@link UndefinedContextException} for MLE and an unseen context. */
    public Distribution distribution(List<String> context) {
        int[] h = encodeContext(context);
        double[] out = new double[vocabulary.size()];
        if (!estimator.distribution(h, 0, h.length, out)) {
            throw new UndefinedContextException(String.join(" ", decode(h)), method.name());
        }
        return new Distribution(vocabulary, decode(h), out);
    }

    public Explanation explain(List<String> context, String word) {
        int[] h = encodeContext(context);
        return estimator.explain(h, 0, h.length, vocabulary.id(word));
    }

    /** The chain-rule breakdown of a sentence given as words (without {@code <s>}/{@code </s>}). */
    public SentenceScore score(List<String> words) {
        int n = words.size();
        int[] seq = new int[n + 2];
        seq[0] = Vocabulary.BOS;
        for (int i = 0; i < n; i++) {
            seq[i + 1] = vocabulary.id(words.get(i));
        }
        seq[n + 1] = Vocabulary.EOS;
        List<TokenScore> scores = new ArrayList<>(n + 1);
        double total = 0;
        int oov = 0;
        for (int i = 1; i < seq.length; i++) {
            int from = Math.max(0, i - (order() - 1));
            double p = estimator.probability(seq, from, i, seq[i]);
            double log10 = Math.log10(p);
            total += log10;
            Explanation ex = estimator.explain(seq, from, i, seq[i]);
            boolean isOov = i <= n && seq[i] == Vocabulary.UNK && !Vocabulary.UNK_WORD.equals(words.get(i - 1));
            oov += isOov ? 1 : 0;
            String word = i <= n ? words.get(i - 1) : Vocabulary.EOS_WORD;
            scores.add(new TokenScore(word, decode(Arrays.copyOfRange(seq, from, i)), p, log10, total,
                    ex.suppliedByOrder(), isOov));
        }
        int characters = 1;
        for (String w : words) {
            characters += w.codePointCount(0, w.length());
        }
        return new SentenceScore(scores, total, n + 1, oov, characters);
    }

    /**
     * How P(· | context) is shared between the outcomes seen after the context in training and the
     * others (see {@link MassSplit}); computed from the distribution and the context's children, so it
     * works for every method.
     */
    public MassSplit massSplit(List<String> context) {
        int[] h = encodeContext(context);
        int ctx = counts.find(h, 0, h.length);
        long ch = ctx < 0 ? 0 : counts.contextCount(h.length, ctx);
        double[] p = new double[vocabulary.size()];
        boolean defined = estimator.distribution(h, 0, h.length, p);
        boolean[] seen = new boolean[p.length];
        int seenCount = 0;
        if (ch > 0) {
            for (int i = counts.childStart(h.length, ctx), end = counts.childEnd(h.length, ctx); i < end; i++) {
                int w = counts.word(h.length + 1, i);
                if (w != Vocabulary.BOS && counts.count(h.length + 1, i) > 0) {
                    seen[w] = true;
                    seenCount++;
                }
            }
        }
        double seenMass = 0;
        double unseenMass = 0;
        if (defined) {
            for (int w = 0; w < p.length; w++) {
                if (w == Vocabulary.BOS) {
                    continue;
                }
                if (seen[w]) {
                    seenMass += p[w];
                } else {
                    unseenMass += p[w];
                }
            }
        }
        return new MassSplit(decode(h), ch, seenCount, vocabulary.outcomeCount() - seenCount, seenMass, unseenMass,
                defined);
    }

    /**
     * Scores every sentence of a test corpus (encoded with this model's vocabulary), through the
     * estimator's stateful {@link Estimator#sentenceProbabilities} pass, on both cores for a big test set
     * (see {@link TestSetScorer}: the result does not depend on the number of threads).
     *
     * @throws LmLensException for a method whose values are not probabilities (stupid back-off): perplexity
     *                         is not defined for it
     */
    public Evaluation evaluate(Corpus test, Progress progress) {
        if (!method.isNormalised()) {
            throw new LmLensException(EngineMessages.get("model.perplexityUndefined", method.name()));
        }
        return TestSetScorer.score(estimator, test, progress);
    }

    @Override
    public String toString() {
        return method.name() + " order " + order() + " " + parameters;
    }
}
