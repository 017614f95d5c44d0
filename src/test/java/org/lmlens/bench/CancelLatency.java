package org.lmlens.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.lmlens.engine.Progress;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;

/**
 * Measures how long a load takes to stop once cancelled: a worker loads a corpus (order 6, as the app
 * does), the main thread cancels after a random delay within the load's duration, and the time from
 * cancel() to the worker's exit is recorded. Not a test (wall-clock): run by hand.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) org.lmlens.bench.CancelLatency [runs]</pre>
 */
public final class CancelLatency {
    private CancelLatency() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path corpora = Path.of(System.getProperty("lmlens.corpora", "../shared/corpora"));
        measure("Brown train, word tokenizer", TextSource.ofFile(corpora.resolve("brown/train.txt")),
                TextOptions.defaults().withTokenizer(Tokenizers.byName("whitespace")), runs);
        measure("全唐诗, char tokenizer", TextSource.ofFile(corpora.resolve("tang/quantangshi.txt")),
                TextOptions.defaults().withTokenizer(Tokenizers.byName("char")), runs);
    }

    static void measure(String name, TextSource source, TextOptions options, int runs) throws Exception {
        long t0 = System.nanoTime();
        TrainedText.load(source, options, 1, 6, Progress.NONE);
        TrainedText.load(source, options, 1, 6, Progress.NONE); // warm
        long full = (System.nanoTime() - t0) / 2;
        Random r = new Random(7);
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            Flag flag = new Flag();
            boolean[] stopped = {false};
            Thread worker = new Thread(() -> {
                try {
                    TrainedText.load(source, options, 1, 6, flag);
                } catch (Progress.CancelledException expected) {
                    stopped[0] = true;
                }
            }, "load");
            worker.start();
            Thread.sleep((long) (r.nextDouble() * full / 1e6));
            long cancel = System.nanoTime();
            flag.cancelled = true;
            worker.join();
            ms[i] = (System.nanoTime() - cancel) / 1e6;
            if (!stopped[0]) {
                i--; // finished before the cancel: not a measurement
            }
        }
        Arrays.sort(ms);
        System.out.printf("%s: full load %.0f ms; cancel latency over %d runs: median %.2f ms, max %.2f ms%n", name,
                full / 1e6, runs, ms[runs / 2], ms[runs - 1]);
    }

    private static final class Flag implements Progress {
        volatile boolean cancelled;

        @Override
        public void update(String stage, double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
