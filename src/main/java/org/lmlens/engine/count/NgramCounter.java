package org.lmlens.engine.count;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrays;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;

/**
 * Counts every n-gram of orders 1..N of a corpus into {@link NgramCounts}, one order at a time.
 *
 * <p>Stage contract (KenLM's pipeline style): input a frozen {@link Corpus}; output immutable counts in
 * which every n-gram of order k ≥ 2 has its prefix and suffix at order k-1. The trick that keeps it
 * compact for any order: an n-gram of order k is keyed by (index of its prefix at order k-1, last word)
 * packed into one {@code long}, so one primitive hash map per order suffices. A per-position array holds,
 * for every corpus position, the index of the n-gram of the current order starting there; it is
 * rewritten in place from order to order.
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
        int[] starts = corpus.startArray();
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
        int[] cur = t.clone();

        for (int k = 2; k <= maxOrder; k++) {
            progress.checkCancelled();
            progress.update("count", (k - 1.0) / maxOrder);
            Long2IntOpenHashMap map = new Long2IntOpenHashMap(Math.max(16, t.length / 2));
            for (int s = 0; s < sentences; s++) {
                int last = starts[s + 1] - k;
                for (int pos = starts[s]; pos <= last; pos++) {
                    map.addTo(key(cur[pos], t[pos + k - 1]), 1);
                }
                if ((s & 0xFFFF) == 0) {
                    progress.checkCancelled();
                }
            }
            long[] keys = map.keySet().toLongArray();
            LongArrays.parallelRadixSort(keys);
            int size = keys.length;
            int[] w = new int[size];
            int[] c = new int[size];
            int[] p = new int[size];
            for (int i = 0; i < size; i++) {
                long key = keys[i];
                w[i] = (int) key;
                p[i] = (int) (key >>> 32);
                c[i] = map.put(key, i);
            }
            int[] sfx = new int[size];
            for (int s = 0; s < sentences; s++) {
                int last = starts[s + 1] - k;
                int pos = starts[s];
                for (; pos <= last; pos++) {
                    int index = map.get(key(cur[pos], t[pos + k - 1]));
                    sfx[index] = cur[pos + 1];
                    cur[pos] = index;
                }
                for (; pos < starts[s + 1]; pos++) {
                    cur[pos] = -1;
                }
            }
            word[k] = w;
            count[k] = c;
            prefix[k] = p;
            suffix[k] = sfx;
            childStart[k - 1] = childRanges(p, word[k - 1].length);
            continuation[k - 1] = continuationCounts(sfx, word[k - 1].length);
        }
        progress.update("count", 1.0);
        return new NgramCounts(corpus.vocabulary(), maxOrder, word, count, prefix, suffix, childStart, continuation,
                sentences);
    }

    private static long key(int prefixIndex, int lastWord) {
        return ((long) prefixIndex << 32) | (lastWord & 0xFFFFFFFFL);
    }

    /** Children of each parent are contiguous because the keys were sorted by parent first. */
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
