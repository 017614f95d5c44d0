package org.lmlens.engine.count;

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
    private ShardedReader() {
    }

    /**
     * Feeds every sentence of the source into {@code into}, in text order; {@code inspected} is what
     * {@link TextReader#inspect} found for the source and {@code given}.
     */
    static void read(TextSource source, TextInfo inspected, TextOptions given, Accumulator into,
                     Progress progress, int batchLines) {
        // Shards cut lines with a real tokenizer: "auto" was resolved once, from the text, by the inspection.
        TextOptions options = given.withTokenizer(inspected.tokenizer());
        int helpers = Math.max(1, ForkJoinPool.commonPool().getParallelism());
        int maxPending = 2 * (helpers + 1);
        ArrayDeque<FutureTask<Accumulator>> pending = new ArrayDeque<>();
        @SuppressWarnings("unchecked")
        List<String>[] batch = new List[] {new ArrayList<String>(batchLines)};
        // Sentences are cut here, in order (a sentence of punct mode may span lines); shards only tokenize.
        TextReader.readSentenceTexts(source, inspected, options, line -> {
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

    private static void submit(List<String> sentenceTexts, TextOptions options,
                               ArrayDeque<FutureTask<Accumulator>> pending) {
        FutureTask<Accumulator> task = new FutureTask<>(() -> {
            Accumulator shard = new Accumulator();
            TextReader.sentences(sentenceTexts, options, shard);
            return shard;
        });
        pending.add(task);
        ForkJoinPool.commonPool().execute(task);
    }

    /** Runs the task here if no pool thread has started it yet, then appends its shard. */
    private static void merge(FutureTask<Accumulator> task, Accumulator into) {
        task.run();
        Accumulator shard;
        try {
            shard = task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Progress.CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                // An OutOfMemoryError in a shard must reach the load's last-resort handler as itself, which
                // turns it into a message; wrapped, it reached the user as a stack trace.
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
        int[] remap = new int[shard.words.size()];
        for (int local = 0; local < remap.length; local++) {
            remap[local] = into.provisionalId(shard.words.get(local));
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
