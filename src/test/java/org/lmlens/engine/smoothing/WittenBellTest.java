package org.lmlens.engine.smoothing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.model.LanguageModel;

/**
 * Witten-Bell on the SLP3 mini-corpus, bigram model. Unigram level: c() = 17 tokens, N1+(•) = 11 distinct
 * outcomes seen, |O| = 12. Context "I": c(I) = 3, continuations am (2), do (1), so N1+(I •) = 2.
 */
class WittenBellTest {
    private final LanguageModel lm = Corpora.model(Corpora.SLP3, 2, "witten-bell");

    @Test
    void seenBigram() {
        // P1(am) = (2 + 11 · 1/12) / (17 + 11) = 35/336 = 0.104167
        double p1 = (2 + 11.0 / 12) / 28;
        assertThat(p1).isCloseTo(35.0 / 336, within(1e-15));
        // P(am | I) = (2 + 2 · P1(am)) / (3 + 2) = 0.441667
        assertThat(lm.probability(List.of("I"), "am")).isCloseTo((2 + 2 * p1) / 5, within(1e-12))
                .isCloseTo(0.441667, within(1e-6));
    }

    @Test
    void unseenBigramGetsTheContextsNewWordShare() {
        // P1(ham) = (1 + 11/12) / 28 = 23/336; P(ham | I) = (0 + 2 · 23/336) / 5 = 46/1680 = 0.027381
        assertThat(lm.probability(List.of("I"), "ham")).isCloseTo(46.0 / 1680, within(1e-12));
        // <unk> never seen: P1(<unk>) = 11/12 / 28; P(<unk> | I) = 2/5 of it
        assertThat(lm.probability(List.of("I"), "<unk>")).isCloseTo(2.0 / 5 * (11.0 / 12) / 28, within(1e-12));
    }

    @Test
    void explainShowsTheWeightOfTheShorterContext() {
        Explanation e = lm.explain(List.of("I"), "am");
        assertThat(e.order()).isEqualTo(1);
        assertThat(e.count()).isEqualTo(2);
        assertThat(e.contextCount()).isEqualTo(3);
        assertThat(e.lowerOrderWeight()).isCloseTo(2.0 / 5, within(1e-12));
        assertThat(e.lowerOrderProbability()).isCloseTo(35.0 / 336, within(1e-12));
        assertThat(e.suppliedByOrder()).isEqualTo(2);
        assertThat(e.lower().lowerOrderWeight()).isCloseTo(11.0 / 28, within(1e-12));
    }
}
