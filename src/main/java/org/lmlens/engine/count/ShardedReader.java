package org.lmlens.engine.count;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import org.lmlens.engine.Progress;
import org.lmlens.engine.text.TextInfo;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextReader;
import org.lmlens.engine.text.TextSource;

/**
 * Reads training text on several threads with the same result as one: the calling thread decodes lines
 * (in order, so error messages keep their line numbers) and cuts them into batches; each batch is
 * tokenized into a shard with its own small vocabulary on a pool thread (or on the calling thread when
 * it is ahead); shards are merged strictly in text order. Merging a shard inserts its new words in their
 * order of first appearance, so the provisional ids, the frequencies and the tokens are exactly those of
 * a sequential read; at most a few shards wait at a time, so memory stays bounded (streaming input).
 */
final class ShardedReader {
    static final int BATCH_LINES = 2048;

    private ShardedReader() {
    }

    /** A batch of sentences over a local vocabulary whose ids 0..2 are the specials. */
    private static final class Shard {
        final WordIndex ids = new WordIndex(1024, -1);
        final List<String> words = new ArrayList<>(List.of(Vocabulary.UNK_WORD, Vocabulary.BOS_WORD, Vocabulary.EOS_WORD));
        final IntArrayList freq = new IntArrayList(new int[] {0, 0, 0});
        final IntArrayList tokens = new IntArrayList(1 << 14);
        final IntArrayList starts = new IntArrayList();

        Shard() {
            for (int i = 0; i < 3; i++) {
                ids.put(words.get(i), i);
            }
        }

        void add(List<String> sentence) {
            int mark = tokens.size();
            tokens.add(Vocabulary.BOS);
            for (String w : sentence) {
                if (Vocabulary.BOS_WORD.equals(w) || Vocabulary.EOS_WORD.equals(w)) {
                    continue;
                }
                int id = ids.get(w);
                if (id < 0) {
                    id = words.size();
                    ids.put(w, id);
                    words.add(w);
                    freq.add(0);
                }
                freq.set(id, freq.getInt(id) + 1);
                tokens.add(id);
            }
            if (tokens.size() == mark + 1) {
                tokens.size(mark);
                return;
            }
            tokens.add(Vocabulary.EOS);
            starts.add(mark);
        }
    }

    /**
     * Feeds every sentence of the source into {@code into}, in text order; {@code inspected} is what
     * {@link TextReader#inspect} found for the source and {@code given}.
     */
    static void read(TextSource source, TextInfo inspected, TextOptions given, CorpusBuilder.Accumulator into,
                     Progress progress, int batchLines) {
        // Shards cut lines with a real tokenizer: "auto" was resolved once, from the text, by the inspection.
        TextOptions options = given.withTokenizer(inspected.tokenizer());
        int helpers = Math.max(1, ForkJoinPool.commonPool().getParallelism());
        int maxPending = 2 * (helpers + 1);
        ArrayDeque<FutureTask<Shard>> pending = new ArrayDeque<>();
        @SuppressWarnings("unchecked")
        List<String>[] batch = new List[] {new ArrayList<String>(batchLines)};
        TextReader.readLines(source, inspected, line -> {
            batch[0].add(line);
            if (batch[0].size() == batchLines) {
                submit(batch[0], options, pending);
                batch[0] = new ArrayList<>(batchLines);
                while (pending.size() > maxPending || (!pending.isEmpty() && pending.peek().isDone())) {
                    merge(pending.poll(), into);
                }
            }
        }, progress);
        if (!batch[0].isEmpty()) {
            submit(batch[0], options, pending);
        }
        while (!pending.isEmpty()) {
            progress.checkCancelled();
            merge(pending.poll(), into);
        }
    }

    private static void submit(List<String> lines, TextOptions options, ArrayDeque<FutureTask<Shard>> pending) {
        FutureTask<Shard> task = new FutureTask<>(() -> {
            Shard shard = new Shard();
            TextReader.sentences(lines, options, shard::add);
            return shard;
        });
        pending.add(task);
        ForkJoinPool.commonPool().execute(task);
    }

    /** Runs the task here if no pool thread has started it yet, then appends its shard. */
    private static void merge(FutureTask<Shard> task, CorpusBuilder.Accumulator into) {
        task.run();
        Shard shard;
        try {
            shard = task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Progress.CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
        int[] remap = new int[shard.words.size()];
        for (int local = 0; local < remap.length; local++) {
            remap[local] = into.id(shard.words.get(local));
            into.freq.set(remap[local], into.freq.getInt(remap[local]) + shard.freq.getInt(local));
        }
        int offset = into.tokens.size();
        int[] t = shard.tokens.elements();
        for (int i = 0, n = shard.tokens.size(); i < n; i++) {
            into.tokens.add(remap[t[i]]);
        }
        int[] s = shard.starts.elements();
        for (int i = 0, n = shard.starts.size(); i < n; i++) {
            into.starts.add(offset + s[i]);
        }
        into.checkMemory();
    }
}
