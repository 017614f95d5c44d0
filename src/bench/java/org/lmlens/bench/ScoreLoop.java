package org.lmlens.bench;

import java.util.Locale;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.Progress;

/**
 * Scores Brown test.txt with one method and order over and over, for a profiler (JFR, async sampling) to
 * look at one hot loop; prints the fastest pass. {@code java -cp target/benchmarks.jar
 * org.lmlens.bench.ScoreLoop kneser-ney 5 [SECONDS]}
 */
public final class ScoreLoop {
    private ScoreLoop() {
    }

    public static void main(String[] args) {
        String method = args[0];
        int order = Integer.parseInt(args[1]);
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 20;
        Corpus train = Brown.trainCorpus();
        Corpus test = Brown.testCorpus(train);
        NgramCounts counts = Brown.counts(train, Math.max(order, 1));
        LanguageModel lm = TargetsReport.model(counts, train, order, method);
        double best = Double.MAX_VALUE;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int passes = 0;
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            lm.evaluate(test, Progress.NONE);
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
            passes++;
        }
        System.out.printf(Locale.ROOT, "%s order %d: fastest of %d passes %.2f ms%n", method, order, passes, best);
    }
}
