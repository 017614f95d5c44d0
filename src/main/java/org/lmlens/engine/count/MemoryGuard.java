package org.lmlens.engine.count;

import java.util.Locale;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;

/**
 * Stops a load that will not fit in the Java heap with a message the user can act on (a lower order,
 * a {@code <unk>} min-count, or more memory), before the JVM throws {@link OutOfMemoryError}.
 *
 * <p>The figures come from {@link NgramCounter}'s layout: the corpus is one {@code int} per token; from
 * order 2 on, counting keeps four more {@code int}s per token (positions by word, two rotating index
 * arrays, the sorted positions: {@value #TRANSIENT_BYTES_PER_TOKEN} bytes) and stores each n-gram in four
 * {@code int} arrays plus two per lower-order n-gram (child ranges, continuation counts): 16 + 8 bytes.
 * While reading, the token list may double once more and is copied once when frozen.
 *
 * <p>"Free" is {@code maxMemory - (totalMemory - freeMemory)}, which counts uncollected garbage as used;
 * so a check that fails asks the collector once to run and measures again before refusing, and no load
 * that would fit is refused for garbage.
 */
public final class MemoryGuard {
    static final long TRANSIENT_BYTES_PER_TOKEN = 16;
    static final long BYTES_PER_NGRAM = 16;
    static final long BYTES_PER_PARENT = 8;
    /** Head-room left for everything else (the UI, small allocations): 5 % of the heap, at most 64 MB. */
    static final double RESERVE = 0.05;
    static final long MAX_RESERVE = 64L << 20;

    private final int maxOrder;
    private final int minCount;
    private final Runtime runtime = Runtime.getRuntime();
    /** The text read (tokens) at the last collection the guard asked for. */
    private long lastGcAtTokens = 1;

    /** A guard for loading a text up to {@code maxOrder} with {@code minCount} (which the advice raises). */
    public MemoryGuard(int maxOrder, int minCount) {
        this.maxOrder = maxOrder;
        this.minCount = minCount;
    }

    /** The free heap measured by the last check (what a refusal reports). */
    private long lastFree;

    long free() {
        long used = runtime.totalMemory() - runtime.freeMemory();
        long reserve = Math.min(MAX_RESERVE, (long) (runtime.maxMemory() * RESERVE));
        lastFree = runtime.maxMemory() - used - reserve;
        return lastFree;
    }

    /**
     * While reading: the tokens read so far must at least fit being frozen (one copy, after which the
     * growing list of {@code capacity} ints is released) and, from order 2 on, the counting arrays. The
     * final text is larger, so this is a lower bound of what is missing: only a load that cannot succeed
     * is stopped here.
     */
    void reading(long tokens, long capacity) {
        long need = Math.max(4L * tokens, (maxOrder >= 2 ? TRANSIENT_BYTES_PER_TOKEN * tokens : 0)
                + 4L * tokens - 4L * capacity);
        if (need <= free()) {
            return;
        }
        // Garbage (finished shards, grown-out arrays) counts as used until collected: refuse only on the
        // figures right after a collection, and collect at most once per 1/8 more text read.
        if (tokens < lastGcAtTokens + lastGcAtTokens / 8 || collectAndFits(need, tokens)) {
            return;
        }
        throw new LmLensException(EngineMessages.get("memory.reading", millions(tokens), gb(need), gb(lastFree),
                EngineMessages.get(maxOrder > 1 ? "memory.readingAdvice" : "memory.readingAdviceOrder1")));
    }

    /** Before counting orders 2..N: the per-token arrays counting keeps. */
    void beforeCounting(long tokens) {
        long need = TRANSIENT_BYTES_PER_TOKEN * tokens;
        if (!fits(need)) {
            // These arrays grow with the text, not with its vocabulary: a min-count would not help.
            throw new LmLensException(EngineMessages.get("memory.bigrams", gb(need), gb(lastFree)));
        }
    }

    /**
     * Before storing the n-grams of order {@code k}: their number is known exactly by then. The orders
     * still to come are assumed to have at least as many n-grams (they do in natural text).
     */
    void beforeOrder(int k, long ngrams, long lowerNgrams) {
        long thisOrder = BYTES_PER_NGRAM * ngrams + BYTES_PER_PARENT * (lowerNgrams + 1);
        if (fits(thisOrder)) {
            return;
        }
        long rest = (maxOrder - k) * (BYTES_PER_NGRAM + BYTES_PER_PARENT) * ngrams;
        throw tooLarge(k, thisOrder + rest, k - 1);
    }

    /**
     * Before order {@code k}'s bucket histograms and offsets (eight {@code int}s per n-gram of order k-1);
     * the refusal counts the orders still to come at as many n-grams as order k-1 has.
     */
    void beforeBuckets(int k, long lowerNgrams) {
        long need = 8L * Integer.BYTES * lowerNgrams;
        if (!fits(need)) {
            throw tooLarge(k, need + (maxOrder - k + 1) * (BYTES_PER_NGRAM + BYTES_PER_PARENT) * lowerNgrams, k - 1);
        }
    }

    /**
     * While reading an ARPA file: after {@code ngrams} n-grams, storing the section being read needs
     * {@code need} more bytes. Refuses only a file that cannot be stored.
     */
    public void readingArpa(long ngrams, long need) {
        if (!fits(need)) {
            throw new LmLensException(EngineMessages.get("memory.arpa", millions(ngrams), gb(need), gb(lastFree)));
        }
    }

    /** Uncollected garbage counts as used: before refusing, collect once and measure again. */
    private boolean fits(long need) {
        return need <= free() || collectAndFits(need, lastGcAtTokens);
    }

    private boolean collectAndFits(long need, long tokens) {
        lastGcAtTokens = Math.max(1, tokens);
        System.gc();
        return need <= free();
    }

    private LmLensException tooLarge(int order, long need, int fallbackOrder) {
        return new LmLensException(EngineMessages.get("memory.order", order, gb(need), gb(lastFree),
                advice(fallbackOrder)));
    }

    private String advice(int lowerOrder) {
        return lowerOrder >= 1 ? EngineMessages.get("memory.adviceLowerOrder", lowerOrder, minCount + 1)
                : EngineMessages.get("memory.advice", minCount + 1);
    }

    static String gb(long bytes) {
        double b = Math.max(0, bytes);
        if (b >= 1e9) {
            return String.format(Locale.ROOT, "%.1f GB", b / 1e9);
        }
        return String.format(Locale.ROOT, "%.0f MB", Math.max(1, b / 1e6));
    }

    private static String millions(long tokens) {
        // both units: English counts in millions, Chinese in 万 (ten thousands)
        return tokens >= 1_000_000 ? EngineMessages.get("memory.millions", String.format(Locale.ROOT, "%.1f", tokens / 1e6),
                String.format(Locale.ROOT, "%.0f", tokens / 1e4))
                : String.format(Locale.ROOT, "%,d", tokens);
    }
}
