package org.lmlens.engine.count;

import java.util.Arrays;

/**
 * Every n-gram of orders 1..N of a corpus with its count, computed once and immutable: changing the
 * model's order (up to N) or its smoothing method reuses it. Stored as a trie of sorted primitive
 * arrays, one level per order (KenLM's and BerkeleyLM's layout): the n-grams of order k are sorted by
 * (prefix, last word), so an n-gram is identified by its index within its order, the children of a
 * context are one contiguous range of the next order, and lookup is a binary search within that range.
 * About 24 bytes per n-gram; no boxed values, no strings.
 *
 * <p>Order 0 is the empty context (index 0). At order 1 the index is the word id, and the count may be
 * 0 (for {@code <unk>} when the training text has none); at every other order counts are positive.
 * N-grams are windows of {@code <s> w1 … wn </s>}: a window never reaches before {@code <s>} (KenLM's
 * convention; padding with N-1 {@code <s>} gives the same probabilities, since a context is cut at its
 * last {@code <s>}).
 *
 * <p>Derived numbers every estimator needs are ready: the context count c(h) (how often h is followed
 * by an outcome), the number of distinct continuations N1+(h •), the continuation count N1+(• g)
 * (in how many distinct contexts g follows a word: Kneser-Ney's lower-order count), the suffix of every
 * n-gram (g without its first word), and the count-of-counts N_c per order.
 */
public final class NgramCounts {
    private final Vocabulary vocabulary;
    private final int maxOrder;
    /** Index 1..maxOrder: the levels' arrays ({@link TrieLevel}), unpacked for the lookups. */
    final int[][] word;
    final int[][] count;
    final int[][] prefix;
    final int[][] suffix;
    /** childStart[k][i] .. childStart[k][i+1]: the children at order k+1 of n-gram i of order k; k = 0 is the root. */
    final int[][] childStart;
    /** continuation[k][i] = N1+(• g) for n-gram g = (k, i); null at the top order. */
    final int[][] continuation;
    /** N_c per order, tallied on first use (only the Good-Turing family and modified Kneser-Ney ask). */
    private final java.util.concurrent.atomic.AtomicReferenceArray<long[]> countOfCounts;
    private final long totalOutcomes;
    /** Distinct outcomes seen at order 1, computed once: estimators ask for it on every lookup. */
    private final long distinctWords;
    private final long sentences;

    /** The trie of {@code levels[1..N]} (index 0 unused), each level linked to the next but the last. */
    NgramCounts(Vocabulary vocabulary, TrieLevel[] levels, long sentences) {
        this.vocabulary = vocabulary;
        this.maxOrder = levels.length - 1;
        this.word = new int[maxOrder + 1][];
        this.count = new int[maxOrder + 1][];
        this.prefix = new int[maxOrder + 1][];
        this.suffix = new int[maxOrder + 1][];
        this.childStart = new int[maxOrder + 1][];
        this.continuation = new int[maxOrder + 1][];
        childStart[0] = new int[] {0, levels[1].size()};
        for (int k = 1; k <= maxOrder; k++) {
            TrieLevel level = levels[k];
            word[k] = level.words();
            count[k] = level.counts();
            prefix[k] = level.prefixes();
            suffix[k] = level.suffixes();
            childStart[k] = level.childStart();
            continuation[k] = level.continuations();
        }
        this.sentences = sentences;
        long total = 0;
        for (int w = 0; w < count[1].length; w++) {
            total += w == Vocabulary.BOS ? 0 : count[1][w];
        }
        this.totalOutcomes = total;
        long distinctWords = 0;
        for (int w = 0; w < count[1].length; w++) {
            distinctWords += w != Vocabulary.BOS && count[1][w] > 0 ? 1 : 0;
        }
        this.distinctWords = distinctWords;
        this.countOfCounts = new java.util.concurrent.atomic.AtomicReferenceArray<>(maxOrder + 1);
    }

