package org.lmlens.engine.classify;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.util.Arrays;
import java.util.List;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.NgramCounter;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;

/**
 * The feature set of the log-linear classifier: the same events the class language models score, every
 * n-gram (h, w) of orders 1..N of {@code <s> w1 … wn </s>} (never one that ends in {@code <s>}), kept
 * when it occurs at least {@code minCount} times in all training lines together. A line's feature vector
 * holds how often each of them occurs in it. Feature ids come from the n-gram trie of all training lines
 * ({@link NgramCounts}), so no n-gram is hashed. Immutable.
 */
public final class NgramFeatures {
    private final NgramCounts counts;
    private final int order;
    /** featureOf[k][i]: the feature id of n-gram i of order k, or -1. */
    private final int[][] featureOf;
    private final int[] featureOrder;
    private final int[] featureIndex;

    private NgramFeatures(NgramCounts counts, int order, int[][] featureOf, int[] featureOrder, int[] featureIndex) {
        this.counts = counts;
        this.order = order;
        this.featureOf = featureOf;
        this.featureOrder = featureOrder;
        this.featureIndex = featureIndex;
    }

    public static NgramFeatures of(Corpus allLines, int order, int minCount) {
        NgramCounts counts = NgramCounter.count(allLines, order, Progress.NONE);
        int[][] featureOf = new int[order + 1][];
        int total = 0;
        for (int k = 1; k <= order; k++) {
            featureOf[k] = new int[counts.size(k)];
            for (int i = 0; i < featureOf[k].length; i++) {
                boolean keep = counts.count(k, i) >= minCount && counts.word(k, i) != Vocabulary.BOS;
                featureOf[k][i] = keep ? total++ : -1;
            }
        }
        int[] featureOrder = new int[total];
        int[] featureIndex = new int[total];
        for (int k = 1; k <= order; k++) {
            for (int i = 0; i < featureOf[k].length; i++) {
                if (featureOf[k][i] >= 0) {
                    featureOrder[featureOf[k][i]] = k;
                    featureIndex[featureOf[k][i]] = i;
                }
            }
        }
        return new NgramFeatures(counts, order, featureOf, featureOrder, featureIndex);
    }

    public int size() {
        return featureOrder.length;
    }

    public int order() {
        return order;
    }

    /** The words of a feature, first to last. */
    public List<String> ngram(int feature) {
        int[] ids = counts.ngram(featureOrder[feature], featureIndex[feature]);
        return Arrays.stream(ids).mapToObj(counts.vocabulary()::word).toList();
    }

    /** How often the feature's n-gram occurs in all training lines. */
    public int trainingCount(int feature) {
        return counts.count(featureOrder[feature], featureIndex[feature]);
    }

    /**
     * The sparse feature vector of line {@code tokens[start..end)} ({@code <s> … </s>}): fills the map with
     * feature id → count (cleared first).
     */
    public void extract(int[] tokens, int start, int end, Int2IntOpenHashMap out) {
        out.clear();
        for (int i = start + 1; i < end; i++) {
            int node = -1;
            // Walk the n-grams ending at i from the shortest: each is the longer one's suffix, so an unseen
            // one means every longer one is unseen as well.
            for (int k = 1; k <= order && i - k + 1 >= start; k++) {
                node = counts.find(tokens, i - k + 1, i + 1);
                if (node < 0) {
                    break;
                }
                int f = featureOf[k][node];
                if (f >= 0) {
                    out.addTo(f, 1);
                }
            }
        }
    }
}
