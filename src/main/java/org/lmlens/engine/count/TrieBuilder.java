package org.lmlens.engine.count;

import it.unimi.dsi.fastutil.longs.LongArrays;
import java.util.Arrays;

/**
 * Builds an {@link NgramCounts} trie from n-grams that were not counted from a corpus: the n-grams stored
 * in an ARPA file. Orders are added one at a time, lowest first, each n-gram as (index of its prefix at
 * the order below, last word), in any order; the builder sorts them into the trie layout and reports
 * duplicates. Every vocabulary id is a unigram.
 *
 * <p>The trie has no counts: every stored n-gram has count 1 (it is "present"), so lookups such as
 * {@link NgramCounts#find} and {@link NgramCounts#child} work, while count-based numbers (context counts,
 * count-of-counts, continuation counts) are meaningless and must not be shown as training counts.
 */
public final class TrieBuilder {
    private final Vocabulary vocabulary;
    private final int maxOrder;
    private final int[][] word;
    private final int[][] prefix;
    private final int[][] childStart;
    private int built = 1;

    /** Thrown by {@link #addOrder} when the same n-gram is given twice: the two input rows. */
    public static final class DuplicateException extends RuntimeException {
        public final int firstRow;
        public final int secondRow;

        DuplicateException(int firstRow, int secondRow) {
            super("duplicate n-gram in rows " + firstRow + " and " + secondRow);
            this.firstRow = firstRow;
            this.secondRow = secondRow;
        }
    }

    public TrieBuilder(Vocabulary vocabulary, int maxOrder) {
        if (maxOrder < 1 || maxOrder > NgramCounter.MAX_ORDER) {
            throw new IllegalArgumentException("order " + maxOrder);
        }
        this.vocabulary = vocabulary;
        this.maxOrder = maxOrder;
        this.word = new int[maxOrder + 1][];
        this.prefix = new int[maxOrder + 1][];
        this.childStart = new int[maxOrder + 1][];
        int v = vocabulary.size();
        word[1] = new int[v];
        for (int w = 0; w < v; w++) {
            word[1][w] = w;
        }
        childStart[0] = new int[] {0, v};
    }

    /**
     * Adds the n-grams of order {@code k} (the next one), given as rows 0..n-1 of (prefix index at order
     * k-1, last word id). Returns, for each position in the sorted order, the input row stored there, so
     * that the caller can arrange its own per-n-gram values the same way.
     *
     * @throws DuplicateException if two rows are the same n-gram
     */
    public int[] addOrder(int k, int[] prefixes, int[] words, int n) {
        if (k != built + 1 || k > maxOrder) {
            throw new IllegalStateException("order " + k + " added after order " + built);
        }
        long[] keys = new long[n];
        long[] rows = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) prefixes[i] << 32) | (words[i] & 0xFFFFFFFFL);
            rows[i] = i;
        }
        LongArrays.radixSort(keys, rows);
        int[] w = new int[n];
        int[] p = new int[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            if (i > 0 && keys[i] == keys[i - 1]) {
                int a = (int) Math.min(rows[i], rows[i - 1]);
                int b = (int) Math.max(rows[i], rows[i - 1]);
                throw new DuplicateException(a, b);
            }
            w[i] = (int) keys[i];
            p[i] = (int) (keys[i] >>> 32);
            order[i] = (int) rows[i];
        }
        word[k] = w;
        prefix[k] = p;
        int parents = word[k - 1].length;
        int[] start = new int[parents + 1];
        for (int parent : p) {
            start[parent + 1]++;
        }
        for (int i = 0; i < parents; i++) {
            start[i + 1] += start[i];
        }
        childStart[k - 1] = start;
        built = k;
        return order;
    }

    /** The index of n-gram {@code ids[from..to)} among the orders added so far, or -1; 0 for an empty range. */
    public int index(int[] ids, int from, int to) {
        int index = 0;
        for (int i = from; i < to; i++) {
            int k = i - from;
            if (k >= built) {
                return -1;
            }
            index = k == 0 ? (ids[i] >= 0 && ids[i] < word[1].length ? ids[i] : -1) : child(k, index, ids[i]);
            if (index < 0) {
                return -1;
            }
        }
        return index;
    }

    private int child(int k, int parent, int w) {
        int lo = childStart[k][parent];
        int hi = childStart[k][parent + 1] - 1;
        int[] words = word[k + 1];
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (words[mid] < w) {
                lo = mid + 1;
            } else if (words[mid] > w) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The trie of the orders added (its maximum order is the highest one added). */
    public NgramCounts build() {
        int top = built;
        TrieLevel[] levels = new TrieLevel[top + 1];
        for (int k = 1; k <= top; k++) {
            int[] count = new int[word[k].length];
            Arrays.fill(count, 1);
            // The suffix of (k, i) is the child, by its last word, of the suffix of its prefix; -1 when absent.
            int[] s = null;
            if (k >= 2) {
                s = new int[word[k].length];
                for (int i = 0; i < s.length; i++) {
                    int prefixSuffix = k == 2 ? 0 : levels[k - 1].suffixes()[prefix[k][i]];
                    s[i] = prefixSuffix < 0 ? -1
                            : k == 2 ? word[k][i] : child(k - 2, prefixSuffix, word[k][i]);
                }
            }
            int[] children = k < top ? childStart[k] : new int[word[k].length + 1];
            levels[k] = new TrieLevel(word[k], count, prefix[k], s, children, null);
        }
        return new NgramCounts(vocabulary, levels, 0);
    }
}
