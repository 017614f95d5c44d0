package org.lmlens.engine.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.smoothing.Estimator;

/**
 * Generates sentences from a model: from {@code <s>}, draw each next word from P(· | last N-1 words),
 * reshaped by {@link SamplingOptions}, until {@code </s>} or the maximum length. The same seed gives the
 * same sentences (a {@link SplittableRandom} seeded once per call).
 */
public final class Sampler {
    private final LanguageModel model;
    private final SamplingOptions options;

    public Sampler(LanguageModel model, SamplingOptions options) {
        this.model = model;
        this.options = options;
    }

    public List<GeneratedSentence> generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<GeneratedSentence> out = new ArrayList<>(count);
        double[] buffer = new double[model.vocabulary().size()];
        for (int i = 0; i < count; i++) {
            out.add(generateOne(random, buffer));
        }
        return out;
    }

    private GeneratedSentence generateOne(SplittableRandom random, double[] p) {
        Estimator est = model.estimator();
        int history = model.order() - 1;
        int[] seq = new int[options.maxLength() + 2];
        seq[0] = Vocabulary.BOS;
        int len = 1;
        List<String> words = new ArrayList<>();
        List<List<String>> contexts = new ArrayList<>();
        List<Double> probabilities = new ArrayList<>();
        while (words.size() < options.maxLength()) {
            int from = Math.max(0, len - history);
            if (!est.distribution(seq, from, len, p)) {
                break;
            }
            int w = draw(p, random);
            if (w < 0) {
                break;
            }
            double prob = est.probability(seq, from, len, w);
            if (w == Vocabulary.EOS) {
                return new GeneratedSentence(words, contexts, probabilities, true);
            }
            contexts.add(model.decode(Arrays.copyOfRange(seq, from, len)));
            probabilities.add(prob);
            words.add(model.vocabulary().word(w));
            seq[len++] = w;
        }
        return new GeneratedSentence(words, contexts, probabilities, false);
    }

    /** Draws an id from p (modified in place by temperature and cuts); -1 if p has no mass. */
    int draw(double[] p, SplittableRandom random) {
        p[Vocabulary.BOS] = 0;
        if (options.greedy()) {
            int best = -1;
            for (int i = 0; i < p.length; i++) {
                if (p[i] > 0 && (best < 0 || p[i] > p[best])) {
                    best = i;
                }
            }
            return best;
        }
        if (options.temperature() != 1.0) {
            applyTemperature(p, options.temperature());
        }
        if (options.topK() > 0 || options.topP() < 1.0) {
            cut(p);
        }
        double total = 0;
        for (double v : p) {
            total += v;
        }
        if (!(total > 0)) {
            return -1;
        }
        double u = random.nextDouble() * total;
        int last = -1;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                last = i;
                u -= p[i];
                if (u < 0) {
                    return i;
                }
            }
        }
        return last;
    }

    /** p_i^(1/T), computed in log space and rescaled by the maximum so that nothing underflows to all-zero. */
    static void applyTemperature(double[] p, double temperature) {
        double maxLog = Double.NEGATIVE_INFINITY;
        for (double v : p) {
            if (v > 0) {
                maxLog = Math.max(maxLog, Math.log(v));
            }
        }
        for (int i = 0; i < p.length; i++) {
            p[i] = p[i] > 0 ? Math.exp((Math.log(p[i]) - maxLog) / temperature) : 0;
        }
    }

    /**
     * Zeroes everything outside the top-k and the nucleus of mass top-p. The candidates are ranked by
     * (probability descending, id ascending) with the same stable radix sort as {@link Distribution#top},
     * not a comparator sort.
     */
    void cut(double[] p) {
        int n = 0;
        for (double v : p) {
            n += v > 0 ? 1 : 0;
        }
        int[] ids = new int[n];
        long[] keys = new long[n];
        double total = 0;
        for (int i = 0, j = 0; i < p.length; i++) {
            if (p[i] > 0) {
                ids[j] = i;
                keys[j++] = ~Double.doubleToLongBits(p[i]);
                total += p[i];
            }
        }
        Distribution.radixSort(keys, ids);
        int keep = options.topK() > 0 ? Math.min(n, options.topK()) : n;
        if (options.topP() < 1.0) {
            total = 0;
            for (int i = 0; i < keep; i++) {
                total += p[ids[i]];
            }
            double mass = 0;
            for (int i = 0; i < keep; i++) {
                mass += p[ids[i]] / total;
                if (mass >= options.topP()) {
                    keep = i + 1;
                    break;
                }
            }
        }
        for (int i = keep; i < n; i++) {
            p[ids[i]] = 0;
        }
    }
}
