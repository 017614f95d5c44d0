package org.lmlens.ui.counts;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.smoothing.Estimator;

/**
 * The rows of the Counts table as one immutable snapshot: the n-gram indexes of one order (filtered and
 * sorted) and the model whose probabilities the method columns show. Cells ask for their values when
 * they become visible, so a 900,000-row table costs one int array, not 900,000 row objects.
 */
public final class NgramTable {
    private final LanguageModel model;
    private final int order;
    private final int[] rows;

    public NgramTable(LanguageModel model, int order, int[] rows) {
        this.model = model;
        this.order = order;
        this.rows = rows;
    }

    public LanguageModel model() {
        return model;
    }

    public int order() {
        return order;
    }

    public int size() {
        return rows.length;
    }

    /** The n-gram index (within its order) shown at a row. */
    public int index(int row) {
        return rows[row];
    }

    /** The row positions as a list of n-gram indexes (boxed lazily, one per visible row). */
    public List<Integer> asList() {
        return new AbstractList<>() {
            @Override
            public Integer get(int i) {
                return rows[i];
            }

            @Override
            public int size() {
                return rows.length;
            }
        };
    }

    NgramTable withModel(LanguageModel newModel) {
        return new NgramTable(newModel, order, rows);
    }

    int[] rows() {
        return rows;
    }

    private NgramCounts counts() {
        return model.counts();
    }

    public List<String> words(int index) {
        Vocabulary v = model.vocabulary();
        List<String> out = new ArrayList<>(order);
        for (int id : counts().ngram(order, index)) {
            out.add(v.word(id));
        }
        return out;
    }

    public String text(int index) {
        return String.join(" ", words(index));
    }

    public int count(int index) {
        return counts().count(order, index);
    }

    /** c(h): how often the n-gram's context is followed by an outcome. */
    public long contextCount(int index) {
        return counts().contextCount(order - 1, counts().prefix(order, index));
    }

    /** The maximum-likelihood estimate c(h w) / c(h). */
    public double mle(int index) {
        long ch = contextCount(index);
        return ch == 0 ? 0 : (double) count(index) / ch;
    }

    /** P(w | h) under the model's method (the model has this table's order). */
    public double probability(int index) {
        int[] ids = counts().ngram(order, index);
        Estimator e = model.estimator();
        return e.probability(ids, 0, order - 1, ids[order - 1]);
    }

    /** The reconstituted count c* = P(w | h) · c(h) (SLP3 eq. 3.25). */
    public double adjustedCount(int index) {
        return probability(index) * contextCount(index);
    }
}
