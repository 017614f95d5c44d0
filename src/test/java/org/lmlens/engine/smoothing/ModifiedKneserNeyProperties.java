package org.lmlens.engine.smoothing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.count.NgramCounter;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.model.LanguageModel;

/** The engine's modified Kneser-Ney against the naive {@link ReferenceMkn}, and normalisation, on random texts. */
class ModifiedKneserNeyProperties {
    @Provide
    Arbitrary<List<List<String>>> corpora() {
        Arbitrary<String> word = Arbitraries.of("a", "b", "c", "d", "e", "f");
        return word.list().ofMinSize(1).ofMaxSize(9).list().ofMinSize(1).ofMaxSize(40);
    }

    private static LanguageModel model(List<List<String>> sentences, int order) {
        NgramCounts counts = NgramCounter.count(CorpusBuilder.train(sentences, 1), order, Progress.NONE);
        return LanguageModel.of(counts, order, Methods.byName("modified-kneser-ney"));
    }

    /** Every context the reference knows plus an unseen one, each with every outcome and an unknown word. */
    @Property(tries = 150)
    void agreesWithReference(@ForAll("corpora") List<List<String>> sentences, @ForAll @IntRange(min = 1, max = 4) int order) {
        ReferenceMkn ref = new ReferenceMkn(sentences, order);
        LanguageModel lm = model(sentences, order);
        List<List<String>> contexts = new ArrayList<>(ref.contexts());
        contexts.add(List.of("zz", "a"));
        List<String> words = new ArrayList<>(ref.outcomeWords());
        words.add("zz");
        for (List<String> h : contexts) {
            List<String> cut = h.size() > order - 1 ? h.subList(h.size() - (order - 1), h.size()) : h;
            for (String w : words) {
                double expected = ref.probability(cut, w);
                assertThat(lm.probability(h, w)).as("P(%s | %s)", w, h).isCloseTo(expected, within(1e-12 + 1e-10 * expected));
            }
        }
        long fellBack = 0;
        for (int k = 1; k <= order; k++) {
            fellBack += ref.fellBack[k] ? 1 : 0;
        }
        assertThat(lm.estimator().notices()).hasSize((int) fellBack);
    }

    /** Σ_w P(w | h) = 1 for every context at every order (and distribution() agrees with probability()). */
    @Property(tries = 100)
    void sumsToOneForEveryContext(@ForAll("corpora") List<List<String>> sentences, @ForAll @IntRange(min = 1, max = 5) int order) {
        LanguageModel lm = model(sentences, order);
        NgramCounts counts = lm.counts();
        Estimator est = lm.estimator();
        double[] out = new double[counts.vocabulary().size()];
        for (int k = 0; k < order; k++) {
            int size = k == 0 ? 1 : counts.size(k);
            for (int i = 0; i < size; i++) {
                int[] h = k == 0 ? new int[0] : counts.ngram(k, i);
                assertThat(est.distribution(h, 0, h.length, out)).isTrue();
                double sum = 0;
                for (int w = 0; w < out.length; w++) {
                    sum += out[w];
                    assertThat(out[w]).isCloseTo(est.probability(h, 0, h.length, w), within(1e-12));
                }
                assertThat(sum).as("context %s", lm.decode(h)).isCloseTo(1.0, within(1e-9));
            }
        }
    }
}
