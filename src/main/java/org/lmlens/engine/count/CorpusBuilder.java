package org.lmlens.engine.count;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.Tuning;
import org.lmlens.engine.text.SentenceSink;
import org.lmlens.engine.text.TextInfo;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextReader;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.bytes.ByteWordReader;

/**
 * Reads text into a {@link Corpus}. Training text is read in one streamed pass: words get provisional
 * ids in order of first appearance, then the vocabulary is frozen (most frequent first, words rarer
 * than the min-count folded into {@code <unk>}) and the ids are remapped in place. Test text is
 * encoded against an existing vocabulary. Literal {@code <s>} and {@code </s>} tokens in a text are
 * markup, not words, and are dropped; a literal {@code <unk>} is the unknown word.
 */
public final class CorpusBuilder {
    private CorpusBuilder() {
    }

    /** Builds the training corpus and its vocabulary. */
    public static Corpus train(TextSource source, TextOptions options, int minCount, Progress progress) {
        return train(source, TextReader.inspect(source, options), options, minCount, progress,
                new MemoryGuard(1, minCount));
    }

    /**
     * Builds the training corpus and its vocabulary, with what {@link TextReader#inspect} found, refusing
     * early a text the heap cannot count. A file of white-space separated tokens, one sentence per line, is
     * read as bytes ({@link ByteWordReader}) when the heap holds it comfortably; else a file from
     * {@link Tuning#SHARDED_MIN_BYTES} on is tokenized on several threads ({@link ShardedReader}), and a
     * smaller one on this thread. Same result every way.
     */
    public static Corpus train(TextSource source, TextInfo inspected, TextOptions options, int minCount,
                               Progress progress, MemoryGuard guard) {
        long size = source.isString() ? -1 : source.size();
        Accumulator acc = new Accumulator(size);
        acc.guard = guard;
        boolean asBytes = ByteWordReader.applies(source, inspected, options)
                && Tuning.BYTE_PATH_HEADROOM * size <= guard.free()
                && ByteWordReader.read(source, inspected, options, acc, progress);
        if (!asBytes && size >= Tuning.SHARDED_MIN_BYTES) {
            ShardedReader.read(source, inspected, options, acc, progress, Tuning.SHARD_LINES);
        } else if (!asBytes) {
            TextReader.read(source, inspected, options, acc, progress);
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
        sentences.forEach(acc::sentence);
        if (acc.starts.size() == 0) {
            throw new LmLensException(EngineMessages.get("corpus.trainingNoWords"));
        }
        return acc.freeze(minCount);
    }

    /** Encodes test text with a frozen vocabulary: unknown words become {@code <unk>} and are counted as OOV. */
    public static Corpus encode(TextSource source, TextOptions options, Vocabulary vocabulary, Progress progress) {
        Encoder enc = new Encoder(vocabulary, source.isString() ? -1 : source.size());
        TextReader.read(source, options, enc, progress);
        if (enc.starts.size() == 0) {
            throw new LmLensException(EngineMessages.get("corpus.noWords", source.name()));
        }
        return enc.build().withCharacters(enc.characters);
    }

    public static Corpus encode(List<List<String>> sentences, Vocabulary vocabulary) {
        Encoder enc = new Encoder(vocabulary, -1);
        sentences.forEach(enc::sentence);
        return enc.build().withCharacters(enc.characters);
    }

    static boolean isMarker(String token) {
        return Vocabulary.BOS_WORD.equals(token) || Vocabulary.EOS_WORD.equals(token);
    }

    /**
     * Appends {@code <s>}, the ids of the sentence's tokens ({@code <s>} and {@code </s>} markup left out)
     * and {@code </s>} to {@code tokens}, and where it starts to {@code starts}; returns false, leaving both
     * as they were, when no token is left.
     */
    static boolean append(List<String> sentence, ToIntFunction<String> id, IntArrayList tokens, IntArrayList starts) {
        int start = tokens.size();
        tokens.add(Vocabulary.BOS);
        for (String w : sentence) {
            if (!isMarker(w)) {
                tokens.add(id.applyAsInt(w));
            }
        }
        if (tokens.size() == start + 1) {
            tokens.size(start);
            return false;
        }
        tokens.add(Vocabulary.EOS);
        starts.add(start);
        return true;
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

    /** Test text over a frozen vocabulary: {@code <s> ids </s>} per sentence, markup left out. */
    private static final class Encoder implements SentenceSink {
        final Vocabulary vocabulary;
        final IntArrayList tokens;
        final IntArrayList starts = new IntArrayList();
        long oov;
        /** Code points of the words encoded (markup left out), plus one per sentence end. */
        long characters;

        Encoder(Vocabulary vocabulary, long sourceBytes) {
            this.vocabulary = vocabulary;
            this.tokens = new IntArrayList(expectedSize(sourceBytes, 4, 1024));
        }

        @Override
        public void sentence(List<String> sentence) {
            if (append(sentence, this::knownId, tokens, starts)) {
                characters++;
            }
        }

        private int knownId(String w) {
            characters += w.codePointCount(0, w.length());
            int id = vocabulary.id(w);
            oov += id == Vocabulary.UNK ? 1 : 0;
            return id;
        }

        Corpus build() {
            int[] t = tokens.toIntArray();
            return new Corpus(vocabulary, t, withEnd(starts, t.length), oov, -1);
        }
    }
}
