package org.lmlens.engine.count;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextReader;
import org.lmlens.engine.text.TextSource;

/**
 * Reads text into a {@link Corpus}. Training text is read in one streamed pass: words get provisional
 * ids in order of first appearance, then the vocabulary is frozen (most frequent first, words rarer
 * than the min-count folded into {@code <unk>}) and the ids are remapped in place. Test text is
 * encoded against an existing vocabulary. Literal {@code <s>} and {@code </s>} tokens in a text are
 * markup, not words, and are dropped; a literal {@code <unk>} is the unknown word.
 */
public final class CorpusBuilder {
    /** Files from this size on are tokenized on several threads ({@link ShardedReader}); same result. */
    static final long PARALLEL_MIN_BYTES = 1 << 20;

    private CorpusBuilder() {
    }

    /** Builds the training corpus like {@link #train(TextSource, TextOptions, int, Progress)}, on one thread. */
    static Corpus trainSequentially(TextSource source, TextOptions options, int minCount) {
        Accumulator acc = new Accumulator();
        TextReader.read(source, options, acc::add, Progress.NONE);
        return acc.freeze(minCount);
    }

    /** As the file form, on several threads whatever the size (tests). */
    static Corpus trainSharded(TextSource source, TextOptions options, int minCount, int batchLines) {
        Accumulator acc = new Accumulator();
        ShardedReader.read(source, options, acc, Progress.NONE, batchLines);
        return acc.freeze(minCount);
    }

    /** Builds the training corpus and its vocabulary. */
    public static Corpus train(TextSource source, TextOptions options, int minCount, Progress progress) {
        return train(source, options, minCount, progress, new MemoryGuard(1, minCount));
    }

