package org.lmlens.engine.smoothing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;

/**
 * Kneser-Ney on the SLP3 mini-corpus. Continuation counts N1+(• w): I 2 (&lt;s&gt;, Sam), Sam 2 (&lt;s&gt;, am),
 * &lt;/s&gt; 3 (Sam, am, ham), every other word 1 (am after I only, do after I, …): total 15 bigram types,
 * 11 outcomes with a continuation; adjusted-count n1 = 8, n2 = 2, so D1 = 8/12 = 2/3. Top-order bigram
 * raw counts: n1 = 13, n2 = 2, D2 = 13/17.
 */
class KneserNeyTest {
    private static final double D2 = 13.0 / 17;
    /** P1(w) = max(N1+(• w) − 2/3, 0)/15 + (2/3) · 11/15 · 1/12. */
    private static double p1(int continuation) {
        return Math.max(continuation - 2.0 / 3, 0) / 15 + 2.0 / 3 * 11 / 15 / 12;
    }

    private final TrainedText text = Corpora.text(Corpora.SLP3, 3);

    @Test
    void lowerOrderUsesContinuationCounts() {
        LanguageModel lm = text.model(2, new KneserNey(), Parameters.NONE);
        // P1(am) = (1 − 2/3)/15 + 22/540 = 34/540 = 0.062963: "am" follows one word only, though seen twice.
        assertThat(p1(1)).isCloseTo(34.0 / 540, within(1e-15));
        // P(am | I) = (2 − 13/17)/3 + (13/17) · 2/3 · 34/540 = 0.443864
        assertThat(lm.probability(List.of("I"), "am")).isCloseTo(7.0 / 17 + 26.0 / 51 * p1(1), within(1e-12))
                .isCloseTo(0.443864, within(1e-6));
        // An unseen bigram gets γ(I) · P1; an unseen context ("zz" is <unk>, never seen) gets P1 alone,
        // the continuation-count level, not a raw-count unigram.
        assertThat(lm.probability(List.of("I"), "</s>")).isCloseTo(26.0 / 51 * p1(3), within(1e-12));
        assertThat(lm.probability(List.of("zz"), "</s>")).isCloseTo(p1(3), within(1e-12));
        assertThat(lm.probability(List.of("zz"), "<unk>")).isCloseTo(p1(0), within(1e-12));
        assertThat(lm.estimator().fittedParameters().get("D")).isEqualTo("1: " + 2.0 / 3 + ", 2: " + D2);
    }

    @Test
    void ngramsStartingWithBosKeepRawCountsAtLowerOrders() {
        // Trigram model, context "<s>": level 2 is a lower order, but "<s> I" (2) and "<s> Sam" (1) have no
        // left extension, so their raw counts are used: denominator 3, two continuations. D2 from the
        // adjusted bigram counts: n1 = 13 (12 continuation counts of 1 and <s> Sam), n2 = 2 (<s> I, I am).
        LanguageModel lm = text.model(3, new KneserNey(), Parameters.NONE);
        double p1I = p1(2); // (2 − 2/3)/15 + 22/540 = 70/540
        assertThat(p1I).isCloseTo(70.0 / 540, within(1e-15));
        assertThat(lm.probability(List.of("<s>"), "I")).isCloseTo((2 - D2) / 3 + D2 * 2 / 3 * p1I, within(1e-12));
        // The bigram model gives the same: "<s> I" is a top-order n-gram there (raw counts either way).
        LanguageModel bigram = text.model(2, new KneserNey(), Parameters.NONE);
        assertThat(bigram.probability(List.of("<s>"), "I")).isCloseTo(lm.probability(List.of("<s>"), "I"),
                within(1e-15));
        // NLTK-style padding "<s> <s>" means the same as "<s>".
        assertThat(lm.probability(List.of("<s>", "<s>"), "I")).isEqualTo(lm.probability(List.of("<s>"), "I"));
    }

    @Test
    void trigramLevelWithFallbackDiscount() {
        // Every trigram occurs once: n2 = 0, D3 = 0.5 with a notice. Context "<s> I": c = 2 (am, do).
        // P(am | <s> I) = (1 − 0.5)/2 + 0.5 · 2/2 · P2(am | I), and at level 2 "I am" has N1+(• I am) = 2
        // (after <s> and Sam), "I do" 1: the same numbers as the raw counts, so P2(am | I) = 0.443864.
        LanguageModel lm = text.model(3, new KneserNey(), Parameters.NONE);
        double p2 = 7.0 / 17 + 26.0 / 51 * p1(1);
        assertThat(lm.probability(List.of("<s>", "I"), "am")).isCloseTo(0.25 + 0.5 * p2, within(1e-12));
        assertThat(lm.estimator().notices()).singleElement().asString().contains("order 3");
        Explanation e = lm.explain(List.of("<s>", "I"), "am");
        assertThat(e.discount()).isEqualTo(0.5);
        assertThat(e.lowerOrderWeight()).isCloseTo(0.5, within(1e-15));
        assertThat(e.lower().count()).as("continuation count of 'I am'").isEqualTo(2);
        assertThat(e.lower().contextCount()).as("sum of continuation counts after 'I'").isEqualTo(3);
    }
}
