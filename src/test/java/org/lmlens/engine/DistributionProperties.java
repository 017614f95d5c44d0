package org.lmlens.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.Distribution;
import org.lmlens.engine.model.GeneratedSentence;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.Sampler;
import org.lmlens.engine.model.SamplingOptions;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;

/**
 * Property tests on random corpora and random contexts (NLTK's test_sums_to_1, for every method the
 * engine registers): every normalised distribution sums to 1, probability() agrees with distribution(),
 * additive smoothing matches its closed form, and sampling with a seed is deterministic.
 */
class DistributionProperties {
    private static final List<String> ALPHABET = List.of("a", "b", "c", "d", "e", "f", "g");

    @Provide
    Arbitrary<List<List<String>>> corpora() {
        Arbitrary<List<String>> sentence = Arbitraries.of(ALPHABET).list().ofMinSize(1).ofMaxSize(8);
        return sentence.list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<String>> contexts() {
        List<String> words = new ArrayList<>(ALPHABET);
        words.add("zzz-unseen");
        words.add("<s>");
        return Arbitraries.of(words).list().ofMaxSize(5);
    }

    private static TrainedText train(List<List<String>> corpus, int order) {
        return TrainedText.of(CorpusBuilder.train(corpus, 1), order);
    }

    @Property(tries = 150)
    void everyNormalisedMethodSumsToOne(@ForAll("corpora") List<List<String>> corpus,
                                        @ForAll("contexts") List<String> context,
                                        @ForAll @IntRange(min = 1, max = 4) int order) {
        TrainedText text = train(corpus, order);
        for (SmoothingMethod method : Methods.all()) {
            if (!method.isNormalised()) {
                continue;
            }
            LanguageModel lm = text.model(order, method, Parameters.NONE);
            if (!lm.isDefined(context)) {
                continue; // MLE with an unseen context: no distribution (tested elsewhere)
            }
            Distribution d = lm.distribution(context);
            assertThat(d.sum()).as("%s order %d context %s", method.name(), order, context)
                    .isCloseTo(1.0, within(1e-9));
            assertThat(d.probability(Vocabulary.BOS)).isZero();
            for (String w : lm.vocabulary().words()) {
                assertThat(lm.probability(context, w)).as("%s P(%s|%s)", method.name(), w, context)
                        .isCloseTo(d.probability(w), within(1e-12));
            }
        }
    }

    @Property(tries = 100)
    void additiveSmoothingMatchesItsClosedForm(@ForAll("corpora") List<List<String>> corpus,
                                               @ForAll("contexts") List<String> context,
                                               @ForAll @IntRange(min = 1, max = 4) int order,
                                               @ForAll @DoubleRange(min = 0.01, max = 5) double k) {
        TrainedText text = train(corpus, order);
        LanguageModel mle = text.model(order, Methods.byName("mle"), Parameters.NONE);
        LanguageModel lidstone = text.model(order, Methods.byName("lidstone"), Parameters.NONE.with("k", k));
        LanguageModel laplace = text.model(order, Methods.byName("laplace"), Parameters.NONE);
        List<String> used = mle.decode(mle.encodeContext(context));
        long ch = contextCount(corpus, used);
        int outcomes = text.corpus().vocabulary().outcomeCount();
        for (String w : text.corpus().vocabulary().words()) {
            if (w.equals("<s>")) {
                continue;
            }
            long c = ngramCount(corpus, used, w);
            assertThat(lidstone.probability(context, w)).isCloseTo((c + k) / (ch + k * outcomes), within(1e-12));
            assertThat(laplace.probability(context, w)).isCloseTo((c + 1.0) / (ch + outcomes), within(1e-12));
            if (ch > 0) {
                assertThat(mle.probability(context, w)).isCloseTo((double) c / ch, within(1e-12));
            }
        }
    }

    @Property(tries = 50)
    void samplingWithASeedIsDeterministic(@ForAll("corpora") List<List<String>> corpus,
                                          @ForAll @IntRange(min = 1, max = 4) int order,
                                          @ForAll long seed,
                                          @ForAll @DoubleRange(min = 0.2, max = 3) double temperature,
                                          @ForAll @IntRange(min = 0, max = 5) int topK) {
        TrainedText text = train(corpus, order);
        LanguageModel lm = text.model(order, Methods.byName("lidstone"), Parameters.NONE);
        SamplingOptions options = SamplingOptions.defaults().withTemperature(temperature).withTopK(topK).withMaxLength(15);
        List<GeneratedSentence> first = new Sampler(lm, options).generate(5, seed);
        List<GeneratedSentence> second = new Sampler(lm, options).generate(5, seed);
        assertThat(first).isEqualTo(second);
        for (GeneratedSentence s : first) {
            assertThat(s.words()).doesNotContain("<s>", "</s>").hasSizeLessThanOrEqualTo(15);
            assertThat(s.contexts()).hasSameSizeAs(s.words());
        }
    }

    /** Brute force over the raw sentences: how often the context is followed by any token. */
    private static long contextCount(List<List<String>> corpus, List<String> context) {
        long n = 0;
        for (List<String> s : corpus) {
            List<String> seq = padded(s);
            for (int i = 1; i < seq.size(); i++) {
                n += endsWith(seq, i, context) ? 1 : 0;
            }
        }
        return n;
    }

    private static long ngramCount(List<List<String>> corpus, List<String> context, String w) {
        long n = 0;
        for (List<String> s : corpus) {
            List<String> seq = padded(s);
            for (int i = 1; i < seq.size(); i++) {
                n += seq.get(i).equals(w) && endsWith(seq, i, context) ? 1 : 0;
            }
        }
        return n;
    }

    /** Whether seq[i - |context| .. i) equals the context (which may start with <s>). */
    private static boolean endsWith(List<String> seq, int i, List<String> context) {
        int start = i - context.size();
        return start >= 0 && seq.subList(start, i).equals(context);
    }

    private static List<String> padded(List<String> s) {
        List<String> seq = new ArrayList<>();
        seq.add("<s>");
        seq.addAll(s);
        seq.add("</s>");
        return seq;
    }
}
