package org.lmlens.engine.compact;

import org.lmlens.engine.arpa.BackoffEstimator;
import org.lmlens.engine.count.NgramCounts;

/**
 * P(w | h) of a compact model by the standard back-off rule ({@link BackoffEstimator}), over the values read
 * from the memory-mapped file: term for term the rule of the model read from the same model's ARPA file, so
 * both give the same probabilities. The {@link NgramCounts} it carries is the model's vocabulary with empty
 * higher orders: every n-gram lookup goes to the file. It is no {@code BackoffForm}, since {@code ArpaWriter}
 * walks the n-grams of the counts, which live in the file.
 */
final class CompactEstimator extends BackoffEstimator {
    private final CompactModel model;

    CompactEstimator(CompactModel model, NgramCounts skeleton, int order) {
        super(skeleton, order);
        this.model = model;
    }

    @Override
    protected long find(int[] ids, int from, int to) {
        return model.find(ids, from, to);
    }

    @Override
    protected long child(int k, long parent, int w) {
        return model.child(k, parent, w);
    }

    @Override
    protected long firstChild(int k, long index) {
        return model.childStart(k, index);
    }

    @Override
    protected int word(int k, long index) {
        return model.word(k, index);
    }

    @Override
    protected float log10Probability(int k, long index) {
        return model.log10Probability(k, index);
    }

    @Override
    protected float log10Backoff(int k, long index) {
        return model.log10Backoff(k, index);
    }
}
