package org.lmlens.engine.arpa;

import java.util.List;
import org.lmlens.engine.smoothing.BackoffForm;

/**
 * P(w | h) of an ARPA model by the standard back-off rule ({@link BackoffEstimator}), over the values the
 * file stored, in the engine's trie of its n-grams. A distribution sums to 1 only as well as the file's
 * model does (float rounding; a missing {@code <unk>}).
 */
final class ArpaEstimator extends BackoffEstimator implements BackoffForm {
    private final ArpaModel model;

    ArpaEstimator(ArpaModel model, int order) {
        super(model.trie(), order);
        this.model = model;
    }

    @Override
    protected long find(int[] ids, int from, int to) {
        return counts.find(ids, from, to); // each length on its own: ARPA does not promise suffixes
    }

    @Override
    protected long child(int k, long parent, int w) {
        return counts.child(k, (int) parent, w);
    }

    @Override
    protected long firstChild(int k, long index) {
        return counts.childStart(k, (int) index);
    }

    @Override
    protected int word(int k, long index) {
        return counts.word(k, (int) index);
    }

    @Override
    protected float log10Probability(int k, long index) {
        return model.log10Prob[k][(int) index];
    }

    @Override
    protected float log10Backoff(int k, long index) {
        return model.log10Backoff(k, (int) index);
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
