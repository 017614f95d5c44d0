package org.lmlens.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.count.NgramCounter;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.smoothing.Estimator;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.SmoothingMethod;

/** evaluate (stateful, whole sentences) gives exactly the figures of summing per-token probability(). */
class EvaluateTest {

    @Provide
    Arbitrary<List<List<String>>> texts() {
        Arbitrary<String> word = Arbitraries.of("a", "b", "c", "d", "e", "q");
        // Sentences up to 40 words: longer than evaluate's first buffer, so it must grow.
        return word.list().ofMinSize(1).ofMaxSize(40).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 150)
    void evaluateEqualsThePerTokenSum(@ForAll("texts") List<List<String>> train, @ForAll("texts") List<List<String>> test,
                                      @ForAll @IntRange(min = 1, max = 4) int order) {
        List<List<String>> training = train.stream().map(s -> s.stream().filter(w -> !w.equals("q")).toList())
                .filter(s -> !s.isEmpty()).toList();
        if (training.isEmpty()) {
            return;
        }
        Corpus corpus = CorpusBuilder.train(training, 1);
        NgramCounts counts = NgramCounter.count(corpus, 4, Progress.NONE);
        Corpus testCorpus = CorpusBuilder.encode(test, corpus.vocabulary());
        for (SmoothingMethod method : Methods.all()) {
            if (!method.isNormalised()) {
                continue; // evaluate refuses scores that are not probabilities (tested in StupidBackoffTest)
            }
            LanguageModel lm = LanguageModel.of(counts, order, method);
            Evaluation e = lm.evaluate(testCorpus, Progress.NONE);
            Estimator est = lm.estimator();
            int[] t = testCorpus.tokenArray();
            double total = 0;
            double inVocabulary = 0;
            long oov = 0;
            long zeros = 0;
            for (int s = 0; s < testCorpus.sentenceCount(); s++) {
                int start = testCorpus.sentenceStart(s);
                for (int i = start + 1; i < testCorpus.sentenceEnd(s); i++) {
                    double log10 = Math.log10(est.probability(t, Math.max(start, i - order + 1), i, t[i]));
                    total += log10;
                    if (t[i] == Vocabulary.UNK) {
                        oov++;
                    } else {
                        inVocabulary += log10;
                    }
                    zeros += log10 == Double.NEGATIVE_INFINITY ? 1 : 0;
                }
            }
            assertThat(e.log10Prob()).as(method.name()).isEqualTo(total);
            assertThat(e.inVocabularyLog10Prob()).isEqualTo(inVocabulary);
            assertThat(e.oov()).isEqualTo(oov);
            assertThat(e.zeroProbabilityTokens()).isEqualTo(zeros);
            assertThat(e.tokens()).isEqualTo(t.length - (long) testCorpus.sentenceCount());
        }
    }
}
