package org.lmlens.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.count.NgramCounter;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.text.TextSource;

/**
 * Scale test: a large corpus made of Brown train repeated with the sentence order shuffled, written in
 * chunks of 24 copies (25.2M words each) to {@code target/scale/} (never committed), then loaded through
 * the normal streaming path ({@link TrainedText#load} over the chunk files, read one line at a time):
 *
 * <pre>  java -Xmx8g -cp target/benchmarks.jar org.lmlens.bench.ScaleReport CHUNKS ORDER</pre>
 *
 * Prints the tokens, load time, throughput and heap figures; an {@link OutOfMemoryError} is reported
 * as such (exit 1), which is how the largest corpus a heap handles is found.
 */
public final class ScaleReport {
    static final int COPIES_PER_CHUNK = 24;

    private ScaleReport() {
    }

    public static void main(String[] args) throws IOException {
        int chunks = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int order = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Path> files = chunks(chunks);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        System.out.printf(Locale.ROOT, "corpus: %d chunk(s), %.0f MB, max heap %.2f GB, order %d%n", chunks, bytes / 1e6,
                Runtime.getRuntime().maxMemory() / 1e9, order);
        long start = System.nanoTime();
        Corpus corpus;
        NgramCounts counts;
        long read = -1;
        try {
            // What TrainedText.load does, timed in its two stages.
            corpus = CorpusBuilder.train(TextSource.ofFiles(files), Brown.WHITESPACE, 1, Progress.NONE);
            read = System.nanoTime() - start;
            counts = NgramCounter.count(corpus, order, Progress.NONE);
        } catch (OutOfMemoryError e) {
            System.out.printf(Locale.ROOT, "OUT OF MEMORY after %.1f s, while %s%n", (System.nanoTime() - start) / 1e9,
                    read < 0 ? "reading" : "counting");
            System.exit(1);
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long tokens = corpus.wordTokens();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long retained = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf(Locale.ROOT, "loaded %,d word tokens (%,d sentences) in %.1f s (read %.1f s, count %.1f s)"
                        + " = %.2f M tokens/s; n-grams %s%n", tokens, corpus.sentenceCount(), seconds, read / 1e9,
                seconds - read / 1e9, tokens / seconds / 1e6, counts);
        System.out.printf(Locale.ROOT, "heap: %.2f GB retained after GC (corpus + counts), pools' peak sum %.2f GB%n",
                retained / 1e9, peak / 1e9);
    }

    /** The chunk files, written once (deterministic: chunk i is shuffled with seed i). */
    static List<Path> chunks(int n) throws IOException {
        Path dir = Path.of(System.getProperty("lmlens.scale.dir", "target/scale"));
        Files.createDirectories(dir);
        List<String> sentences = null;
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = dir.resolve("brown-shuffled-" + i + ".txt");
            out.add(f);
            if (Files.exists(f)) {
                continue;
            }
            if (sentences == null) {
                sentences = Files.readAllLines(Brown.train(), StandardCharsets.UTF_8);
            }
            List<String> copy = new ArrayList<>(sentences.size() * COPIES_PER_CHUNK);
            for (int c = 0; c < COPIES_PER_CHUNK; c++) {
                copy.addAll(sentences);
            }
            Collections.shuffle(copy, new Random(i));
            Path tmp = dir.resolve("brown-shuffled-" + i + ".tmp");
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (String s : copy) {
                    w.write(s);
                    w.write('\n');
                }
            }
            Files.move(tmp, f);
        }
        return out;
    }
}
