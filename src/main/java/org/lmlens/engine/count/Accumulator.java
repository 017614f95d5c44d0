package org.lmlens.engine.count;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lmlens.engine.Tuning;
import org.lmlens.engine.text.SentenceSink;
import org.lmlens.engine.text.bytes.WordIdSink;

/**
 * First pass of training: each sentence's tokens get provisional ids in order of first appearance
 * (0..2 are the specials, as in the final vocabulary), with their frequencies; {@link #freeze} then
 * numbers the vocabulary most frequent first and remaps the tokens. Literal {@code <s>} and
 * {@code </s>} tokens are markup and left out. Sentences come as tokens (read by characters) or as ids
 * ({@link org.lmlens.engine.text.bytes.ByteWordReader}, which asks {@link #id} once per spelling). Also a shard of {@link ShardedReader}: a batch of lines
 * over its own ids, merged into the main one.
 */
final class Accumulator implements SentenceSink, WordIdSink {
    /** Word → provisional id; sized for the text, so that the memory guard counts it from the start. */
    final WordIndex ids;
    /** Each provisional id's word. */
    final List<String> words;
    final IntArrayList freq;
    final IntArrayList tokens;
    final IntArrayList starts = new IntArrayList();
    MemoryGuard guard;
    private long nextCheck = Tuning.CHECK_STRIDE;

    Accumulator() {
        this(-1);
    }

    /**
     * Sized for a text of {@code sourceBytes} bytes (-1: unknown), so that a small file is read without
     * growing (and copying) its arrays: about one token per 5 bytes, plus two markers per sentence (one
     * slot per 4 bytes), and one new word per 40 in English.
     */
    Accumulator(long sourceBytes) {
        int expectedWords = CorpusBuilder.expectedSize(sourceBytes, 40, 16);
        words = new ArrayList<>(expectedWords);
        words.addAll(List.of(Vocabulary.UNK_WORD, Vocabulary.BOS_WORD, Vocabulary.EOS_WORD));
        freq = new IntArrayList(expectedWords);
        freq.size(3);
        tokens = new IntArrayList(CorpusBuilder.expectedSize(sourceBytes, 4, 1 << 16));
        ids = new WordIndex(expectedWords, -1);
        for (int i = 0; i < 3; i++) {
            ids.putIfAbsent(words.get(i), i);
        }
    }

    /** The provisional id of a word, added (with frequency 0) on first sight. */
    int provisionalId(String w) {
        int id = ids.putIfAbsent(w, words.size());
        if (id < 0) {
            id = words.size();
            words.add(w);
            freq.add(0);
        }
        return id;
    }

    /** A sentence of tokens: {@code <s> tokens </s>}, markup left out; a sentence of markup only is dropped. */
    @Override
    public void sentence(List<String> sentence) {
        if (CorpusBuilder.append(sentence, this::countedId, tokens, starts)) {
            checkMemory();
        }
    }

    private int countedId(String w) {
        int id = provisionalId(w);
        freq.set(id, freq.getInt(id) + 1);
        return id;
    }

    /** The provisional id of a token, or -1 for the {@code <s>} and {@code </s>} markup (left out). */
    @Override
    public int id(String token) {
        return CorpusBuilder.isMarker(token) ? -1 : provisionalId(token);
    }

    /** A sentence of provisional ids ({@link #id}), markup already left out. */
    @Override
    public void sentence(int[] ids, int length) {
        starts.add(tokens.size());
        tokens.add(Vocabulary.BOS);
        int[] f = freq.elements();
        for (int k = 0; k < length; k++) {
            f[ids[k]]++;
        }
        tokens.addElements(tokens.size(), ids, 0, length);
        tokens.add(Vocabulary.EOS);
        checkMemory();
    }

    /** Called after tokens were added: every {@link Tuning#CHECK_STRIDE} tokens, asks the guard. */
    void checkMemory() {
        if (guard != null && tokens.size() >= nextCheck) {
            nextCheck = tokens.size() + Tuning.CHECK_STRIDE;
            guard.reading(tokens.size(), tokens.elements().length);
        }
    }

    /** The corpus over the final vocabulary; the accumulator is spent (its index now serves the vocabulary). */
    Corpus freeze(int minCount) {
        int n = words.size();
        int[] f = freq.elements();
        int[] order = byFrequency(f, n);
        int keptCount = 0;
        for (int i : order) {
            keptCount += f[i] >= minCount ? 1 : 0;
        }
        String[] kept = new String[keptCount + 3];
        int[] remap = new int[n];
        int[] indexValue = new int[n];
        for (int i = 0; i < 3; i++) {
            kept[i] = words.get(i);
            remap[i] = i;
            indexValue[i] = i;
        }
        int next = 3;
        for (int i : order) {
            if (f[i] >= minCount) {
                kept[next] = words.get(i);
                remap[i] = next;
                indexValue[i] = next++;
            } else {
                remap[i] = Vocabulary.UNK;
                indexValue[i] = -1; // not a vocabulary word: the vocabulary maps it to <unk>
            }
        }
        ids.remapValues(indexValue);
        int[] e = tokens.elements();
        int[] t = new int[tokens.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = remap[e[i]];
        }
        // Each id's tokens, for counting: the frequencies, a folded word's added to <unk>'s, a marker per sentence.
        int[] tokenCounts = new int[keptCount + 3];
        for (int i = 0; i < n; i++) {
            tokenCounts[remap[i]] += f[i];
        }
        tokenCounts[Vocabulary.BOS] = starts.size();
        tokenCounts[Vocabulary.EOS] = starts.size();
        int rawTypes = n - 3 + (f[Vocabulary.UNK] > 0 ? 1 : 0);
        Vocabulary vocabulary = new Vocabulary(kept, ids);
        return new Corpus(vocabulary, t, CorpusBuilder.withEnd(starts, t.length), 0, rawTypes, tokenCounts);
    }

    /**
     * The provisional ids 3..n-1, most frequent first, ties in order of first appearance (the provisional
     * id itself). A counting sort when the highest frequency is not much more than the number of words
     * (always, for a text of natural language and a few hundred thousand words), else one sort of packed
     * primitive keys; never a string comparison.
     */
    static int[] byFrequency(int[] freq, int n) {
        int[] order = new int[n - 3];
        int max = 0;
        for (int i = 3; i < n; i++) {
            max = Math.max(max, freq[i]);
        }
        if (max <= 4L * order.length + 4096) {
            // Bucket max - f: stable, so each bucket keeps the order of first appearance.
            int[] next = new int[max + 2];
            for (int i = 3; i < n; i++) {
                next[max - freq[i] + 1]++;
            }
            for (int k = 1; k < next.length; k++) {
                next[k] += next[k - 1];
            }
            for (int i = 3; i < n; i++) {
                order[next[max - freq[i]]++] = i;
            }
            return order;
        }
        long[] keys = new long[n - 3];
        for (int i = 3; i < n; i++) {
            keys[i - 3] = (long) (Integer.MAX_VALUE - freq[i]) << 32 | i;
        }
        Arrays.sort(keys);
        for (int k = 0; k < order.length; k++) {
            order[k] = (int) keys[k];
        }
        return order;
    }
}
