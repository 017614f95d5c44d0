package org.lmlens.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.count.NgramCounter;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.smoothing.Estimator;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;

/**
 * The targets measured in one warm JVM, each repeated and reported as min / median wall time
 * with the process CPU time of the median run: on a shared, loaded machine the minimum is the figure
 * closest to an idle machine, the median shows the noise, and CPU time shows the work done
 * (CPU above wall means two threads worked).
 *
 * <pre>  java -cp target/benchmarks.jar org.lmlens.bench.TargetsReport [REPEATS]</pre>
 */
public final class TargetsReport {
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private TargetsReport() {
    }

    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Corpus train = Brown.trainCorpus();
        Corpus test = Brown.testCorpus(train);
        NgramCounts counts5 = Brown.counts(train, 5);
        measure("read + count orders 1..5 (Brown train)", repeats, () -> Brown.counts(Brown.trainCorpus(), 5));
        measure("read + tokenise only", repeats, Brown::trainCorpus);
        measure("count orders 1..5 only", repeats, () -> Brown.counts(train, 5));
        long tokens = test.tokenArray().length - (long) test.sentenceCount();
        for (String method : List.of("laplace", "kneser-ney", "modified-kneser-ney", BenchInterpolation.NAME)) {
            for (int order : new int[] {3, 5}) {
                LanguageModel lm = model(counts5, train, order, method);
                double ms = measure("score test.txt, " + method + ", order " + order + " (stateful)", repeats * 3,
                        () -> lm.evaluate(test, Progress.NONE));
                System.out.printf(Locale.ROOT, "%60s = %.1f M tokens/s%n", "", tokens / ms / 1e3);
                measure("score test.txt, " + method + ", order " + order + " (per-token probability())", repeats,
                        () -> perToken(lm.estimator(), test));
            }
        }
        for (String method : List.of("laplace", BenchInterpolation.NAME)) {
            LanguageModel lm = model(Brown.counts(train, 3), train, 3, method);
            List<List<String>> contexts = EngineBench.frequentContexts(lm.counts(), 100);
            double ms = measure("100 full sorted distributions, " + method + ", order 3", repeats,
                    () -> contexts.stream().mapToInt(c -> lm.distribution(c).top(0).size()).sum());
            System.out.printf(Locale.ROOT, "%60s = %.3f ms per context%n", "", ms / 100);
        }
        Path tang = Brown.corpora().resolve("tang/quantangshi.txt");
        measure("全唐诗 read (char tokens) + count orders 1..5", Math.max(3, repeats / 3),
                () -> NgramCounter.count(CorpusBuilder.train(TextSource.ofFile(tang),
                        Brown.WHITESPACE.withTokenizer(Tokenizers.byName("char")), 1, Progress.NONE), 5, Progress.NONE));
    }

    static LanguageModel model(NgramCounts counts, Corpus train, int order, String method) {
        EngineBench.Counted data = new EngineBench.Counted();
        data.counts = counts;
        data.train = train;
        return EngineBench.model(data, order, method);
    }

    static double perToken(Estimator e, Corpus test) {
        int[] t = test.tokenArray();
        int history = e.order() - 1;
        double total = 0;
        for (int s = 0; s < test.sentenceCount(); s++) {
            int start = test.sentenceStart(s);
            for (int i = start + 1; i < test.sentenceEnd(s); i++) {
                total += Math.log10(e.probability(t, Math.max(start, i - history), i, t[i]));
            }
        }
        return total;
    }

    /** Runs {@code work} twice to warm up, then {@code repeats} times; prints and returns the min in ms. */
    static double measure(String label, int repeats, Supplier<?> work) {
        for (int i = 0; i < 2; i++) {
            work.get();
        }
        double[] wall = new double[repeats];
        double[] cpu = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long c0 = OS.getProcessCpuTime();
            long t0 = System.nanoTime();
            work.get();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (OS.getProcessCpuTime() - c0) / 1e6;
        }
        double[] sorted = wall.clone();
        Arrays.sort(sorted);
        double[] cpuSorted = cpu.clone();
        Arrays.sort(cpuSorted);
        System.out.printf(Locale.ROOT, "%-60s min %9.2f ms  median %9.2f ms  (median CPU %8.1f ms, %d runs)%n", label,
                sorted[0], sorted[repeats / 2], cpuSorted[repeats / 2], repeats);
        return sorted[0];
    }
}
