package org.lmlens.engine.model;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.Tuning;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.smoothing.Estimator;

/**
 * Scores a test corpus for {@link LanguageModel#evaluate}: the sentences are cut into fixed chunks, each
 * chunk's log probabilities are summed apart, and the chunk sums are added in chunk order. Sentences are
 * independent (each starts again at {@code <s>}), so from {@link Tuning#PARALLEL_SCORING_MIN_TOKENS} tokens on a
 * second thread takes chunks too: both cores work. Because the chunks
 * and the order of the final sum do not depend on which thread scored which chunk, the result is the
 * same to the bit on one thread or two.
 *
 * <p>Only the calling thread talks to {@link Progress} (it need not be thread-safe); a cancel stops the
 * helper at its next chunk, and the call returns only once the helper has stopped writing.
 */
final class TestSetScorer {

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
        this.chunks = (test.sentenceCount() + Tuning.SCORING_CHUNK_SENTENCES - 1) / Tuning.SCORING_CHUNK_SENTENCES;
        this.total = new double[chunks];
        this.inVocabulary = new double[chunks];
        this.oov = new long[chunks];
        this.zeros = new long[chunks];
    }

    /** Whether this machine has a second core, asked once: in a container each call reads control-group files. */
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
        boolean parallel = twoThreads && tokens.length >= Tuning.PARALLEL_SCORING_MIN_TOKENS && chunks > 1;
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
        int first = c * Tuning.SCORING_CHUNK_SENTENCES;
        int last = Math.min(test.sentenceCount(), first + Tuning.SCORING_CHUNK_SENTENCES);
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
