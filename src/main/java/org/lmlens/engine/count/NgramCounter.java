package org.lmlens.engine.count;

import org.lmlens.engine.EngineMessages;
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
 * Memory locality decides the speed on large corpora, so each order makes three passes that touch
 * as few random addresses as possible: (1) sequentially, the prefix index of every window (or -1) and
 * bucket sizes; (2) the word-sorted positions scattered into buckets, reading one random int per window
 * and marking the first window of each distinct n-gram; (3) sequentially over the buckets, the n-grams
 * (random reads only once per distinct n-gram) and each window's new index. Transient memory is at
 * most five ints per corpus token; the result is about 24 bytes per n-gram. Each pass is split in two for two
 * threads (by position, by word range with per-range bucket offsets, and at a run start), so the result
 * is the same as with one thread: deterministic, it depends only on the corpus.
 *
 * <p>The highest order needs no window's index afterwards: {@link LastOrderCounter} counts it by sorting
 * the windows' words and neighbouring indexes instead of their positions, on one thread, in the arrays the
 * lower orders leave spare. It does so when order 2 is the highest (0.65-0.70 against 1.40 ms on two threads,
 * 118k tokens) and whenever counting runs on one thread (order 3 of the same text, paired medians: 4.43
 * against 4.92 ms, and 0.10 ms less in a slower phase); two threads sorting positions beat it above order 2
 * (order 3: 3.0 against 3.26 ms).
 */
public final class NgramCounter {
    public static final int MAX_ORDER = 10;

    private NgramCounter() {
    }

    public static NgramCounts count(Corpus corpus, int maxOrder, Progress progress) {
        return count(corpus, maxOrder, progress, new MemoryGuard(maxOrder, 1));
    }

    /** As {@link #count(Corpus, int, Progress)}, refusing with the guard's message what would not fit the heap. */
    public static NgramCounts count(Corpus corpus, int maxOrder, Progress progress, MemoryGuard guard) {
        return count(corpus, maxOrder, progress, PARALLEL_MIN_TOKENS, guard);
    }

    /** As {@link #count(Corpus, int, Progress)}, on two threads from {@code parallelMinTokens} tokens on (tests). */
    static NgramCounts count(Corpus corpus, int maxOrder, Progress progress, int parallelMinTokens) {
        return count(corpus, maxOrder, progress, parallelMinTokens, new MemoryGuard(maxOrder, 1));
    }

    /** Cancellation and memory are checked inside the long loops every this many positions. */
    static final int CHECK_STRIDE = 1 << 16;

