package org.lmlens.engine.smoothing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.Distribution;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.MassSplit;
import org.lmlens.engine.model.TrainedText;

/**
 * For every normalised method, on random small corpora, at every order 1..4 and for random contexts (seen,
 * unseen, with words outside the vocabulary, starting with {@code <s>}): the distribution sums to 1 within
 * 1e-9, P(w | h) equals the distribution's entry, explain() gives the same value, and the mass split adds
 * up to the same 1.
 */
class NormalisationPropertiesTest {
    private static final List<String> ALPHABET = List.of("a", "b", "c", "d", "e");

    @Provide
    Arbitrary<List<String>> corpora() {
        Arbitrary<String> sentence = Arbitraries.of(ALPHABET).list().ofMinSize(1).ofMaxSize(7)
                .map(ws -> String.join(" ", ws));
        return sentence.list().ofMinSize(1).ofMaxSize(25);
    }

    @Provide
    Arbitrary<List<List<String>>> contexts() {
        Arbitrary<String> word = Arbitraries.of("a", "b", "c", "d", "e", "zz", "<unk>");
        Arbitrary<List<String>> context = Combinators.combine(Arbitraries.of(true, false),
                word.list().ofMinSize(0).ofMaxSize(4)).as((bos, ws) -> {
                    List<String> c = new ArrayList<>();
                    if (bos) {
                        c.add("<s>");
                    }
                    c.addAll(ws);
                    return c;
                });
        return context.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 300)
    void everyNormalisedMethodSumsToOne(@ForAll("corpora") List<String> lines, @ForAll @IntRange(min = 1, max = 4) int order,
                                        @ForAll("contexts") List<List<String>> contexts) {
        TrainedText text = Corpora.text(lines, 4);
        for (SmoothingMethod method : Methods.all()) {
            if (method.isNormalised()) {
                check(text.model(order, method, Parameters.NONE), contexts);
            }
        }
    }

    @Property(tries = 60)
    void discountParameterKeepsNormalisation(@ForAll("corpora") List<String> lines,
                                             @ForAll @IntRange(min = 1, max = 4) int order,
                                             @ForAll @DoubleRange(min = 0, max = 1) double discount,
                                             @ForAll("contexts") List<List<String>> contexts) {
        TrainedText text = Corpora.text(lines, 4);
        Parameters p = Parameters.NONE.with("discount", discount);
        check(text.model(order, Methods.byName("absolute"), p), contexts);
        check(text.model(order, Methods.byName("kneser-ney"), p), contexts);
    }

    /** Every context of up to 3 words over the mini-corpus vocabulary (plus an unknown word), orders 1..4. */
    @Example
    void everyContextOfTheMiniCorpus() {
        TrainedText text = Corpora.text(Corpora.SLP3, 4);
        List<String> words = new ArrayList<>(text.corpus().vocabulary().words());
        words.remove("<s>");
        words.add("zz");
        List<List<String>> contexts = new ArrayList<>();
        contexts.add(List.of());
        for (String a : words) {
            contexts.add(List.of("<s>", a));
            contexts.add(List.of(a));
            for (String b : words) {
                contexts.add(List.of(a, b));
                contexts.add(List.of("<s>", a, b));
                contexts.add(List.of("I", a, b));
            }
        }
        contexts.add(List.of("<s>"));
        for (int order = 1; order <= 4; order++) {
            for (SmoothingMethod method : Methods.all()) {
                if (method.isNormalised()) {
                    check(text.model(order, method, Parameters.NONE), contexts);
                }
            }
        }
    }

    private static void check(LanguageModel lm, List<List<String>> contexts) {
        Vocabulary v = lm.vocabulary();
        for (List<String> context : contexts) {
            if (!lm.isDefined(context)) {
                continue;
            }
            Distribution d = lm.distribution(context);
            assertThat(d.sum()).as("%s, context %s", lm, context).isCloseTo(1.0, within(1e-9));
            assertThat(d.probability(Vocabulary.BOS)).isZero();
            for (int w = 0; w < v.size(); w++) {
                String word = v.word(w);
                double p = lm.probability(context, word);
                assertThat(p).as("%s, P(%s | %s)", lm, word, context).isCloseTo(d.probability(w), within(1e-12));
                if (w != Vocabulary.BOS) {
                    assertThat(p).isBetween(0.0, 1.0);
                    assertThat(lm.explain(context, word).probability()).as("%s, explain(%s | %s)", lm, word, context)
                            .isCloseTo(p, within(1e-12));
                }
            }
            MassSplit split = lm.massSplit(context);
            assertThat(split.seenMass() + split.unseenMass()).isCloseTo(1.0, within(1e-9));
            assertThat(split.seenContinuations() + split.unseenOutcomes()).isEqualTo(v.outcomeCount());
        }
    }
}