    /** As {@link #train(TextSource, TextOptions, int, Progress)}, refusing early a text the heap cannot count. */
    public static Corpus train(TextSource source, TextOptions options, int minCount, Progress progress,
                               MemoryGuard guard) {
        Accumulator acc = new Accumulator();
        acc.guard = guard;
        if (!source.isString() && source.size() >= PARALLEL_MIN_BYTES) {
            ShardedReader.read(source, options, acc, progress);
        } else {
            TextReader.read(source, options, acc::add, progress);
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
        sentences.forEach(acc::add);
        if (acc.starts.size() == 0) {
            throw new LmLensException(EngineMessages.get("corpus.trainingNoWords"));
        }
        return acc.freeze(minCount);
    }

    /** Encodes test text with a frozen vocabulary: unknown words become {@code <unk>} and are counted as OOV. */
    public static Corpus encode(TextSource source, TextOptions options, Vocabulary vocabulary, Progress progress) {
        Encoder enc = new Encoder(vocabulary);
        TextReader.read(source, options, enc::add, progress);
        if (enc.starts.size() == 0) {
            throw new LmLensException(EngineMessages.get("corpus.noWords", source.name()));
        }
        return enc.build();
    }

    public static Corpus encode(List<List<String>> sentences, Vocabulary vocabulary) {
        Encoder enc = new Encoder(vocabulary);
        sentences.forEach(enc::add);
        return enc.build();
    }

    private static boolean isMarker(String token) {
        return Vocabulary.BOS_WORD.equals(token) || Vocabulary.EOS_WORD.equals(token);
    }

    /** First pass of training: provisional ids (0..2 are the specials, as in the final vocabulary). */
    static final class Accumulator {
        final Object2IntOpenHashMap<String> ids = new Object2IntOpenHashMap<>();
        final List<String> words = new ArrayList<>(List.of(Vocabulary.UNK_WORD, Vocabulary.BOS_WORD, Vocabulary.EOS_WORD));
        final IntArrayList freq = new IntArrayList(new int[] {0, 0, 0});
        final IntArrayList tokens = new IntArrayList(1 << 16);
        final IntArrayList starts = new IntArrayList();
        MemoryGuard guard;
        private long nextCheck = MemoryGuard.READ_STRIDE;

        Accumulator() {
            ids.defaultReturnValue(-1);
            for (int i = 0; i < 3; i++) {
                ids.put(words.get(i), i);
            }
        }

        /** The provisional id of a word, added (with frequency 0) on first sight. */
        int id(String w) {
            int id = ids.getInt(w);
            if (id < 0) {
                id = words.size();
                ids.put(w, id);
                words.add(w);
                freq.add(0);
            }
            return id;
        }

        void add(List<String> sentence) {
            int mark = tokens.size();
            tokens.add(Vocabulary.BOS);
            for (String w : sentence) {
                if (isMarker(w)) {
                    continue;
                }
                int id = id(w);
                freq.set(id, freq.getInt(id) + 1);
                tokens.add(id);
            }
            if (tokens.size() == mark + 1) {
                tokens.size(mark);
                return;
            }
            tokens.add(Vocabulary.EOS);
            starts.add(mark);
            checkMemory();
        }

        /** Called after tokens were added: every {@link MemoryGuard#READ_STRIDE} tokens, asks the guard. */
        void checkMemory() {
            if (guard != null && tokens.size() >= nextCheck) {
                nextCheck = tokens.size() + MemoryGuard.READ_STRIDE;
                guard.reading(tokens.size(), tokens.elements().length);
            }
        }

        Corpus freeze(int minCount) {
            int n = words.size();
            int[] order = new int[n - 3];
            for (int i = 3; i < n; i++) {
                order[i - 3] = i;
            }
            // Primitive ids and a primitive frequency array: no boxing; strings are compared only on ties.
            int[] f = freq.elements();
            IntArrays.parallelQuickSort(order, (a, b) -> {
                int c = Integer.compare(f[b], f[a]);
                return c != 0 ? c : words.get(a).compareTo(words.get(b));
            });
            List<String> kept = new ArrayList<>();
            int[] remap = new int[n];
            remap[Vocabulary.UNK] = Vocabulary.UNK;
            remap[Vocabulary.BOS] = Vocabulary.BOS;
            remap[Vocabulary.EOS] = Vocabulary.EOS;
            for (int i : order) {
                if (freq.getInt(i) >= minCount) {
                    remap[i] = kept.size() + 3;
                    kept.add(words.get(i));
                } else {
                    remap[i] = Vocabulary.UNK;
                }
            }
            int[] t = tokens.toIntArray();
            for (int i = 0; i < t.length; i++) {
                t[i] = remap[t[i]];
            }
            int rawTypes = n - 3 + (freq.getInt(Vocabulary.UNK) > 0 ? 1 : 0);
            return new Corpus(Vocabulary.of(kept), t, withEnd(starts, t.length), 0, rawTypes);
        }
    }

    private static int[] withEnd(IntArrayList starts, int end) {
        int[] s = Arrays.copyOf(starts.elements(), starts.size() + 1);
        s[starts.size()] = end;
        return s;
    }

    private static final class Encoder {
        final Vocabulary vocabulary;
        final IntArrayList tokens = new IntArrayList(1 << 16);
        final IntArrayList starts = new IntArrayList();
        long oov;

        Encoder(Vocabulary vocabulary) {
            this.vocabulary = vocabulary;
        }

        void add(List<String> sentence) {
            int mark = tokens.size();
            tokens.add(Vocabulary.BOS);
            for (String w : sentence) {
                if (isMarker(w)) {
                    continue;
                }
                int id = vocabulary.id(w);
                if (id == Vocabulary.UNK) {
                    oov++;
                }
                tokens.add(id);
            }
            if (tokens.size() == mark + 1) {
                tokens.size(mark);
                return;
            }
            tokens.add(Vocabulary.EOS);
            starts.add(mark);
        }

        Corpus build() {
            int[] t = tokens.toIntArray();
            return new Corpus(vocabulary, t, withEnd(starts, t.length), oov, -1);
        }
    }
}
