package org.lmlens.engine.model;

import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.ArrayList;
import java.util.List;
import org.lmlens.engine.count.Vocabulary;

/**
 * P(· | h) over every outcome, as a dense array indexed by word id ({@code <s>} has 0), with the context
 * it was computed for. Immutable once built: the array is not exposed.
 */
public final class Distribution {
    private final Vocabulary vocabulary;
    private final List<String> context;
    private final double[] probabilities;

    Distribution(Vocabulary vocabulary, List<String> context, double[] probabilities) {
        this.vocabulary = vocabulary;
        this.context = List.copyOf(context);
        this.probabilities = probabilities;
    }

    /** The context words actually used (cut to the model's order and at the last {@code <s>}). */
    public List<String> context() {
        return context;
    }

    public double probability(int id) {
        return probabilities[id];
    }

    public double probability(String word) {
        return probabilities[vocabulary.id(word)];
    }

    /** Number of outcomes (vocabulary size minus {@code <s>}). */
    public int outcomeCount() {
        return vocabulary.outcomeCount();
    }

    /** Sum over all outcomes; 1 within rounding for normalised methods. */
    public double sum() {
        double s = 0;
        for (double p : probabilities) {
            s += p;
        }
        return s;
    }

    /** The {@code k} most probable outcomes, most probable first (ties by id); every outcome when k ≤ 0. */
    public List<WordProbability> top(int k) {
        int n = probabilities.length;
        int[] ids = new int[n - 1];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (i != Vocabulary.BOS) {
                ids[m++] = i;
            }
        }
        int limit = k <= 0 ? m : Math.min(k, m);
        IntArrays.quickSort(ids, 0, m, (a, b) -> {
            int c = Double.compare(probabilities[b], probabilities[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        List<WordProbability> out = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            out.add(new WordProbability(vocabulary.word(ids[i]), ids[i], probabilities[ids[i]]));
        }
        return out;
    }

    /** A copy of the dense array, indexed by word id. */
    public double[] toArray() {
        return probabilities.clone();
    }
}
