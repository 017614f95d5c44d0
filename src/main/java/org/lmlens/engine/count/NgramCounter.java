package org.lmlens.engine.count;

import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;

/**
 * Counts every n-gram of orders 1..N of a corpus into {@link NgramCounts}, one order at a time.
 *
 * <p>Stage contract (KenLM's pipeline style): input a frozen {@link Corpus}; output immutable counts in
 * which every n-gram of order k ≥ 2 has its prefix and suffix at order k-1. An n-gram of order k is
 * identified by (index of its prefix at order k-1, last word), so counting order k is sorting the corpus
 * positions by that pair: a least-significant-digit radix sort of two counting-sort passes, both linear
 * and without hashing or comparisons. The positions sorted by word are computed once (the first digit
 * for every order: the last word of the window starting at {@code pos} at order k sits at
 * {@code pos+k-1}); each order then scatters them stably into buckets by prefix index. Runs of equal
 * keys in the result are the n-grams, already in trie order (prefix, then word).
 *
 * <p>A per-position array holds, for every corpus position, the index of the n-gram of the current order
 * starting there (-1 where the window would cross the sentence end); it is rebuilt from order to order.
 * Transient memory is five ints per corpus token; the result is about 24 bytes per n-gram. The result
 * is deterministic: it depends only on the corpus.
 */
public final class NgramCounter {
    public static final int MAX_ORDER = 10;

    private NgramCounter() {
    }

    public static NgramCounts count(Corpus corpus, int maxOrder, Progress progress) {
        if (maxOrder < 1 || maxOrder > MAX_ORDER) {
            throw new LmLensException("Order must be between 1 and " + MAX_ORDER + ", got " + maxOrder);
        }
        int[] t = corpus.tokenArray();
        int n = t.length;
        int sentences = corpus.sentenceCount();
        int vocab = corpus.vocabulary().size();

        int[][] word = new int[maxOrder + 1][];
        int[][] count = new int[maxOrder + 1][];
        int[][] prefix = new int[maxOrder + 1][];
        int[][] suffix = new int[maxOrder + 1][];
        int[][] childStart = new int[maxOrder + 1][];
        int[][] continuation = new int[maxOrder + 1][];

        // Order 1: the index is the word id.
        word[1] = new int[vocab];
        count[1] = new int[vocab];
        for (int w = 0; w < vocab; w++) {
            word[1][w] = w;
        }
        for (int x : t) {
            count[1][x]++;
        }
        childStart[0] = new int[] {0, vocab};
        if (maxOrder == 1) {
            progress.update("count", 1.0);
            return new NgramCounts(corpus.vocabulary(), maxOrder, word, count, prefix, suffix, childStart,
                    continuation, sentences);
        }

        int[] byWord = positionsByWord(t, count[1]);
        int[] cur = t.clone();
        int[] next = new int[n];
        int[] sorted = new int[n];
        for (int k = 2; k <= maxOrder; k++) {
            progress.checkCancelled();
            progress.update("count", (k - 1.0) / maxOrder);
            int lowerSize = word[k - 1].length;
            // Digit 2: bucket sizes by prefix index; bucket[p] becomes the first slot of prefix p.
            int[] bucket = new int[lowerSize + 1];
            int windows = 0;
            for (int pos = 0; pos < n - 1; pos++) {
                if (t[pos] != Vocabulary.EOS && cur[pos + 1] >= 0) {
                    bucket[cur[pos] + 1]++;
                    windows++;
                }
            }
            for (int p = 0; p < lowerSize; p++) {
                bucket[p + 1] += bucket[p];
            }
            // Stable scatter in word order: within a bucket, positions end up sorted by last word.
            int shift = k - 1;
            for (int q : byWord) {
                int pos = q - shift;
                if (pos >= 0 && t[pos] != Vocabulary.EOS && cur[pos + 1] >= 0) {
                    sorted[bucket[cur[pos]]++] = pos;
                }
            }
            progress.checkCancelled();
            int size = distinctRuns(sorted, windows, cur, t, shift);
            int[] w = new int[size];
            int[] c = new int[size];
            int[] p = new int[size];
            int[] sfx = new int[size];
            java.util.Arrays.fill(next, -1);
            int index = -1;
            int lastPrefix = -1;
            int lastWord = -1;
            for (int i = 0; i < windows; i++) {
                int pos = sorted[i];
                int pre = cur[pos];
                int last = t[pos + shift];
                if (pre != lastPrefix || last != lastWord) {
                    index++;
                    w[index] = last;
                    p[index] = pre;
                    sfx[index] = cur[pos + 1];
                    lastPrefix = pre;
                    lastWord = last;
                }
                c[index]++;
                next[pos] = index;
            }
            int[] swap = cur;
            cur = next;
            next = swap;
            word[k] = w;
            count[k] = c;
            prefix[k] = p;
            suffix[k] = sfx;
            childStart[k - 1] = childRanges(p, lowerSize);
            continuation[k - 1] = continuationCounts(sfx, lowerSize);
        }
        progress.update("count", 1.0);
        return new NgramCounts(corpus.vocabulary(), maxOrder, word, count, prefix, suffix, childStart, continuation,
                sentences);
    }

    /** Every corpus position, sorted (stably) by its token: a counting sort over the vocabulary. */
    private static int[] positionsByWord(int[] t, int[] frequency) {
        int[] start = new int[frequency.length];
        for (int w = 1; w < frequency.length; w++) {
            start[w] = start[w - 1] + frequency[w - 1];
        }
        int[] out = new int[t.length];
        for (int q = 0; q < t.length; q++) {
            out[start[t[q]]++] = q;
        }
        return out;
    }

    /** The number of runs of equal (prefix, last word) keys among the first {@code windows} sorted positions. */
    private static int distinctRuns(int[] sorted, int windows, int[] cur, int[] t, int shift) {
        int size = 0;
        int lastPrefix = -1;
        int lastWord = -1;
        for (int i = 0; i < windows; i++) {
            int pos = sorted[i];
            int pre = cur[pos];
            int last = t[pos + shift];
            if (pre != lastPrefix || last != lastWord) {
                size++;
                lastPrefix = pre;
                lastWord = last;
            }
        }
        return size;
    }

    /** Children of each parent are contiguous because the n-grams are sorted by parent first. */
    private static int[] childRanges(int[] sortedParents, int parentCount) {
        int[] start = new int[parentCount + 1];
        for (int parent : sortedParents) {
            start[parent + 1]++;
        }
        for (int i = 0; i < parentCount; i++) {
            start[i + 1] += start[i];
        }
        return start;
    }

    private static int[] continuationCounts(int[] suffixes, int lowerSize) {
        int[] n = new int[lowerSize];
        for (int s : suffixes) {
            n[s]++;
        }
        return n;
    }
}
