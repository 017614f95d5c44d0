package org.lmlens.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lmlens.engine.count.Vocabulary;

/**
 * Generation one word at a time, for the step-by-step view: the same draw as {@link Sampler} (temperature,
 * then top-k/top-p, then one uniform number from the caller's random), exposed per step together with
 * the reshaped distribution the word was drawn from. Fed the same {@link SplittableRandom}, successive
 * {@link #step} calls from {@code <s>} produce exactly the words {@link Sampler#generate} produces for
 * the first sentence with that seed.
 */
public final class StepSampler {
    /**
     * One step.
     *
     * @param context  the context words the model used (cut to N-1 words)
     * @param original P(w | context) by word id
     * @param shaped   the distribution actually sampled from (after temperature and cuts), normalised
     * @param drawn    the drawn word id, or -1 when the context has no distribution (MLE, unseen context)
     */
    public record Step(List<String> context, double[] original, double[] shaped, int drawn) {
        public boolean isEnd() {
            return drawn == Vocabulary.EOS;
        }
    }

    private final LanguageModel model;
    private final Sampler sampler;

    public StepSampler(LanguageModel model, SamplingOptions options) {
        this.model = model;
        this.sampler = new Sampler(model, options);
    }

    /** The distributions for the next word after {@code <s> words}, without drawing (random untouched). */
    public Step preview(List<String> words) {
        return compute(words, null);
    }

    /** Draws the next word after {@code <s> words}. */
    public Step step(List<String> words, SplittableRandom random) {
        return compute(words, random);
    }

    private Step compute(List<String> words, SplittableRandom random) {
        int len = words.size() + 1;
        int[] seq = new int[len];
        seq[0] = Vocabulary.BOS;
        for (int i = 1; i < len; i++) {
            seq[i] = model.vocabulary().id(words.get(i - 1));
        }
        int from = Math.max(0, len - (model.order() - 1));
        List<String> context = model.decode(java.util.Arrays.copyOfRange(seq, from, len));
        double[] p = new double[model.vocabulary().size()];
        if (!model.estimator().distribution(seq, from, len, p)) {
            return new Step(context, p, p.clone(), -1);
        }
        double[] original = p.clone();
        // Sampler.draw reshapes p in place (temperature, cuts) before it consumes the random number;
        // a throwaway generator gives the reshaped distribution for a preview without touching the caller's.
        int drawn = sampler.draw(p, random != null ? random : new SplittableRandom(0));
        double total = 0;
        for (double v : p) {
            total += v;
        }
        if (total > 0) {
            for (int i = 0; i < p.length; i++) {
                p[i] /= total;
            }
        }
        return new Step(context, original, p, random != null ? drawn : -1);
    }

    /** Ids with positive shaped probability, most probable first (ties by id), at most k (all when k ≤ 0). */
    public static List<Integer> top(double[] p, int k) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                ids.add(i);
            }
        }
        ids.sort((a, b) -> {
            int c = Double.compare(p[b], p[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        return k > 0 && ids.size() > k ? ids.subList(0, k) : ids;
    }
}
