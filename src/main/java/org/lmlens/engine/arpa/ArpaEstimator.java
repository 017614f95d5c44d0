package org.lmlens.engine.arpa;

import java.util.List;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.smoothing.BackoffForm;
import org.lmlens.engine.smoothing.Estimator;
import org.lmlens.engine.smoothing.Explanation;

/**
 * P(w | h) of an ARPA model by the standard back-off rule (SRILM's and KenLM's):
 *
 * <pre>
 *   P(w | h) = p(h w)                if h w is stored
 *            = bow(h) · P(w | h')    otherwise, with bow(h) = 1 when h is not stored
 * </pre>
 *
 * in log10 space, from the stored single-precision values. The values are taken as given, so a
 * distribution sums to 1 only as well as the file's model does (float rounding; a missing {@code <unk>}).
 */
final class ArpaEstimator extends Estimator implements BackoffForm {
    private final ArpaModel model;

    ArpaEstimator(ArpaModel model, int order) {
        super(model.trie(), order);
        this.model = model;
    }

    /** ctx[l] = index at order l of the last l words of the history, or -1 when not stored; returns the length used. */
    private int contexts(int[] history, int from, int to, int[] ctx) {
        int len = Math.min(to - from, order - 1);
        ctx[0] = 0;
        for (int l = 1; l <= len; l++) {
            ctx[l] = counts.find(history, to - l, to); // each length on its own: ARPA does not promise suffixes
        }
        return len;
    }

    @Override
    public double probability(int[] history, int from, int to, int word) {
        if (word == Vocabulary.BOS) {
            return 0;
        }
        int[] ctx = new int[order];
        int len = contexts(history, from, to, ctx);
        double log10 = 0;
        for (int l = len; l >= 0; l--) {
            int c = ctx[l];
            if (c < 0) {
                continue;
            }
            int child = counts.child(l, c, word);
            if (child >= 0) {
                return Math.pow(10, log10 + model.log10Prob[l + 1][child]);
            }
            log10 += l > 0 ? model.log10Backoff(l, c) : 0;
        }
        return 0; // not reached: every vocabulary id is a unigram
    }

    @Override
    public boolean distribution(int[] history, int from, int to, double[] out) {
        int[] ctx = new int[order];
        int len = contexts(history, from, to, ctx);
        float[] unigram = model.log10Prob[1];
        for (int w = 0; w < out.length; w++) {
            out[w] = Math.pow(10, unigram[w]);
        }
        for (int l = 1; l <= len; l++) {
            int c = ctx[l];
            if (c < 0) {
                continue;
            }
            double bow = Math.pow(10, model.log10Backoff(l, c));
            for (int w = 0; w < out.length; w++) {
                out[w] *= bow;
            }
            for (int i = counts.childStart(l, c), end = counts.childEnd(l, c); i < end; i++) {
                out[counts.word(l + 1, i)] = Math.pow(10, model.log10Prob[l + 1][i]);
            }
        }
        out[Vocabulary.BOS] = 0;
        return true;
    }

    /** The back-off chain: at each context length, whether h w is stored or bow(h) carried the lower value. */
    @Override
    public Explanation explain(int[] history, int from, int to, int word) {
        int[] ctx = new int[order];
        int len = contexts(history, from, to, ctx);
        double p = word == Vocabulary.BOS ? 0 : Math.pow(10, model.log10Prob[1][word]);
        Explanation ex = new Explanation(0, 0, 0, p, 0, 0, 0, 0, 1, false, null, 0);
        int supplied = 1;
        for (int l = 1; l <= len; l++) {
            int c = ctx[l];
            int child = c < 0 ? -1 : counts.child(l, c, word);
            double lower = p;
            if (child >= 0 && word != Vocabulary.BOS) {
                p = Math.pow(10, model.log10Prob[l + 1][child]);
                supplied = l + 1;
                ex = new Explanation(l, 0, 0, p, 0, 0, 0, lower, supplied, false, ex, 0);
            } else {
                double bow = c < 0 ? 1 : Math.pow(10, model.log10Backoff(l, c));
                p = bow * lower;
                ex = new Explanation(l, 0, 0, p, 0, 0, bow, lower, supplied, true, ex, 0);
            }
        }
        return ex;
    }

    @Override
    public double backoffWeight(int contextOrder, int index) {
        return contextOrder >= order ? 1 : Math.pow(10, model.log10Backoff(contextOrder, index));
    }

    @Override
    public List<String> notices() {
        return model.notices();
    }
}
