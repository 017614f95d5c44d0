package org.lmlens.engine.count;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.nio.charset.StandardCharsets;
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
        TextInfo inspected = TextReader.inspect(source, options);
        TextReader.readWordIds(source, inspected, options, enc, enc::add, progress, vocabulary.spellings());
        if (enc.starts.size() == 0) {
            throw new LmLensException(EngineMessages.get("corpus.noWords", source.name()));
        }
        // The byte path maps each distinct spelling once, so the encoder did not see every token: count
        // the characters in a second, cheap pass (white-space tokens, one sentence a line).
        long characters = TextReader.readsAsBytes(source, inspected, options)
                ? characters(source, options.withTokenizer(inspected.tokenizer())) : enc.characters;
        return enc.build().withCharacters(characters);
    }

    /** The characters of a text's sentences as the encoder counts them (markup tokens left out). */
    private static long characters(TextSource source, TextOptions options) {
        long[] c = {0};
        TextReader.read(source, options, tokens -> {
            boolean any = false;
            for (String t : tokens) {
                if (!isMarker(t)) {
                    c[0] += t.codePointCount(0, t.length());
                    any = true;
                }
            }
            c[0] += any ? 1 : 0;
        }, Progress.NONE);
        return c[0];
    }

    public static Corpus encode(List<List<String>> sentences, Vocabulary vocabulary) {
        Encoder enc = new Encoder(vocabulary, -1);
        sentences.forEach(WordIdSink.mapping(enc, enc::add)::sentence);
        return enc.build().withCharacters(enc.characters);
    }

    static boolean isMarker(String token) {
        return Vocabulary.BOS_WORD.equals(token) || Vocabulary.EOS_WORD.equals(token);
    }

    /** {@code bytes / bytesPerItem}, at least {@code atLeast}, at most a million (larger texts grow as they come). */
    static int expectedSize(long bytes, int bytesPerItem, int atLeast) {
        return (int) Math.max(atLeast, Math.min(1 << 20, bytes / bytesPerItem + 64));
    }

    static int[] withEnd(IntArrayList starts, int end) {
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
        /** Code points of the tokens seen through {@link #id(String)}, plus one per sentence end. */
        long characters;

        Encoder(Vocabulary vocabulary, long sourceBytes) {
            this.vocabulary = vocabulary;
            this.tokens = new IntArrayList(expectedSize(sourceBytes, 4, 1024));
            this.completeSpellings = vocabulary.spellings() != null && vocabulary.spellings().complete();
        }

        @Override
        public int id(String w) {
            if (isMarker(w)) {
                return -1;
            }
            characters += w.codePointCount(0, w.length());
            return vocabulary.id(w);
        }

        @Override
        public int idOfNewSpelling(byte[] b, int from, int length) {
            return completeSpellings && b[from] != '<' ? Vocabulary.UNK
                    : id(new String(b, from, length, StandardCharsets.ISO_8859_1));
        }

        void add(int[] ids, int length) {
            characters++;
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
