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
 * Transient memory is five ints per corpus token; the result is about 24 bytes per n-gram. Each pass
 * over the positions is split in two halves run on two threads (a per-half bucket histogram keeps the
 * scatter stable; the runs are split at a run boundary), so the result is the same as with one thread:
 * deterministic, it depends only on the corpus.
 */
public final class NgramCounter {
    public static final int MAX_ORDER = 10;

    private NgramCounter() {
    }

    public static NgramCounts count(Corpus corpus, int maxOrder, Progress progress) {
        return count(corpus, maxOrder, progress, PARALLEL_MIN_TOKENS);
    }

    /** As {@link #count(Corpus, int, Progress)}, on two threads from {@code parallelMinTokens} tokens on (tests). */
    static NgramCounts count(Corpus corpus, int maxOrder, Progress progress, int parallelMinTokens) {
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
        boolean parallel = n >= parallelMinTokens;
        for (int k = 2; k <= maxOrder; k++) {
            progress.checkCancelled();
            progress.update("count", (k - 1.0) / maxOrder);
            int lowerSize = word[k - 1].length;
            int shift = k - 1;
            int[] in = cur;
            int[] out = next;
            // Two halves of the word-sorted positions, each with its own bucket histogram by prefix index,
            // so both can scatter at once: the first half's items of a bucket go before the second half's,
            // which keeps the scatter stable (the same result as one thread).
            int mid = n / 2;
            int[][] offsets = new int[2][];
            both(parallel, h -> offsets[h] = histogram(byWord, h == 0 ? 0 : mid, h == 0 ? mid : n, t, in, shift,
                    lowerSize));
            int windows = 0;
            for (int p = 0; p < lowerSize; p++) {
                int first = offsets[0][p];
                int second = offsets[1][p];
                offsets[0][p] = windows;
                offsets[1][p] = windows + first;
                windows += first + second;
            }
            both(parallel, h -> scatter(byWord, h == 0 ? 0 : mid, h == 0 ? mid : n, t, in, shift, offsets[h], sorted));
            progress.checkCancelled();
            // Runs of equal keys are the n-grams; split the sorted range at a run boundary for two threads.
            int split = runBoundary(sorted, windows / 2, windows, in, t, shift);
            int total = windows;
            int[] runs = new int[2];
            both(parallel, h -> {
                java.util.Arrays.fill(out, h == 0 ? 0 : n / 2, h == 0 ? n / 2 : n, -1);
                runs[h] = distinctRuns(sorted, h == 0 ? 0 : split, h == 0 ? split : total, in, t, shift);
            });
            int size = runs[0] + runs[1];
            int[] w = new int[size];
            int[] c = new int[size];
            int[] p = new int[size];
            int[] sfx = new int[size];
            both(parallel, h -> fill(sorted, h == 0 ? 0 : split, h == 0 ? split : total, h == 0 ? 0 : runs[0], in, t,
                    shift, w, c, p, sfx, out));
            cur = out;
            next = in;
            word[k] = w;
            count[k] = c;
            prefix[k] = p;
            suffix[k] = sfx;
            int kk = k;
            both(parallel, h -> {
                if (h == 0) {
                    childStart[kk - 1] = childRanges(p, lowerSize);
                } else {
                    continuation[kk - 1] = continuationCounts(sfx, lowerSize);
                }
            });
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

    /** Below this many tokens one thread counts (starting a second costs more than it saves). */
    static final int PARALLEL_MIN_TOKENS = 1 << 16;

    /** Runs {@code part.accept(0)} and {@code part.accept(1)}, on two threads when {@code parallel}. */
    private static void both(boolean parallel, java.util.function.IntConsumer part) {
        if (!parallel) {
            part.accept(0);
            part.accept(1);
            return;
        }
        java.util.concurrent.ForkJoinTask<?> second = java.util.concurrent.ForkJoinPool.commonPool()
                .submit(() -> part.accept(1));
        part.accept(0);
        second.join();
    }

    /** Whether the window of the current order starting at {@code pos} fits in its sentence. */
    private static boolean fits(int pos, int[] t, int[] lower) {
        return pos >= 0 && t[pos] != Vocabulary.EOS && lower[pos + 1] >= 0;
    }

    /** Windows per prefix index among the positions byWord[from..to) (each the last word of its window). */
    private static int[] histogram(int[] byWord, int from, int to, int[] t, int[] lower, int shift, int lowerSize) {
        int[] h = new int[lowerSize];
        for (int i = from; i < to; i++) {
            int pos = byWord[i] - shift;
            if (fits(pos, t, lower)) {
                h[lower[pos]]++;
            }
        }
        return h;
    }

    /** Stable scatter of window starts into their prefix buckets, in word order. */
    private static void scatter(int[] byWord, int from, int to, int[] t, int[] lower, int shift, int[] offset,
                                int[] sorted) {
        for (int i = from; i < to; i++) {
            int pos = byWord[i] - shift;
            if (fits(pos, t, lower)) {
                sorted[offset[lower[pos]]++] = pos;
            }
        }
    }

    /** The first index at or after {@code i} where a new run of equal keys starts ({@code end} if none). */
    private static int runBoundary(int[] sorted, int i, int end, int[] lower, int[] t, int shift) {
        while (i > 0 && i < end && lower[sorted[i]] == lower[sorted[i - 1]]
                && t[sorted[i] + shift] == t[sorted[i - 1] + shift]) {
            i++;
        }
        return i;
    }

    /** The number of runs of equal (prefix, last word) keys among sorted[from..to). */
    private static int distinctRuns(int[] sorted, int from, int to, int[] lower, int[] t, int shift) {
        int size = 0;
        int lastPrefix = -1;
        int lastWord = -1;
        for (int i = from; i < to; i++) {
            int pos = sorted[i];
            int pre = lower[pos];
            int last = t[pos + shift];
            if (pre != lastPrefix || last != lastWord) {
                size++;
                lastPrefix = pre;
                lastWord = last;
            }
        }
        return size;
    }

    /** Writes the n-grams of sorted[from..to) from index {@code base} on, and each window's index into {@code out}. */
    private static void fill(int[] sorted, int from, int to, int base, int[] lower, int[] t, int shift, int[] w,
                             int[] c, int[] p, int[] sfx, int[] out) {
        int index = base - 1;
        int lastPrefix = -1;
        int lastWord = -1;
        for (int i = from; i < to; i++) {
            int pos = sorted[i];
            int pre = lower[pos];
            int last = t[pos + shift];
            if (pre != lastPrefix || last != lastWord) {
                index++;
                w[index] = last;
                p[index] = pre;
                sfx[index] = lower[pos + 1];
                lastPrefix = pre;
                lastWord = last;
            }
            c[index]++;
            out[pos] = index;
        }
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
