package org.lmlens.engine.count;

import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.Tuning;

/**
 * Counts every n-gram of orders 1..N of a corpus into {@link NgramCounts}, one order at a time: order 1
 * is the vocabulary with its word counts, and {@link #nextOrder} makes order k from order k-1, as
 * {@link TrieLevel}s.
 *
 * <p>An n-gram of order k is identified by (index of its prefix at order k-1, last word), so counting
 * order k is sorting the corpus windows of k words by that pair: a least-significant-digit radix sort of
 * two counting sorts, linear and without hashing or comparisons. The first digit, the last word, is the
 * same sort at every order (the last word of the window starting at {@code pos} at order k is the token at
 * {@code pos+k-1}), so the positions are sorted by word once; each order then moves them, in word order,
 * into buckets by prefix. Runs of equal keys in the result are the n-grams, already in trie order (prefix,
 * then word). A window never crosses the end of its sentence, so it never reaches before {@code <s>}.
 *
 * <p>Memory: besides the corpus, four {@code int}s per token while counting (the positions by word, the
 * positions by n-gram, and each window's index at the order below and at this one), and about 24 bytes
 * per n-gram stored. Each order reads the corpus in order except for one random read per window (its
 * prefix, while moving it into its bucket) and one random write (its new index).
 */
public final class NgramCounter {
    public static final int MAX_ORDER = 10;

    private final int[] tokens;
    private final Progress progress;
    private final MemoryGuard guard;
    /** Where each word's positions start in {@link #byWord} (one more entry: the total). */
    private final int[] wordStart;
    /** Every corpus position, sorted (stably) by its token. */
    private final int[] byWord;
    /** The index of the window of the current order starting at each position, or -1 where it does not fit. */
    private int[] windowIndex;
    /** Spare per-token arrays, reused from order to order. */
    private int[] spare;
    private final int[] sorted;

    private NgramCounter(int[] tokens, TrieLevel unigrams, Progress progress, MemoryGuard guard) {
        this.tokens = tokens;
        this.progress = progress;
        this.guard = guard;
        wordStart = new int[unigrams.size() + 1];
        for (int w = 0; w < unigrams.size(); w++) {
            wordStart[w + 1] = wordStart[w] + unigrams.counts()[w];
        }
        byWord = positionsByWord();
        // At order 1 a window's index is its word: the tokens themselves, read but never written.
        windowIndex = tokens;
        sorted = new int[tokens.length];
    }

    public static NgramCounts count(Corpus corpus, int maxOrder, Progress progress) {
        return count(corpus, maxOrder, progress, new MemoryGuard(maxOrder, 1));
    }

    /** As {@link #count(Corpus, int, Progress)}, refusing with the guard's message what would not fit the heap. */
    public static NgramCounts count(Corpus corpus, int maxOrder, Progress progress, MemoryGuard guard) {
        if (maxOrder < 1 || maxOrder > MAX_ORDER) {
            throw new LmLensException(EngineMessages.get("model.order", MAX_ORDER, maxOrder));
        }
        int[] t = corpus.tokenArray();
        TrieLevel[] levels = new TrieLevel[maxOrder + 1];
        levels[1] = TrieLevel.unigrams(unigramCounts(corpus, progress));
        if (maxOrder >= 2) {
            guard.beforeCounting(t.length);
            NgramCounter counter = new NgramCounter(t, levels[1], progress, guard);
            for (int k = 2; k <= maxOrder; k++) {
                progress.checkCancelled();
                progress.update("count", (k - 1.0) / maxOrder);
                levels[k] = counter.nextOrder(k, levels[k - 1], k < maxOrder);
                levels[k - 1] = levels[k - 1].linkedTo(levels[k]);
            }
        }
        progress.update("count", 1.0);
        return new NgramCounts(corpus.vocabulary(), levels, corpus.sentenceCount());
    }

    private static int[] unigramCounts(Corpus corpus, Progress progress) {
        int[] known = corpus.knownTokenCounts();
        if (known != null) {
            return known;
        }
        int[] t = corpus.tokenArray();
        int[] counts = new int[corpus.vocabulary().size()];
        for (int pos = 0; pos < t.length; pos++) {
            counts[t[pos]]++;
            if ((pos & (Tuning.CHECK_STRIDE - 1)) == 0) {
                progress.checkCancelled();
            }
        }
        return counts;
    }

    /** Every corpus position, sorted (stably) by its token: a counting sort over the vocabulary. */
    private int[] positionsByWord() {
        int[] out = new int[tokens.length];
        int[] next = wordStart.clone();
        for (int pos = 0; pos < tokens.length; pos++) {
            out[next[tokens[pos]]++] = pos;
            checkCancelled(pos);
        }
        return out;
    }

