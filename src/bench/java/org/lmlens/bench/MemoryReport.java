package org.lmlens.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.NgramCounter;
import org.lmlens.engine.count.NgramCounts;
import org.openjdk.jol.info.GraphLayout;

/**
 * (6) Heap per stored n-gram at order 5 on Brown: the retained size of {@link NgramCounts} without its
 * vocabulary (JOL's object graph walk), and the peak heap while counting (sum of the heap pools' peak
 * usage, an upper bound, minus what was in use before counting).
 */
public final class MemoryReport {
    private MemoryReport() {
    }

    public static void main(String[] args) {
        int order = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Corpus corpus = Brown.trainCorpus();
        NgramCounter.count(corpus, order, Progress.NONE); // warm the code, not measured
        System.gc();
        long before = used();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        NgramCounts counts = NgramCounter.count(corpus, order, Progress.NONE);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long retained = GraphLayout.parseInstance(counts).subtract(GraphLayout.parseInstance(counts.vocabulary()))
                .totalSize();
        long ngrams = counts.totalNgrams();
        long tokens = corpus.tokenArray().length;
        System.out.printf(Locale.ROOT, "%nHeap at order %d on Brown train (%d tokens incl. markers):%n", order, tokens);
        System.out.printf(Locale.ROOT, "  stored n-grams                 %,d%n", ngrams);
        System.out.printf(Locale.ROOT, "  retained NgramCounts (JOL)     %,d bytes = %.1f bytes per n-gram%n", retained,
                (double) retained / ngrams);
        System.out.printf(Locale.ROOT, "  peak heap while counting       %,d bytes above the corpus = %.1f bytes per n-gram"
                + " (%.1f per token)%n", peak - before, (double) (peak - before) / ngrams, (double) (peak - before) / tokens);
    }

    private static long used() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }
}
