package org.lmlens.engine.count;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.text.Spellings;
import org.lmlens.engine.text.TextInfo;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextReader;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.WordIdSink;
import org.lmlens.engine.text.WordIds;

/**
 * Reads text into a {@link Corpus}. Training text is read in one streamed pass: words get provisional
 * ids in order of first appearance, then the vocabulary is frozen (most frequent first, words rarer
 * than the min-count folded into {@code <unk>}) and the ids are remapped in place. Test text is
 * encoded against an existing vocabulary. Literal {@code <s>} and {@code </s>} tokens in a text are
 * markup, not words, and are dropped; a literal {@code <unk>} is the unknown word.
 */
public final class CorpusBuilder {
    /**
     * Files from this size on are tokenized on several threads by {@link ShardedReader}, which streams
     * (memory stays bounded, and the memory guard watches it), unless {@link TextReader#readWordIds} can
     * read them as bytes and the heap has {@value #BYTE_PATH_HEADROOM} times their size free: that path
     * holds the file in memory, and on one thread it is still faster (Brown's 6 MB: a whole cold
     * {@code eval --order 5} took 1.10-1.38 s instead of 1.41-1.56 s). Same result either way.
     */
    static final long PARALLEL_MIN_BYTES = 1 << 20;
    static final long BYTE_PATH_HEADROOM = 16;

    private CorpusBuilder() {
    }

    /** Builds the training corpus like {@link #train(TextSource, TextOptions, int, Progress)}, on one thread. */
    static Corpus trainSequentially(TextSource source, TextOptions options, int minCount) {
        Accumulator acc = new Accumulator();
        TextReader.readWordIds(source, options, acc, acc::add, Progress.NONE);
        return acc.freeze(minCount);
    }

    /** As the file form, on several threads whatever the size (tests). */
    static Corpus trainSharded(TextSource source, TextOptions options, int minCount, int batchLines) {
        Accumulator acc = new Accumulator();
        ShardedReader.read(source, TextReader.inspect(source, options), options, acc, Progress.NONE, batchLines);
        return acc.freeze(minCount);
    }

    /** Builds the training corpus and its vocabulary. */
    public static Corpus train(TextSource source, TextOptions options, int minCount, Progress progress) {
        return train(source, options, minCount, progress, new MemoryGuard(1, minCount));
    }

    /** As {@link #train(TextSource, TextOptions, int, Progress)}, refusing early a text the heap cannot count. */
    public static Corpus train(TextSource source, TextOptions options, int minCount, Progress progress,
                               MemoryGuard guard) {
        return train(source, TextReader.inspect(source, options), options, minCount, progress, guard);
    }

    /**
     * As {@link #train(TextSource, TextOptions, int, Progress, MemoryGuard)}, with what
     * {@link TextReader#inspect} found.
     */
    public static Corpus train(TextSource source, TextInfo inspected, TextOptions options, int minCount,
                               Progress progress, MemoryGuard guard) {
        long size = source.isString() ? -1 : source.size();
        Accumulator acc = new Accumulator(size);
        acc.guard = guard;
        if (size >= PARALLEL_MIN_BYTES && !(TextReader.readsAsBytes(source, inspected, options)
                && BYTE_PATH_HEADROOM * size <= guard.free())) {
            ShardedReader.read(source, inspected, options, acc, progress, ShardedReader.BATCH_LINES);
        } else {
            acc.spellings = TextReader.readWordIds(source, inspected, options, acc, acc::add, progress);
        }
        if (acc.starts.size() == 0) {
            throw new LmLensException(EngineMessages.get("corpus.noWords", source.name()));
        }
        progress.checkCancelled();
        return acc.freeze(minCount);
    }

    /** Builds a training corpus from sentences already tokenised (tests, pasted examples). */
    public static Corpus train(List<List<String>> sentences, int minCount) {
        Accumulator acc = new Accumulator();
        sentences.forEach(WordIdSink.mapping(acc, acc::add)::sentence);
        if (acc.starts.size() == 0) {
            throw new LmLensException(EngineMessages.get("corpus.trainingNoWords"));
        }
        return acc.freeze(minCount);
    }

    /** Encodes test text with a frozen vocabulary: unknown words become {@code <unk>} and are counted as OOV. */
    public static Corpus encode(TextSource source, TextOptions options, Vocabulary vocabulary, Progress progress) {
        Encoder enc = new Encoder(vocabulary, source.isString() ? -1 : source.size());
        TextReader.readWordIds(source, options, enc, enc::add, progress, vocabulary.spellings());
        if (enc.starts.size() == 0) {
            throw new LmLensException(EngineMessages.get("corpus.noWords", source.name()));
        }
        return enc.build();
    }

    public static Corpus encode(List<List<String>> sentences, Vocabulary vocabulary) {
        Encoder enc = new Encoder(vocabulary, -1);
        sentences.forEach(WordIdSink.mapping(enc, enc::add)::sentence);
        return enc.build();
    }

    private static boolean isMarker(String token) {
        return Vocabulary.BOS_WORD.equals(token) || Vocabulary.EOS_WORD.equals(token);
    }

