package org.lmlens.engine.smoothing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.count.NgramCounter;
import org.lmlens.engine.count.NgramCounts;

/** The stateful sentence pass gives exactly the per-token probabilities, for every method and order. */
class StatefulScoringTest {

    @Provide
    Arbitrary<List<List<String>>> texts() {
        Arbitrary<String> word = Arbitraries.of("a", "b", "c", "d", "e", "f", "zz", "<unk>");
        return word.list().ofMinSize(1).ofMaxSize(14).list().ofMinSize(1).ofMaxSize(20);
    }

    @Property(tries = 200)
    void statefulEqualsPerToken(@ForAll("texts") List<List<String>> train, @ForAll("texts") List<List<String>> test,
                                @ForAll @IntRange(min = 1, max = 5) int order) {
        // "zz" is rare in training (kept out of half the texts), so tests hit unseen words and contexts.
        List<List<String>> training = train.stream().map(s -> s.stream().filter(w -> !w.equals("zz")).toList())
                .filter(s -> !s.isEmpty()).toList();
        if (training.isEmpty()) {
            return;
        }
        Corpus corpus = CorpusBuilder.train(training, 1);
        NgramCounts counts = NgramCounter.count(corpus, 5, Progress.NONE);
        Corpus testCorpus = CorpusBuilder.encode(test, corpus.vocabulary());
        for (Estimator e : List.of(
                new MaximumLikelihood().estimate(counts, order, Parameters.NONE, EstimationContext.NONE),
                new Laplace().estimate(counts, order, Parameters.NONE, EstimationContext.NONE),
                new Lidstone().estimate(counts, order, Parameters.NONE.with("k", 0.01), EstimationContext.NONE),
                new FixedInterpolation(counts, order, 0.7))) {
            assertSame(e, testCorpus);
            assertSame(e, corpus);
        }
        // Every method (an interpolated one from its precomputed terms, ScoringTerms).
        EstimationContext context = new EstimationContext(corpus, null);
        for (SmoothingMethod m : Methods.all()) {
            Estimator e = m.estimate(counts, order, Parameters.NONE, context);
            assertSame(e, testCorpus);
            assertSame(e, corpus);
        }
    }

    @Test
    void sentenceAfterSentenceFromTheTermsEqualsPerToken() {
        List<List<String>> training = new java.util.ArrayList<>();
        java.util.Random r = new java.util.Random(7);
        for (int s = 0; s < 400; s++) {
            training.add(r.ints(12, 0, 300).mapToObj(i -> "w" + i).toList());
        }
        Corpus corpus = CorpusBuilder.train(training, 1);
        NgramCounts counts = NgramCounter.count(corpus, 3, Progress.NONE);
        Estimator e = Methods.byName("witten-bell").estimate(counts, 3, Parameters.NONE,
                new EstimationContext(corpus, null));
        assertSame(e, corpus);
        assertSame(e, corpus);
    }

    private static void assertSame(Estimator e, Corpus test) {
        int[] t = test.tokenArray();
        int history = e.order() - 1;
        for (int s = 0; s < test.sentenceCount(); s++) {
            int start = test.sentenceStart(s);
            int end = test.sentenceEnd(s);
            double[] out = new double[end - start];
            e.sentenceProbabilities(t, start, end, out);
            for (int i = start + 1; i < end; i++) {
                double expected = e.probability(t, Math.max(start, i - history), i, t[i]);
                assertThat(out[i - start - 1]).as("%s order %d token %d", e.getClass().getSimpleName(), e.order(), i)
                        .isEqualTo(expected);
            }
        }
    }
}