    /**
     * The n-grams of order {@code k}, from the windows of order k-1 ({@link #windowIndex}, indexes into
     * {@code lower}); afterwards, when {@code keepIndexes} (another order follows), {@link #windowIndex}
     * holds each window's index at order k.
     */
    private TrieLevel nextOrder(int k, TrieLevel lower, boolean keepIndexes) {
        guard.beforeBuckets(k, lower.size());
        int[] in = windowIndex;
        int[] prefixOf = spare != null ? spare : new int[tokens.length];
        int[] bucket = prefixes(in, prefixOf, lower.size());
        int[] runs = scatter(k, prefixOf, bucket);
        progress.checkCancelled();
        guard.beforeOrder(k, runs[0], lower.size());
        TrieLevel level = fill(k, in, prefixOf, runs[0], runs[1], keepIndexes);
        windowIndex = prefixOf;
        spare = in == tokens ? null : in;
        return level;
    }

    /**
     * Pass 1, in corpus order: {@code prefixOf[pos]} = the prefix of the window at pos (its index at the order
     * below), or -1 where the window would cross the sentence end (its first word is {@code </s>}, or the
     * window of the order below after that word does not fit). Returns the buckets: at [2p] where the
     * windows of prefix p start in {@link #sorted}, at [2p+1] the last word put there (none yet: -1).
     */
    private int[] prefixes(int[] in, int[] prefixOf, int lowerSize) {
        int n = tokens.length;
        int[] bucket = new int[2 * lowerSize];
        for (int pos = 0; pos < n; pos++) {
            checkCancelled(pos);
            if (pos + 1 < n && tokens[pos] != Vocabulary.EOS && in[pos + 1] >= 0) {
                prefixOf[pos] = in[pos];
                bucket[2 * in[pos]]++;
            } else {
                prefixOf[pos] = -1;
            }
        }
        int windows = 0;
        for (int p = 0; p < lowerSize; p++) {
            int size = bucket[2 * p];
            bucket[2 * p] = windows;
            bucket[2 * p + 1] = -1;
            windows += size;
        }
        return bucket;
    }

    /**
     * Pass 2, in word order: each window into the bucket of its prefix, where the words arrive sorted; the
     * first window of each (prefix, word) run is stored as {@code ~pos}, the others as {@code pos}. Returns
     * the number of runs (the n-grams of order k) and of windows.
     */
    private int[] scatter(int k, int[] prefixOf, int[] bucket) {
        int shift = k - 1;
        int ngrams = 0;
        int windows = 0;
        for (int w = 0; w + 1 < wordStart.length; w++) {
            for (int i = wordStart[w], end = wordStart[w + 1]; i < end; i++) {
                checkCancelled(i);
                int pos = byWord[i] - shift;
                int prefix = pos < 0 ? -1 : prefixOf[pos];
                if (prefix >= 0) {
                    boolean first = bucket[2 * prefix + 1] != w;
                    bucket[2 * prefix + 1] = w;
                    sorted[bucket[2 * prefix]++] = first ? ~pos : pos;
                    ngrams += first ? 1 : 0;
                    windows++;
                }
            }
        }
        return new int[] {ngrams, windows};
    }

    /**
     * Pass 3, over the sorted windows: the runs are the n-grams, in trie order. With {@code keepIndexes},
     * each window's index at order k replaces its prefix in {@code prefixOf} (read once per n-gram first).
     */
    private TrieLevel fill(int k, int[] in, int[] prefixOf, int ngrams, int windows, boolean keepIndexes) {
        int shift = k - 1;
        int[] words = new int[ngrams];
        int[] counts = new int[ngrams];
        int[] prefixes = new int[ngrams];
        int[] suffixes = new int[ngrams];
        int index = -1;
        for (int i = 0; i < windows; i++) {
            checkCancelled(i);
            int pos = sorted[i];
            if (pos < 0) {
                pos = ~pos;
                index++;
                words[index] = tokens[pos + shift];
                prefixes[index] = prefixOf[pos];
                suffixes[index] = in[pos + 1];
            }
            counts[index]++;
            if (keepIndexes) {
                prefixOf[pos] = index;
            }
        }
        return new TrieLevel(words, counts, prefixes, suffixes, null, null);
    }

    private void checkCancelled(int i) {
        if ((i & (Tuning.CHECK_STRIDE - 1)) == 0) {
            progress.checkCancelled();
        }
    }
}