    private long[] tally(int order) {
        int max = 0;
        for (int i = 0; i < count[order].length; i++) {
            if (order > 1 || i != Vocabulary.BOS) {
                max = Math.max(max, count[order][i]);
            }
        }
        long[] nc = new long[max + 1];
        for (int i = 0; i < count[order].length; i++) {
            if (order > 1 || i != Vocabulary.BOS) {
                nc[count[order][i]]++;
            }
        }
        nc[0] = 0;
        return nc;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The highest order counted. */
    public int maxOrder() {
        return maxOrder;
    }

    /** Number of stored n-grams of an order (at order 1: the vocabulary size, zero counts included). */
    public int size(int order) {
        return word[order].length;
    }

    /** Number of distinct n-grams of an order seen in training ({@code <s>} alone is not counted). */
    public long distinct(int order) {
        return order > 1 ? word[order].length : distinctWords;
    }

    public int count(int order, int index) {
        return count[order][index];
    }

    public int word(int order, int index) {
        return word[order][index];
    }

    /** The index at order-1 of this n-gram without its last word (0, the root, at order 1). */
    public int prefix(int order, int index) {
        return order == 1 ? 0 : prefix[order][index];
    }

    /** The index at order-1 of this n-gram without its first word (0, the root, at order 1). */
    public int suffix(int order, int index) {
        return order == 1 ? 0 : suffix[order][index];
    }

    /** First child (at order+1) of n-gram (order, index); order 0 is the root. */
    public int childStart(int order, int index) {
        return childStart[order][index];
    }

    /** One past the last child (at order+1) of n-gram (order, index). */
    public int childEnd(int order, int index) {
        return childStart[order][index + 1];
    }

    /** N1+(h •): how many distinct outcomes follow context h = (order, index) in training. */
    public int distinctContinuations(int order, int index) {
        if (order == 0) {
            return (int) distinct(1);
        }
        return order >= maxOrder ? 0 : childStart[order][index + 1] - childStart[order][index];
    }

    /** N1+(• g): in how many distinct one-word-longer contexts the n-gram g = (order, index) occurs. */
    public int continuationCount(int order, int index) {
        return continuation[order] == null ? 0 : continuation[order][index];
    }

    /** c(h): how often context h = (order, index) is followed by an outcome (order 0: all predicted tokens). */
    public long contextCount(int order, int index) {
        if (order == 0) {
            return totalOutcomes;
        }
        return word[order][index] == Vocabulary.EOS ? 0 : count[order][index];
    }

    /** The child of (order, index) whose last word is {@code w}, as an index at order+1, or -1. */
    public int child(int order, int index, int w) {
        if (order == 0) {
            return w >= 0 && w < word[1].length && count[1][w] > 0 ? w : -1;
        }
        if (order >= maxOrder) {
            return -1;
        }
        int base = childStart[order][index];
        int n = childStart[order][index + 1] - base;
        if (n == 0) {
            return -1;
        }
        int[] words = word[order + 1];
        // Branch-free binary search: the halving steps compile to conditional moves, so the CPU does not
        // mispredict half of them (scoring spends most of its time here, in contexts with many children).
        while (n > 1) {
            int half = n >>> 1;
            base = words[base + half] <= w ? base + half : base;
            n -= half;
        }
        return words[base] == w ? base : -1;
    }

    /** The index of n-gram {@code ids[from..to)} at order {@code to-from}, or -1 if never seen; the root for an empty range. */
    public int find(int[] ids, int from, int to) {
        int index = 0;
        for (int i = from; i < to; i++) {
            index = child(i - from, index, ids[i]);
            if (index < 0) {
                return -1;
            }
        }
        return index;
    }

    /** The words of n-gram (order, index), first to last. */
    public int[] ngram(int order, int index) {
        int[] ids = new int[order];
        for (int k = order; k >= 1; k--) {
            ids[k - 1] = word[k][index];
            index = prefix(k, index);
        }
        return ids;
    }

    /** N_c for c = 0..max at an order: how many distinct n-grams occur exactly c times (N_0 is 0). */
    public long[] countOfCounts(int order) {
        return tallied(order).clone();
    }

    /** N_c at an order, 0 beyond the largest count. */
    public long countOfCount(int order, int c) {
        long[] nc = tallied(order);
        return c < nc.length ? nc[c] : 0;
    }

    private long[] tallied(int order) {
        long[] nc = countOfCounts.get(order);
        if (nc == null) {
            // Two threads may tally at once; both get the same numbers.
            nc = tally(order);
            countOfCounts.set(order, nc);
        }
        return nc;
    }

    /** Tokens predicted in training: words plus one {@code </s>} per sentence. */
    public long totalOutcomes() {
        return totalOutcomes;
    }

    public long sentences() {
        return sentences;
    }

    /** Total stored n-grams over all orders. */
    public long totalNgrams() {
        long n = 0;
        for (int k = 1; k <= maxOrder; k++) {
            n += k == 1 ? distinct(1) : word[k].length;
        }
        return n;
    }

    @Override
    public String toString() {
        return "NgramCounts" + Arrays.toString(java.util.stream.IntStream.rangeClosed(1, maxOrder)
                .mapToLong(this::distinct).toArray());
    }
}