    private static NgramCounts count(Corpus corpus, int maxOrder, Progress progress, int parallelMinTokens,
                                     MemoryGuard guard) {
        if (maxOrder < 1 || maxOrder > MAX_ORDER) {
            throw new LmLensException(EngineMessages.get("model.order", MAX_ORDER, maxOrder));
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
        for (int w = 0; w < vocab; w++) {
            word[1][w] = w;
        }
        count[1] = corpus.knownTokenCounts();
        if (count[1] == null) {
            count[1] = new int[vocab];
            for (int i = 0; i < n; i++) {
                count[1][t[i]]++;
                if ((i & (CHECK_STRIDE - 1)) == 0) {
                    progress.checkCancelled();
                }
            }
        }
        childStart[0] = new int[] {0, vocab};
        if (maxOrder == 1) {
            progress.update("count", 1.0);
            return new NgramCounts(corpus.vocabulary(), maxOrder, word, count, prefix, suffix, childStart,
                    continuation, sentences);
        }
        guard.beforeCounting(n);
        if (maxOrder == 2) {
            progress.update("count", 0.5);
            LastOrderCounter.count(2, t, t, null, word, count, prefix, suffix, childStart, continuation, progress,
                    guard);
            progress.update("count", 1.0);
            return new NgramCounts(corpus.vocabulary(), maxOrder, word, count, prefix, suffix, childStart,
                    continuation, sentences);
        }

        int[] wordStart = LastOrderCounter.starts(count[1]);
        int[] byWord = positionsByWord(t, wordStart, progress);
        // The words are split in two ranges with about half the positions each: each thread scatters one.
        int splitWord = 0;
        while (splitWord < vocab && wordStart[splitWord] < n / 2) {
            splitWord++;
        }
        // At order 1 a window's index is its word: the tokens themselves, read but never written.
        int[] cur = t;
        int[] next = new int[n];
        int[] sorted = new int[n];
        boolean parallel = n >= parallelMinTokens;
        for (int k = 2; k <= maxOrder; k++) {
            progress.checkCancelled();
            progress.update("count", (k - 1.0) / maxOrder);
            boolean last = k == maxOrder;
            if (last && !parallel) {
                // The arrays of the position sort are spare by now (cur once read).
                LastOrderCounter.count(k, t, cur, new int[][] {next, byWord, sorted, cur}, word, count, prefix,
                        suffix, childStart, continuation, progress, guard);
                break;
            }
            int lowerSize = word[k - 1].length;
            guard.beforeBuckets(k, lowerSize);
            int shift = k - 1;
            int[] in = cur;
            int[] out = next;
            int sw = splitWord;
            // Pass 1, sequential over positions: out[pos] = the prefix index of the window at pos, or -1
            // where it does not fit; histograms by prefix, per thread and per word range.
            int[][][] hist = new int[2][][];
            both(parallel, h -> hist[h] = prefixes(t, in, out, h == 0 ? 0 : n / 2, h == 0 ? n / 2 : n, shift, sw,
                    lowerSize, progress));
            // Bucket p holds the windows of prefix p: those of the low word range first, then the high one.
            int[][] offset = {new int[2 * lowerSize], new int[2 * lowerSize]};
            int windows = 0;
            for (int p = 0; p < lowerSize; p++) {
                int low = hist[0][0][p] + hist[1][0][p];
                offset[0][2 * p] = windows;
                offset[0][2 * p + 1] = -1;
                offset[1][2 * p] = windows + low;
                offset[1][2 * p + 1] = -1;
                windows += low + hist[0][1][p] + hist[1][1][p];
            }
            hist[0] = null;
            hist[1] = null;
            // Pass 2: stable scatter in word order, marking the first window of each (prefix, word) run.
            int[] distinct = new int[2];
            both(parallel, h -> distinct[h] = scatter(byWord, wordStart, h == 0 ? 0 : sw, h == 0 ? sw : vocab, out,
                    shift, offset[h], sorted, progress));
            progress.checkCancelled();
            int size = distinct[0] + distinct[1];
            guard.beforeOrder(k, size, lowerSize);
            int[] w = new int[size];
            int[] c = new int[size];
            int[] p = new int[size];
            int[] sfx = new int[size];
            // Pass 3: the runs are the n-grams, in trie order; split at a run start for two threads.
            int split = parallel ? windows / 2 : windows;
            while (split < windows && sorted[split] >= 0) {
                split++;
            }
            int total = windows;
            int half = split;
            int[] base = {0, parallel ? runStarts(sorted, 0, half) : size};
            both(parallel, h -> fill(sorted, h == 0 ? 0 : half, h == 0 ? half : total, h == 0 ? 0 : base[1], t, in,
                    shift, w, c, p, sfx, out, !last, progress));
            cur = out;
            next = in == t ? (last ? null : new int[n]) : in;
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
    private static int[] positionsByWord(int[] t, int[] wordStart, Progress progress) {
        int[] start = wordStart.clone();
        int[] out = new int[t.length];
        for (int q = 0; q < t.length; q++) {
            out[start[t[q]]++] = q;
            if ((q & (CHECK_STRIDE - 1)) == 0) {
                progress.checkCancelled();
            }
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

    /**
     * For positions [from, to): {@code pv[pos]} = the prefix index (at order k-1) of the order-k window
     * starting at pos, or -1 when the window would cross the sentence end; returns the windows per prefix
     * index, [0] for last words below {@code splitWord}, [1] for the others.
     */
    private static int[][] prefixes(int[] t, int[] lower, int[] pv, int from, int to, int shift, int splitWord,
                                    int lowerSize, Progress progress) {
        int[][] h = new int[2][lowerSize];
        int n = t.length;
        for (int pos = from; pos < to; pos++) {
            if ((pos & (CHECK_STRIDE - 1)) == 0) {
                progress.checkCancelled();
            }
            if (pos + 1 < n && t[pos] != Vocabulary.EOS && lower[pos + 1] >= 0) {
                int pre = lower[pos];
                pv[pos] = pre;
                h[t[pos + shift] < splitWord ? 0 : 1][pre]++;
            } else {
                pv[pos] = -1;
            }
        }
        return h;
    }

    /**
     * Scatters the windows whose last word is in [fromWord, toWord) into their prefix buckets, in word
     * order (so each bucket ends up sorted by word), storing {@code ~pos} for the first window of each
     * (prefix, word) run and {@code pos} for the others; returns the number of runs. {@code slot} holds,
     * per prefix p, the next free slot at [2p] and the last word placed at [2p+1] (one cache line).
     */
    private static int scatter(int[] byWord, int[] wordStart, int fromWord, int toWord, int[] pv, int shift,
                               int[] slot, int[] sorted, Progress progress) {
        int runs = 0;
        for (int w = fromWord; w < toWord; w++) {
            for (int i = wordStart[w], end = wordStart[w + 1]; i < end; i++) {
                if ((i & (CHECK_STRIDE - 1)) == 0) {
                    progress.checkCancelled();
                }
                int pos = byWord[i] - shift;
                if (pos < 0) {
                    continue;
                }
                int pre = pv[pos];
                if (pre < 0) {
                    continue;
                }
                int at = 2 * pre;
                boolean first = slot[at + 1] != w;
                slot[at + 1] = w;
                sorted[slot[at]++] = first ? ~pos : pos;
                runs += first ? 1 : 0;
            }
        }
        return runs;
    }

    private static int runStarts(int[] sorted, int from, int to) {
        int runs = 0;
        for (int i = from; i < to; i++) {
            runs += sorted[i] < 0 ? 1 : 0;
        }
        return runs;
    }

    /**
     * Writes the n-grams of sorted[from..to) from index {@code base} on, and, when the next order needs
     * them ({@code windowIndexes}), each window's n-gram index into {@code out} (which holds the prefix
     * index of each window until then: read once per n-gram).
     */
    private static void fill(int[] sorted, int from, int to, int base, int[] t, int[] lower, int shift, int[] w,
                             int[] c, int[] p, int[] sfx, int[] out, boolean windowIndexes, Progress progress) {
        int index = base - 1;
        for (int i = from; i < to; i++) {
            if ((i & (CHECK_STRIDE - 1)) == 0) {
                progress.checkCancelled();
            }
            int v = sorted[i];
            int pos = v;
            if (v < 0) {
                pos = ~v;
                index++;
                w[index] = t[pos + shift];
                p[index] = out[pos];
                sfx[index] = lower[pos + 1];
            }
            c[index]++;
            if (windowIndexes) {
                out[pos] = index;
            }
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
