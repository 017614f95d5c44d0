package org.lmlens.engine.smoothing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.model.Distribution;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;

class StupidBackoffTest {
    private final TrainedText text = Corpora.text(Corpora.SLP3, 3);
    private final LanguageModel bigram = text.model(2, new StupidBackoff(), Parameters.NONE);
    private final LanguageModel trigram = text.model(3, new StupidBackoff(), Parameters.NONE);

    @Test
    void relativeFrequencyOrAlphaTimesTheShorterContext() {
        // S(am | I) = c(I am)/c(I) = 2/3
        assertThat(bigram.probability(List.of("I"), "am")).isCloseTo(2.0 / 3, within(1e-15));
        // S(ham | I) = 0.4 · c(ham)/N = 0.4 · 1/17
        assertThat(bigram.probability(List.of("I"), "ham")).isCloseTo(0.4 / 17, within(1e-15));
        // Trigram, seen context "Sam I" (followed by am only): S(ham | Sam I) = 0.4 · 0.4 · 1/17
        assertThat(trigram.probability(List.of("Sam", "I"), "ham")).isCloseTo(0.16 / 17, within(1e-15));
        // Unseen context "zz I" (zz is <unk>): α for the dropped word, then S(am | I) = 2/3.
        assertThat(trigram.probability(List.of("zz", "I"), "am")).isCloseTo(0.4 * 2 / 3, within(1e-15));
        // A word never seen in training scores 0, as in Brants et al.
        assertThat(bigram.probability(List.of("I"), "<unk>")).isZero();
        // The parameter changes α.
        LanguageModel half = text.model(2, new StupidBackoff(), Parameters.NONE.with("alpha", 0.5));
        assertThat(half.probability(List.of("I"), "ham")).isCloseTo(0.5 / 17, within(1e-15));
    }

    @Test
    void scoresDoNotSumToOneAndDistributionAgreesWithProbability() {
        assertThat(new StupidBackoff().isNormalised()).isFalse();
        for (List<String> ctx : List.of(List.of("I"), List.of("Sam", "I"), List.of("zz", "I"), List.of("<s>"))) {
            Distribution d = trigram.distribution(ctx);
            for (String w : trigram.vocabulary().words()) {
                assertThat(d.probability(w)).as("S(%s | %s)", w, ctx).isCloseTo(trigram.probability(ctx, w), within(1e-15));
                if (!"<s>".equals(w)) {
                    assertThat(trigram.explain(ctx, w).probability()).isCloseTo(trigram.probability(ctx, w), within(1e-15));
                }
            }
        }
        // Context "I": 2/3 + 1/3 on am and do, plus 0.4 · (17 − 3)/17 on the rest = 1 + 0.329412.
        assertThat(bigram.distribution(List.of("I")).sum()).isCloseTo(1 + 0.4 * 14 / 17, within(1e-12));
    }

    @Test
    void evaluateRefusesBecausePerplexityIsUndefined() {
        var test = CorpusBuilder.encode(List.of(List.of("I", "am")), text.corpus().vocabulary());
        assertThatThrownBy(() -> trigram.evaluate(test, Progress.NONE)).isInstanceOf(LmLensException.class)
                .hasMessageContaining("stupid-backoff").hasMessageContaining("not probabilities")
                .hasMessageContaining("undefined");
        // score still works: the chain of scores, S(I | <s>) · S(am | <s> I) · S(</s> | I am) = 2/3 · 1/2 · 1/2.
        assertThat(trigram.score(List.of("I", "am")).log10Prob()).isCloseTo(Math.log10(2.0 / 3 * 0.5 * 0.5), within(1e-12));
    }
}
