package org.lmlens.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.model.Evaluation;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.SentenceScore;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.model.UndefinedContextException;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;

/** The worked example of Jurafsky &amp; Martin, SLP3 ch. 3 (eq. 3.11 and the numbers after it). */
class MiniCorpusTest {
    private final TrainedText text = TestCorpora.mini(3);
    private final LanguageModel mle = text.model(2, Methods.byName("mle"), Parameters.NONE);

    private double p(String context, String word) {
        return mle.probability(context.isEmpty() ? List.of() : List.of(context.split(" ")), word);
    }

    @Test
    void bigramProbabilitiesOfTheTextbook() {
        assertThat(p("<s>", "I")).isEqualTo(2.0 / 3);
        assertThat(p("<s>", "Sam")).isEqualTo(1.0 / 3);
        assertThat(p("I", "am")).isEqualTo(2.0 / 3);
        assertThat(p("Sam", "</s>")).isEqualTo(1.0 / 2);
        assertThat(p("am", "Sam")).isEqualTo(1.0 / 2);
        assertThat(p("I", "do")).isEqualTo(1.0 / 3);
    }

    @Test
    void nltkStylePaddingMeansTheSameAsOneSentenceStart() {
        LanguageModel trigram = text.model(3, Methods.byName("mle"), Parameters.NONE);
        assertThat(trigram.probability(List.of("<s>", "<s>"), "I")).isEqualTo(2.0 / 3);
        assertThat(trigram.probability(List.of("<s>", "I"), "am")).isEqualTo(1.0 / 2);
        assertThat(trigram.probability(List.of("I", "am"), "Sam")).isEqualTo(1.0 / 2);
        assertThat(trigram.probability(List.of("I", "am"), "</s>")).isEqualTo(1.0 / 2);
    }

    @Test
    void countsAndStatistics() {
        assertThat(text.corpus().sentenceCount()).isEqualTo(3);
        assertThat(text.corpus().wordTokens()).isEqualTo(14);
        assertThat(text.corpus().rawTypes()).isEqualTo(10);
        // 10 words + </s> as unigrams; <s> is counted only as a context.
        assertThat(text.counts().distinct(1)).isEqualTo(11);
        assertThat(text.counts().distinct(2)).isEqualTo(15);
        assertThat(text.counts().totalOutcomes()).isEqualTo(17);
        assertThat(text.counts().countOfCount(2, 2)).isEqualTo(2); // "<s> I" and "I am"
    }

    @Test
    void chainRuleScoreOfASentence() {
        SentenceScore s = mle.score(List.of("I", "am", "Sam"));
        double expected = Math.log10(2.0 / 3 * 2.0 / 3 * 1.0 / 2 * 1.0 / 2);
        assertThat(s.log10Prob()).isCloseTo(expected, within(1e-12));
        assertThat(s.tokens()).isEqualTo(4);
        assertThat(s.scores()).extracting(t -> String.join(" ", t.context()))
                .containsExactly("<s>", "I", "am", "Sam");
        assertThat(s.perplexity()).isCloseTo(Math.pow(10, -expected / 4), within(1e-12));
    }

    @Test
    void unseenEventUnderMleGivesInfinitePerplexityNotNaN() {
        SentenceScore s = mle.score(List.of("Sam", "like", "ham"));
        assertThat(s.scores().get(1).probability()).isZero();
        assertThat(s.perplexity()).isInfinite();
        Evaluation e = mle.evaluate(text.encode(org.lmlens.engine.text.TextSource.ofString("t", "Sam like ham\n"),
                Progress.NONE), Progress.NONE);
        assertThat(e.perplexity()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(e.zeroProbabilityTokens()).isEqualTo(2); // Sam|<s> is seen; like|Sam and ham|like are not
    }

    @Test
    void unseenContextHasNoMleDistribution() {
        assertThat(mle.isDefined(List.of("ham"))).isTrue(); // ham is followed by </s>
        assertThat(mle.isDefined(List.of("zebra"))).isFalse(); // <unk> never occurs in training
        assertThatThrownBy(() -> mle.distribution(List.of("zebra")))
                .isInstanceOf(UndefinedContextException.class).hasMessageContaining("never occurs");
    }

    @Test
    void laplaceOnTheMiniCorpus() {
        LanguageModel laplace = text.model(2, Methods.byName("laplace"), Parameters.NONE);
        // |O| = 10 words + </s> + <unk> = 12; c(I) = 3, c(I am) = 2.
        assertThat(laplace.probability(List.of("I"), "am")).isCloseTo(3.0 / 15, within(1e-15));
        assertThat(laplace.probability(List.of("I"), "ham")).isCloseTo(1.0 / 15, within(1e-15));
        assertThat(laplace.distribution(List.of("zebra")).probability("I")).isCloseTo(1.0 / 12, within(1e-15));
        assertThat(laplace.distribution(List.of("I")).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void lidstoneUsesK() {
        LanguageModel lid = text.model(2, Methods.byName("lidstone"), Parameters.NONE.with("k", 0.5));
        assertThat(lid.probability(List.of("I"), "am")).isCloseTo(2.5 / (3 + 0.5 * 12), within(1e-15));
    }
}
