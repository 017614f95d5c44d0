package org.lmlens.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.count.NgramCounter;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.smoothing.Estimator;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.SmoothingMethod;

/** Test-set scoring on two threads: the same figures as on one, cancel stops both, a failure reaches the caller. */
class TestSetScorerTest {
    private static NgramCounts counts;
    private static Corpus test;

    @BeforeAll
    static void corpora() {
        Random r = new Random(11);
        Corpus train = CorpusBuilder.train(sentences(r, 3000, 400), 1);
        counts = NgramCounter.count(train, 4, Progress.NONE);
        // Words up to 500 in the test text: some are not in the training vocabulary (OOVs).
        test = CorpusBuilder.encode(sentences(r, 2000, 500), train.vocabulary());
        assertThat(test.tokenArray().length).isGreaterThan(org.lmlens.engine.Tuning.PARALLEL_SCORING_MIN_TOKENS);
        assertThat(test.sentenceCount()).isGreaterThan(4 * org.lmlens.engine.Tuning.SCORING_CHUNK_SENTENCES);
    }

    private static List<List<String>> sentences(Random r, int count, int words) {
        List<List<String>> out = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            List<String> sentence = new ArrayList<>();
            for (int i = 0, n = 1 + r.nextInt(25); i < n; i++) {
                // Skewed towards small ids, so that longer n-grams repeat.
                sentence.add("w" + (int) (words * Math.pow(r.nextDouble(), 3)));
            }
            out.add(sentence);
        }
        return out;
    }

    @Test
    void twoThreadsGiveTheSameBitsAsOneAndThePerTokenFigures() {
        for (SmoothingMethod method : Methods.all()) {
            if (!method.isNormalised()) {
                continue;
            }
            Estimator est = LanguageModel.of(counts, 4, method).estimator();
            Evaluation one = TestSetScorer.score(est, test, Progress.NONE, false);
            Evaluation two = TestSetScorer.score(est, test, Progress.NONE, true);
            assertThat(two).as(method.name()).isEqualTo(one);

            int[] t = test.tokenArray();
            double total = 0;
            long oov = 0;
            for (int s = 0; s < test.sentenceCount(); s++) {
                int start = test.sentenceStart(s);
                for (int i = start + 1; i < test.sentenceEnd(s); i++) {
                    total += Math.log10(est.probability(t, Math.max(start, i - 3), i, t[i]));
                    oov += t[i] == org.lmlens.engine.count.Vocabulary.UNK ? 1 : 0;
                }
            }
            assertThat(one.oov()).isEqualTo(oov).isPositive();
            // Summed in another order (chunk by chunk), so equal up to rounding only.
            assertThat(one.log10Prob()).as(method.name()).isCloseTo(total, within(Math.abs(total) * 1e-12));
            assertThat(one.tokens()).isEqualTo(t.length - (long) test.sentenceCount());
        }
    }

    /** Counts the sentences scored, and may fail at one of them. */
    private static final class Watched extends Estimator {
        final Estimator inner;
        final AtomicInteger sentences = new AtomicInteger();
        volatile int failAt = -1;
        volatile int slowFrom = Integer.MAX_VALUE;

        Watched(Estimator inner) {
            super(inner.counts(), inner.order());
            this.inner = inner;
        }

        @Override
        public double probability(int[] history, int from, int to, int word) {
            return inner.probability(history, from, to, word);
        }

        @Override
        public void sentenceProbabilities(int[] tokens, int start, int end, double[] out) {
            int n = sentences.incrementAndGet();
            if (n == failAt) {
                throw new IllegalStateException("failing on purpose");
            }
            if (n > slowFrom) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            inner.sentenceProbabilities(tokens, start, end, out);
        }
    }

    @Test
    void aCancelStopsBothThreadsBeforeTheCallReturns() throws InterruptedException {
        // The user cancels once 300 sentences are scored; from then on each sentence takes a millisecond,
        // so the caller reaches its next check (after its current chunk) long before the work could end.
        Watched est = new Watched(LanguageModel.of(counts, 4, Methods.byName("kneser-ney")).estimator());
        est.slowFrom = 300;
        Progress cancelledAfter300 = new Progress() {
            @Override
            public void update(String stage, double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return est.sentences.get() >= 300;
            }
        };
        assertThatThrownBy(() -> TestSetScorer.score(est, test, cancelledAfter300, true))
                .isInstanceOf(Progress.CancelledException.class);
        int scored = est.sentences.get();
        assertThat(scored).isLessThan(test.sentenceCount());
        Thread.sleep(100); // time for a helper that had not stopped to score more
        assertThat(est.sentences.get()).as("sentences scored after the call returned").isEqualTo(scored);
    }

    @Test
    void aFailureOnEitherThreadReachesTheCaller() {
        for (int failAt : new int[] {1, test.sentenceCount() / 2, test.sentenceCount()}) {
            Watched est = new Watched(LanguageModel.of(counts, 3, Methods.byName("witten-bell")).estimator());
            est.failAt = failAt;
            assertThatThrownBy(() -> TestSetScorer.score(est, test, Progress.NONE, true))
                    .as("failing at sentence %d", failAt)
                    .isInstanceOf(IllegalStateException.class).hasMessage("failing on purpose");
        }
    }
}
