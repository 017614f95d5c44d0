package org.lmlens.engine.model;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.smoothing.Estimator;

/**
 * Scores a test corpus for {@link LanguageModel#evaluate}: the sentences are cut into fixed chunks, each
 * chunk's log probabilities are summed apart, and the chunk sums are added in chunk order. Sentences are
 * independent (each starts again at {@code <s>}), so from {@link #PARALLEL_MIN_TOKENS} tokens on a second
 * thread takes chunks too: both cores work, as issue 7 asks where the work splits. Because the chunks
 * and the order of the final sum do not depend on which thread scored which chunk, the result is the
 * same to the bit on one thread or two.
 *
 * <p>Only the calling thread talks to {@link Progress} (it need not be thread-safe); a cancel stops the
 * helper at its next chunk, and the call returns only once the helper has stopped writing.
 */
final class TestSetScorer {
    /** Sentences per chunk: small enough for an even split and frequent cancel checks. */
    static final int CHUNK_SENTENCES = 128;
    /**
     * Below this many tokens a second thread costs more than it saves. 4,096: on 11.4k tokens (Laplace,
     * order 3) two threads took 0.40-0.44 ms against 0.73-0.80 ms on one (fastest of 500 runs).
     */
    static final int PARALLEL_MIN_TOKENS = 4_096;

    private final Estimator estimator;
    private final int[] tokens;
    private final Corpus test;
    private final int chunks;
    private final double[] total;
    private final double[] inVocabulary;
    private final long[] oov;
    private final long[] zeros;
    private final AtomicInteger nextChunk = new AtomicInteger();
    private final AtomicInteger chunksDone = new AtomicInteger();
    private final AtomicBoolean helperClaimed = new AtomicBoolean();
    private volatile boolean stop;

    private TestSetScorer(Estimator estimator, Corpus test) {
        this.estimator = estimator;
        this.test = test;
        this.tokens = test.tokenArray();
        this.chunks = (test.sentenceCount() + CHUNK_SENTENCES - 1) / CHUNK_SENTENCES;
        this.total = new double[chunks];
        this.inVocabulary = new double[chunks];
        this.oov = new long[chunks];
        this.zeros = new long[chunks];
    }

    /**
     * Whether this machine has a second core, asked once: in a container {@code availableProcessors} reads
     * the control-group files each time, 5 % of scoring a 500-sentence test text.
     */
    private static final boolean TWO_CORES = Runtime.getRuntime().availableProcessors() > 1;

    static Evaluation score(Estimator estimator, Corpus test, Progress progress) {
        return new TestSetScorer(estimator, test).run(progress, TWO_CORES);
    }

    /** As {@link #score}, choosing the threads (tests: the result must not depend on it). */
    static Evaluation score(Estimator estimator, Corpus test, Progress progress, boolean twoThreads) {
        return new TestSetScorer(estimator, test).run(progress, twoThreads);
    }

    private Evaluation run(Progress progress, boolean twoThreads) {
        CountDownLatch helperDone = new CountDownLatch(1);
        Throwable[] helperFailure = new Throwable[1];
        boolean parallel = twoThreads && tokens.length >= PARALLEL_MIN_TOKENS && chunks > 1;
        if (parallel) {
            ForkJoinPool.commonPool().execute(() -> {
                if (!helperClaimed.compareAndSet(false, true)) {
                    return; // the caller finished every chunk before this thread started
                }
                try {
                    work(null);
                } catch (Throwable e) {
                    helperFailure[0] = e;
                    stop = true;
                } finally {
                    helperDone.countDown();
                }
            });
        }
        try {
            work(progress);
        } finally {
            stop = true;
            if (parallel && !helperClaimed.compareAndSet(false, true)) {
                awaitQuietly(helperDone);
            }
        }
        Throwable failure = helperFailure[0];
        if (failure instanceof RuntimeException r) {
            throw r;
        } else if (failure instanceof Error e) {
            throw e;
        } else if (failure != null) {
            throw new LmLensException(EngineMessages.get("model.scoringFailed", failure));
        }
        progress.update("evaluate", 1.0);
        return sum();
    }

    /** Scores chunks until none is left; with a progress (the calling thread), reports and checks cancel. */
    private void work(Progress progress) {
        double[] p = new double[16];
        int c;
        while (!stop && (c = nextChunk.getAndIncrement()) < chunks) {
            if (progress != null) {
                progress.checkCancelled();
                progress.update("evaluate", (double) chunksDone.get() / chunks);
            }
            p = scoreChunk(c, p);
            chunksDone.incrementAndGet();
        }
    }

    private double[] scoreChunk(int c, double[] buffer) {
        double[] p = buffer;
        int first = c * CHUNK_SENTENCES;
        int last = Math.min(test.sentenceCount(), first + CHUNK_SENTENCES);
        double sum = 0;
        double inVocab = 0;
        long unknown = 0;
        long zero = 0;
        for (int s = first; s < last; s++) {
            int start = test.sentenceStart(s);
            int end = test.sentenceEnd(s);
            if (p.length < end - start) {
                p = new double[Math.max(end - start, 2 * p.length)];
            }
            estimator.sentenceProbabilities(tokens, start, end, p);
            for (int i = start + 1; i < end; i++) {
                double log10 = Math.log10(p[i - start - 1]);
                sum += log10;
                if (tokens[i] == Vocabulary.UNK) {
                    unknown++;
                } else {
                    // Summed apart so that excluding OOVs never computes -inf minus -inf.
                    inVocab += log10;
                }
                zero += log10 == Double.NEGATIVE_INFINITY ? 1 : 0;
            }
        }
        total[c] = sum;
        inVocabulary[c] = inVocab;
        oov[c] = unknown;
        zeros[c] = zero;
        return p;
    }

    private Evaluation sum() {
        double sum = 0;
        double inVocab = 0;
        long unknown = 0;
        long zero = 0;
        for (int c = 0; c < chunks; c++) {
            sum += total[c];
            inVocab += inVocabulary[c];
            unknown += oov[c];
            zero += zeros[c];
        }
        int sentences = test.sentenceCount();
        long predicted = tokens.length - (long) sentences;
        return new Evaluation(sentences, predicted, unknown, sum, inVocab, zero, test.characters());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
