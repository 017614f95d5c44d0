package org.lmlens.bench;

import java.nio.file.Path;
import org.lmlens.engine.Progress;
import org.lmlens.engine.bpe.BpeTrainer;
import org.lmlens.engine.bpe.BpeTraining;
import org.lmlens.engine.bpe.PieceCounts;
import org.lmlens.engine.bpe.PreSplit;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;

/**
 * Wall-clock time of byte-level BPE training, from reading the file to the last merge: 10,000 merges on
 * all of Brown (train) and on 全唐诗, with each pre-split; wall-clock and the main thread's CPU time (which a
 * busy machine inflates less). Not a test: run by hand, figures in BENCHMARKS.md.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) org.lmlens.bench.BpeTrainingBenchmark [merges] [runs]</pre>
 */
public final class BpeTrainingBenchmark {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private BpeTrainingBenchmark() {
    }

    public static void main(String[] args) {
        int merges = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path corpora = Path.of(System.getProperty("lmlens.corpora", "../shared/corpora"));
        for (String file : new String[] {"brown/train.txt", "tang/quantangshi.txt"}) {
            for (PreSplit split : PreSplit.values()) {
                if (split != PreSplit.GPT2 && file.startsWith("brown")) {
                    continue; // no Han characters: the same pieces as gpt2
                }
                for (int run = 0; run < runs; run++) {
                    long c0 = CPU.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    PieceCounts pieces = PieceCounts.of(TextSource.ofFile(corpora.resolve(file)),
                            TextOptions.automatic(), split, Progress.NONE);
                    long t1 = System.nanoTime();
                    long c1 = CPU.getCurrentThreadCpuTime();
                    BpeTraining t = BpeTrainer.train(pieces, merges, 2, Progress.NONE);
                    long t2 = System.nanoTime();
                    long c2 = CPU.getCurrentThreadCpuTime();
                    System.out.printf("%s %s run %d: read+split %.2f s (CPU %.2f), train %.2f s (CPU %.2f), total"
                                    + " %.2f s (CPU %.2f); %,d distinct pieces, %,d merges, tokens/char %.3f -> %.3f%n",
                            file, split.cliName(), run, (t1 - t0) / 1e9, (c1 - c0) / 1e9, (t2 - t1) / 1e9,
                            (c2 - c1) / 1e9, (t2 - t0) / 1e9, (c2 - c0) / 1e9, pieces.distinctPieces(), t.merges(),
                            t.tokensPerCharacter(0), t.tokensPerCharacter(t.merges()));
                }
            }
        }
    }
}
