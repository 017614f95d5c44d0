package org.lmlens.engine.count;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lmlens.engine.text.Spellings;
import org.lmlens.engine.text.WordIds;

/**
 * First pass of training: provisional ids (0..2 are the specials, as in the final vocabulary). Also a
 * shard of {@link ShardedReader}: a batch of lines over its own ids, merged into the main one.
 */
final class Accumulator implements WordIds {
    /**
     * Word → provisional id. Made at once, sized for the text, so that the memory guard counts it from the
     * start (reading an English text as bytes then never uses it).
     */
    final WordIndex ids;
    private final int expectedWords;
    /** Each provisional id's word; null for a new spelling not made a {@code String} yet (see {@link #word}). */
    final List<String> words;
    /** The bytes of the new spellings, one after the other (ASCII: one character each); null until one comes. */
    private byte[] spellingBytes;
    /**
     * Per provisional id, where its spelling ends in {@link #spellingBytes} (a word made a string: none);
     * null until a new spelling comes, so that text read otherwise (sharded, in a small heap) pays nothing.
     */
    private IntArrayList spellingEnd;
    final IntArrayList freq;
    final IntArrayList tokens;
    final IntArrayList starts = new IntArrayList();
    MemoryGuard guard;
    /** The spellings the byte path met, over the provisional ids (null when not read as bytes). */
    Spellings spellings;
    /** Words from this provisional id on (the specials too, at first) are not in {@link #ids} yet. */
    private int indexed;
    /** Whether a pure-ASCII word came other than as a new spelling ({@link #idOfNewSpelling}). */
    private boolean asciiLookedUp;
    private long nextCheck = MemoryGuard.READ_STRIDE;

    Accumulator() {
        this(-1);
    }

    /**
     * Sized for a text of {@code sourceBytes} bytes (-1: unknown), so that a small file is read without
     * growing (and copying) its arrays: about one token per 5 bytes, plus two markers per sentence (one
     * slot per 4 bytes), and one new word per 40 in English.
     */
    Accumulator(long sourceBytes) {
        expectedWords = CorpusBuilder.expectedSize(sourceBytes, 40, 16);
        words = new ArrayList<>(expectedWords);
        words.addAll(List.of(Vocabulary.UNK_WORD, Vocabulary.BOS_WORD, Vocabulary.EOS_WORD));
        freq = new IntArrayList(expectedWords);
        freq.size(3);
        tokens = new IntArrayList(CorpusBuilder.expectedSize(sourceBytes, 4, 1 << 16));
        ids = new WordIndex(expectedWords, -1);
    }

    /** The provisional id of a word, added (with frequency 0) on first sight. */
    int provisionalId(String w) {
        indexNewSpellings();
        int id = ids.putIfAbsent(w, words.size());
        if (id < 0) {
            id = words.size();
            words.add(w);
            freq.add(0);
            if (spellingEnd != null) {
                spellingEnd.add(spellingEnd.getInt(id - 1));
            }
            asciiLookedUp |= isAscii(w);
        }
        indexed = words.size();
        return id;
    }

    /** The provisional id of a token, or -1 for the {@code <s>} and {@code </s>} markup (dropped). */
    @Override
    public int id(String w) {
        return CorpusBuilder.isMarker(w) ? -1 : provisionalId(w);
    }

    /**
     * A spelling the byte path met for the first time is a new word unless an ASCII word came some
     * other way (a piece of a run split by a non-ASCII space, a file read by characters, a second
     * encoding, lowercasing): then it is looked up. A new word is not put in the index until a lookup
     * needs it: reading an English text puts no word in it (saving 14k inserts in a 100k-word text), and
     * the vocabulary builds its own index only if asked ({@link Vocabulary#id}).
     */
    @Override
    public int idOfNewSpelling(byte[] b, int from, int length) {
        if (asciiLookedUp || b[from] == '<') {
            // markup, <unk>, or a word that may have come before
            return id(new String(b, from, length, StandardCharsets.ISO_8859_1));
        }
        int id = words.size();
        if (spellingEnd == null) {
            spellingEnd = new IntArrayList(expectedWords);
            spellingEnd.size(id); // the words so far have no spelling bytes
            spellingBytes = new byte[Math.max(256, 8 * expectedWords)];
        }
        int start = spellingEnd.getInt(id - 1);
        if (start + length > spellingBytes.length) {
            spellingBytes = Arrays.copyOf(spellingBytes, Math.max(2 * spellingBytes.length, start + length));
        }
        System.arraycopy(b, from, spellingBytes, start, length);
        words.add(null);
        freq.add(0);
        spellingEnd.add(start + length);
        return id;
    }

    /** The word of a provisional id, made a {@code String} now if it came as a new spelling. */
    String word(int id) {
        String w = words.get(id);
        if (w == null) {
            int start = spellingEnd.getInt(id - 1);
            w = new String(spellingBytes, start, spellingEnd.getInt(id) - start, StandardCharsets.ISO_8859_1);
            words.set(id, w);
        }
        return w;
    }

    /** Puts the words that came as new spellings in the index, before anything is looked up in it. */
    private void indexNewSpellings() {
        for (int i = indexed, n = words.size(); i < n; i++) {
            ids.putIfAbsent(word(i), i);
        }
    }

    /** A sentence of provisional ids ({@link #id}), markup already left out. */
    void add(int[] ids, int length) {
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

    /** Called after tokens were added: every {@link MemoryGuard#READ_STRIDE} tokens, asks the guard. */
    void checkMemory() {
        if (guard != null && tokens.size() >= nextCheck) {
            nextCheck = tokens.size() + MemoryGuard.READ_STRIDE;
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
        // Where each kept word's spelling lies in spellingBytes, for those not made strings (null: none).
        boolean pooled = spellingEnd != null;
        int[] keptSpelling = pooled ? new int[2 * kept.length] : null;
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
                if (pooled && kept[next] == null) {
                    keptSpelling[2 * next] = spellingEnd.getInt(i - 1);
                    keptSpelling[2 * next + 1] = spellingEnd.getInt(i);
                }
                remap[i] = next;
                indexValue[i] = next++;
            } else {
                remap[i] = Vocabulary.UNK;
                indexValue[i] = -1; // not a vocabulary word: the vocabulary maps it to <unk>
            }
        }
        // An index that misses the new spellings is left to the vocabulary to build if it needs one.
        boolean indexComplete = indexed == n;
        if (indexComplete) {
            ids.remapValues(indexValue);
        }
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
        // The vocabulary keeps the spellings, so that a test text is encoded without decoding them again.
        Spellings known = spellings == null ? null : spellings.renumber(remap, !asciiLookedUp);
        Vocabulary vocabulary = new Vocabulary(kept, indexComplete ? ids : null, known,
                pooled ? spellingBytes : null, keptSpelling);
        return new Corpus(vocabulary, t, CorpusBuilder.withEnd(starts, t.length), 0, rawTypes, tokenCounts);
    }

    /**
     * The provisional ids 3..n-1, most frequent first, ties in order of first appearance (the provisional
     * id itself). A counting sort when the highest frequency is not much more than the number of words
     * (always, for a text of natural language and a few hundred thousand words), else one sort of packed
     * primitive keys; never a string comparison (alphabetical ties cost 16 % of reading a 100k-word text).
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

    private static boolean isAscii(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