    private static boolean isAscii(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * First pass of training: provisional ids (0..2 are the specials, as in the final vocabulary). Also a
     * shard of {@link ShardedReader}: a batch of lines over its own ids, merged into the main one.
     */
    static final class Accumulator implements WordIds {
        /** Word → provisional id; made on the first lookup (reading an English text as bytes makes none). */
        WordIndex ids;
        private final int expectedWords;
        /** Each provisional id's word; null for a new spelling not made a {@code String} yet (see {@link #word}). */
        final List<String> words;
        /** The bytes of the new spellings, one after the other (ASCII: one character each). */
        private byte[] spellingBytes = new byte[256];
        /** Per provisional id, where its spelling ends in {@link #spellingBytes} (a word made a string: none). */
        private final IntArrayList spellingEnd;
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
            expectedWords = expectedSize(sourceBytes, 40, 16);
            words = new ArrayList<>(expectedWords);
            words.addAll(List.of(Vocabulary.UNK_WORD, Vocabulary.BOS_WORD, Vocabulary.EOS_WORD));
            spellingEnd = new IntArrayList(expectedWords);
            spellingEnd.size(3);
            freq = new IntArrayList(expectedWords);
            freq.size(3);
            tokens = new IntArrayList(expectedSize(sourceBytes, 4, 1 << 16));
        }

        /** The provisional id of a word, added (with frequency 0) on first sight. */
        int provisionalId(String w) {
            indexNewSpellings();
            int id = ids.putIfAbsent(w, words.size());
            if (id < 0) {
                id = words.size();
                words.add(w);
                freq.add(0);
                spellingEnd.add(spellingEnd.getInt(id - 1));
                asciiLookedUp |= isAscii(w);
            }
            indexed = words.size();
            return id;
        }

        /** The provisional id of a token, or -1 for the {@code <s>} and {@code </s>} markup (dropped). */
        @Override
        public int id(String w) {
            return isMarker(w) ? -1 : provisionalId(w);
        }

        /**
         * A spelling the byte path met for the first time is a new word unless an ASCII word came some
         * other way (a piece of a run split by a non-ASCII space, a file read by characters, a second
         * encoding, lowercasing): then it is looked up. A new word is not put in the index until a lookup
         * needs it: reading an English text makes no index at all (14k inserts in a 100k-word text), and the
         * vocabulary builds its own only if asked ({@link Vocabulary#id}).
         */
        @Override
        public int idOfNewSpelling(byte[] b, int from, int length) {
            if (asciiLookedUp || b[from] == '<') {
                // markup, <unk>, or a word that may have come before
                return id(new String(b, from, length, StandardCharsets.ISO_8859_1));
            }
            int id = words.size();
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
            if (ids == null) {
                ids = new WordIndex(expectedWords, -1);
            }
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
            boolean pooled = spellingEnd.getInt(n - 1) > 0;
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
            boolean indexComplete = ids != null && indexed == n;
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
            return new Corpus(vocabulary, t, withEnd(starts, t.length), 0, rawTypes, tokenCounts);
        }
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

    /** {@code bytes / bytesPerItem}, at least {@code atLeast}, at most a million (larger texts grow as they come). */
    private static int expectedSize(long bytes, int bytesPerItem, int atLeast) {
        return (int) Math.max(atLeast, Math.min(1 << 20, bytes / bytesPerItem + 64));
    }

    private static int[] withEnd(IntArrayList starts, int end) {
        int[] s = Arrays.copyOf(starts.elements(), starts.size() + 1);
        s[starts.size()] = end;
        return s;
    }

    private static final class Encoder implements WordIds {
        final Vocabulary vocabulary;
        final IntArrayList tokens;
        final IntArrayList starts = new IntArrayList();
        /** Whether a spelling the training text never had is out of the vocabulary (see {@link Spellings#complete}). */
        private final boolean completeSpellings;
        long oov;

        Encoder(Vocabulary vocabulary, long sourceBytes) {
            this.vocabulary = vocabulary;
            this.tokens = new IntArrayList(expectedSize(sourceBytes, 4, 1024));
            this.completeSpellings = vocabulary.spellings() != null && vocabulary.spellings().complete();
        }

        @Override
        public int id(String w) {
            return isMarker(w) ? -1 : vocabulary.id(w);
        }

        @Override
        public int idOfNewSpelling(byte[] b, int from, int length) {
            return completeSpellings && b[from] != '<' ? Vocabulary.UNK
                    : id(new String(b, from, length, StandardCharsets.ISO_8859_1));
        }

        void add(int[] ids, int length) {
            starts.add(tokens.size());
            tokens.add(Vocabulary.BOS);
            for (int k = 0; k < length; k++) {
                oov += ids[k] == Vocabulary.UNK ? 1 : 0;
            }
            tokens.addElements(tokens.size(), ids, 0, length);
            tokens.add(Vocabulary.EOS);
        }

        Corpus build() {
            int[] t = tokens.toIntArray();
            return new Corpus(vocabulary, t, withEnd(starts, t.length), oov, -1);
        }
    }
}
