package org.lmlens.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.eval.OrderSweep;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;

/**
 * Cancelling at any moment of a load stops it: for every K, a progress that turns cancelled at its K-th
 * poll makes the load throw {@link Progress.CancelledException}, and together the K's reach a poll inside
 * every long loop (reading, sharded tokenising, each counting pass, the order sweep).
 */
class CancelStagesTest {
    @TempDir
    static Path dir;
    static Path text;

    /**
     * About 1.3 MB, 250K tokens, counted on two threads: read as bytes with the whitespace tokenizer, by
     * the sharded reader with the word tokenizer (which splits it the same way).
     */
    @BeforeAll
    static void generate() throws IOException {
        Random r = new Random(3);
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < 12_000; s++) {
            for (int i = 0; i < 20; i++) {
                b.append(i == 0 ? "" : " ").append("w").append(r.nextInt(3000));
            }
            b.append('\n');
        }
        text = dir.resolve("text.txt");
        Files.writeString(text, b);
    }

    /** A progress that says "cancelled" from its K-th poll on (thread-safe: counting polls from two threads). */
    static final class CancelAfter implements Progress {
        final int k;
        final AtomicInteger polls = new AtomicInteger();
        /** Where the poll that first said "cancelled" was made. */
        volatile Throwable at;

        CancelAfter(int k) {
            this.k = k;
        }

        @Override
        public void update(String stage, double fraction) {
        }

        @Override
        public boolean isCancelled() {
            int n = polls.incrementAndGet();
            if (n == k) {
                at = new Throwable();
            }
            return n >= k;
        }
    }

    static TrainedText load(Progress p) {
        return load(p, "word");
    }

    static TrainedText load(Progress p, String tokenizer) {
        return TrainedText.load(TextSource.ofFile(text), TextOptions.defaults().withTokenizer(Tokenizers.byName(
                tokenizer)), 1, 3, p);
    }

    /** The engine methods on the stack of the poll that cancelled (CancelledException keeps no stack). */
    static Set<String> where(Throwable e) {
        Set<String> methods = new HashSet<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (StackTraceElement f : t.getStackTrace()) {
                if (f.getClassName().startsWith("org.lmlens.engine")) {
                    methods.add(f.getClassName().replaceAll(".*\\.", "") + "." + f.getMethodName());
                }
            }
        }
        return methods;
    }

    @Test
    void everyStageOfALoadStopsWhenCancelled() {
        CancelAfter never = new CancelAfter(Integer.MAX_VALUE);
        load(never);
        int polls = never.polls.get();
        assertThat(polls).isGreaterThan(20);
        Set<String> reached = new HashSet<>();
        for (int k = 1; k <= polls; k++) {
            CancelAfter p = new CancelAfter(k);
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> load(p));
            if (thrown == null && p.polls.get() < k) {
                continue; // this run polled fewer times (the sharded reader's last merges depend on timing)
            }
            assertThat(thrown).as("cancelled at poll %d of %d", k, polls).isInstanceOf(Progress.CancelledException.class);
            reached.addAll(where(p.at));
        }
        assertThat(reached).contains("TextReader.readLines", "ShardedReader.read", "NgramCounter.positionsByWord",
                "NgramCounter.prefixes", "NgramCounter.scatter", "NgramCounter.fill");
    }

    @Test
    void everyStageOfALoadReadAsBytesStopsWhenCancelled() {
        CancelAfter never = new CancelAfter(Integer.MAX_VALUE);
        load(never, "whitespace");
        int polls = never.polls.get();
        assertThat(polls).isGreaterThan(10);
        Set<String> reached = new HashSet<>();
        for (int k = 1; k <= polls; k++) {
            CancelAfter p = new CancelAfter(k);
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> load(p, "whitespace"));
            assertThat(thrown).as("cancelled at poll %d of %d", k, polls)
                    .isInstanceOf(Progress.CancelledException.class);
            reached.addAll(where(p.at));
        }
        assertThat(reached).contains("RunScanner.scan", "NgramCounter.positionsByWord", "NgramCounter.prefixes",
                "NgramCounter.scatter", "NgramCounter.fill");
    }

    @Test
    void theOrderSweepStopsWhenCancelled() {
        Corpus training = CorpusBuilder.train(TextSource.ofFile(text), TextOptions.defaults().withTokenizer(
                Tokenizers.byName("whitespace")), 1, Progress.NONE);
        Corpus test = training;
        CancelAfter never = new CancelAfter(Integer.MAX_VALUE);
        OrderSweep.run(training, test, List.of(Methods.byName("laplace")), 2, never);
        for (int k = 1; k <= never.polls.get(); k += Math.max(1, never.polls.get() / 8)) {
            CancelAfter p = new CancelAfter(k);
            assertThatThrownBy(() -> OrderSweep.run(training, test, List.of(Methods.byName("laplace")), 2, p))
                    .isInstanceOf(Progress.CancelledException.class);
        }
    }
}
