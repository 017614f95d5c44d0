package org.lmlens.engine.smoothing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;

/**
 * Absolute discounting on the SLP3 mini-corpus. Count-of-counts: unigrams N1 = 7 (do not like green eggs
 * and ham), N2 = 2 (am Sam), N3 = 2 (I &lt;/s&gt;); bigrams N1 = 13, N2 = 2 (&lt;s&gt; I, I am). So D1 = 7/(7+4) =
 * 7/11 and D2 = 13/(13+4) = 13/17.
 */
class AbsoluteDiscountingTest {
    private static final double D1 = 7.0 / 11;
    private static final double D2 = 13.0 / 17;
    /** P1(am) = (2 − D1)/17 + D1 · 11/17 · 1/12 = 15/187 + 7/204 = 0.114528 */
    private static final double P1_AM = (2 - D1) / 17 + D1 * 11 / 17 / 12;

    private final TrainedText text = Corpora.text(Corpora.SLP3, 3);

    @Test
    void discountsComeFromTheCountOfCounts() {
        LanguageModel lm = text.model(2, new AbsoluteDiscounting(), Parameters.NONE);
        assertThat(lm.estimator().fittedParameters().get("D")).isEqualTo("1: " + D1 + ", 2: " + D2);
        assertThat(lm.estimator().notices()).isEmpty();
    }

    @Test
    void bigramProbabilities() {
        LanguageModel lm = text.model(2, new AbsoluteDiscounting(), Parameters.NONE);
        assertThat(P1_AM).isCloseTo(15.0 / 187 + 7.0 / 204, within(1e-15));
        // P(am | I) = (2 − 13/17)/3 + (13/17) · 2/3 · P1(am) = 7/17 + 26/51 · 0.114528 = 0.470152
        assertThat(lm.probability(List.of("I"), "am")).isCloseTo(7.0 / 17 + 26.0 / 51 * P1_AM, within(1e-12))
                .isCloseTo(0.470152, within(1e-6));
        // P(ham | I) = 26/51 · P1(ham), P1(ham) = (1 − 7/11)/17 + 7/17/12
        double p1Ham = (1 - D1) / 17 + 7.0 / 17 / 12;
        assertThat(lm.probability(List.of("I"), "ham")).isCloseTo(26.0 / 51 * p1Ham, within(1e-12));
    }

    @Test
    void userDiscountAppliesToEveryOrder() {
        LanguageModel lm = text.model(2, new AbsoluteDiscounting(), Parameters.NONE.with("discount", 0.5));
        // P1(am) = 1.5/17 + 0.5 · 11/17 /12; P(am | I) = 1.5/3 + 0.5 · 2/3 · P1(am)
        double p1 = 1.5 / 17 + 0.5 * 11 / 17 / 12;
        assertThat(lm.probability(List.of("I"), "am")).isCloseTo(0.5 + 1.0 / 3 * p1, within(1e-12));
    }

    @Test
    void fallsBackWithANoticeWhenN2IsZero() {
        // Every trigram of the mini-corpus occurs once: n2 = 0 at order 3, so D3 = 0.5.
        LanguageModel lm = text.model(3, new AbsoluteDiscounting(), Parameters.NONE);
        assertThat(lm.estimator().notices()).singleElement().asString().contains("order 3").contains("0.5");
        // P(am | <s> I) = (1 − 0.5)/2 + 0.5 · 2/2 · P(am | I)
        double pAmI = 7.0 / 17 + 26.0 / 51 * P1_AM;
        assertThat(lm.probability(List.of("<s>", "I"), "am")).isCloseTo(0.25 + 0.5 * pAmI, within(1e-12));
    }
}
