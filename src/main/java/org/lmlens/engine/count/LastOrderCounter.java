package org.lmlens.engine.count;

import java.util.Arrays;
import org.lmlens.engine.Progress;

/**
 * Counts the highest order of a trie for {@link NgramCounter}. No order comes after it, so no window needs
 * its n-gram's index, and the windows need not be sorted as positions: two stable counting sorts move
 * what the n-grams are made of. A window of order k starting at {@code pos} is its prefix (the index of
 * the (k-1)-gram at {@code pos}), its last word, and its suffix (the index of the (k-1)-gram at
 * {@code pos + 1}). The first sort, reading the corpus in order, puts each window's prefix and suffix in
 * the bucket of its last word; the second, reading those buckets in word order, puts each last word and
 * suffix in the bucket of its prefix, where the words arrive sorted. Runs of equal words in a bucket are
 * the n-grams, in trie order (prefix, then word). Every pass reads in order and writes into buckets: no
 * random read per window, where sorting positions reads the prefix of each at random. On a 118k-token
 * slice of Brown, order 2 took 0.65-0.70 ms this way against 1.66 ms sorting positions on one thread (1.40 ms
 * on two).
 *
 * <p>The buckets are sized by counts already known, which bound the windows they get: a word's unigram
 * count (every window ending in it is an occurrence of it) and a prefix's count at order k-1 (every
 * window starting with it is a window of order k-1). No pass is spent measuring them; a bucket may end
 * short of the next one's start. At order 2 a bigram's prefix and suffix are its two words: only the
 * first word is moved.
 */
final class LastOrderCounter {
    private LastOrderCounter() {
    }

    /**
     * Fills order {@code k} of the arrays {@link NgramCounter} passes, with the child ranges and continuation
     * counts of order k-1. {@code lower[pos]} is the index of the (k-1)-gram at {@code pos}, -1 where it does
     * not fit ({@code t} itself for k = 2). {@code spare} holds arrays of {@code t.length} ints the caller no
     * longer needs (null where none; they are overwritten): two at order 2, four above.
     */
    static void count(int k, int[] t, int[] lower, int[][] spare, int[][] word, int[][] count, int[][] prefix,
                      int[][] suffix, int[][] childStart, int[][] continuation, Progress progress,
                      MemoryGuard guard) {
        int n = t.length;
        int vocab = count[1].length;
        int lowerSize = count[k - 1].length;
        guard.beforeBuckets(k, lowerSize);
        boolean carrySuffix = k > 2;
        int[] lastStart = starts(count[1]);
        int[] lastEnd = Arrays.copyOf(lastStart, vocab);
        int[] byLast = array(spare, 0, n);
        int[] byLastSuffix = carrySuffix ? array(spare, 1, n) : null;
        // Sort 1, in corpus order: a window fits where its first word is not </s> and the (k-1)-gram
        // after that word fits.
        int shift = k - 1;
        for (int pos = 0; pos + 1 < n; pos++) {
            if ((pos & (NgramCounter.CHECK_STRIDE - 1)) == 0) {
                progress.checkCancelled();
            }
            int after = lower[pos + 1];
            if (t[pos] != Vocabulary.EOS && after >= 0) {
                int at = lastEnd[t[pos + shift]]++;
                byLast[at] = lower[pos];
                if (carrySuffix) {
                    byLastSuffix[at] = after;
                }
            }
        }
        // Sort 2, in order of last word: into the buckets of the prefixes. lower is read no more.
        int[] prefixStart = starts(count[k - 1]);
        int[] prefixEnd = Arrays.copyOf(prefixStart, lowerSize);
        int[] byPrefix = array(spare, 2, n);
        int[] byPrefixSuffix = carrySuffix ? array(spare, 3, n) : null;
        for (int w = 0; w < vocab; w++) {
            if ((w & 1023) == 0) {
                progress.checkCancelled();
            }
            for (int i = lastStart[w], e = lastEnd[w]; i < e; i++) {
                int at = prefixEnd[byLast[i]]++;
                byPrefix[at] = w;
                if (carrySuffix) {
                    byPrefixSuffix[at] = byLastSuffix[i];
                }
            }
        }
        // The runs are counted in a pass of their own: keeping each bucket's last word during the sort
        // made order 2 slower (0.87 against 0.69 ms in all).
        int size = 0;
        for (int p = 0; p < lowerSize; p++) {
            int previous = -1;
            for (int i = prefixStart[p], e = prefixEnd[p]; i < e; i++) {
                int w = byPrefix[i];
                size += w != previous ? 1 : 0;
                previous = w;
            }
        }
        progress.checkCancelled();
        guard.beforeOrder(k, size, lowerSize);
        int[] words = new int[size];
        int[] counts = new int[size];
        int[] prefixes = new int[size];
        // At order 2 a bigram's suffix is its last word, a unigram index: one array serves both.
        int[] suffixes = carrySuffix ? new int[size] : words;
        int[] children = new int[lowerSize + 1];
        int[] leftExtensions = new int[lowerSize];
        // Without a branch on where a run ends (most runs are one window long, so it would be mispredicted
        // half the time): each window writes its n-gram's slot, the first one of a run moving to the next.
        // 0.17-0.20 against 0.30 ms at order 2 with a loop per run.
        int index = -1;
        for (int p = 0; p < lowerSize; p++) {
            children[p] = index + 1;
            int previous = -1;
            for (int i = prefixStart[p], e = prefixEnd[p]; i < e; i++) {
                int w = byPrefix[i];
                int s = carrySuffix ? byPrefixSuffix[i] : w;
                int first = w != previous ? 1 : 0;
                previous = w;
                index += first;
                words[index] = w;
                prefixes[index] = p;
                suffixes[index] = s;
                counts[index]++;
                leftExtensions[s] += first;
            }
        }
        children[lowerSize] = size;
        word[k] = words;
        count[k] = counts;
        prefix[k] = prefixes;
        suffix[k] = suffixes;
        childStart[k - 1] = children;
        continuation[k - 1] = leftExtensions;
    }

    /** Where each bucket starts, for buckets of the given sizes (one more entry: the total). */
    static int[] starts(int[] sizes) {
        int[] start = new int[sizes.length + 1];
        for (int i = 0; i < sizes.length; i++) {
            start[i + 1] = start[i] + sizes[i];
        }
        return start;
    }

    private static int[] array(int[][] spare, int i, int n) {
        return spare != null && i < spare.length && spare[i] != null ? spare[i] : new int[n];
    }
}
