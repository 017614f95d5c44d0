package org.lmlens.engine.smoothing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.count.NgramCounter;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.Progress;

/**
 * Modified Kneser-Ney on a corpus small enough to follow KenLM's formulas by hand.
 *
 * <pre>
 *   a b          tokens: &lt;s&gt; a b &lt;/s&gt;
 *   a b                  &lt;s&gt; a b &lt;/s&gt;
 *   b a                  &lt;s&gt; b a &lt;/s&gt;
 *   c a b                &lt;s&gt; c a b &lt;/s&gt;
 * </pre>
 *
 * Order 2. Bigram (top order, raw counts): &lt;s&gt; a 2, a b 3, b &lt;/s&gt; 3, &lt;s&gt; b 1, b a 1, a &lt;/s&gt; 1,
 * &lt;s&gt; c 1, c a 1, so n1 = 5, n2 = 1, n3 = 2, n4 = 0; Y = 5 / (5 + 2·1) = 5/7;
 * D2 = 2 - 3·(5/7)·(2/1) = -2.29 &lt; 0: out of range, KenLM would throw; fallback D = 0.5, 1, 1.5.
 *
 * <p>Unigrams (adjusted = distinct left neighbours): a ← {&lt;s&gt;, b, c} = 3, b ← {a, &lt;s&gt;} = 2,
 * c ← {&lt;s&gt;} = 1, &lt;/s&gt; ← {b, a} = 2, &lt;unk&gt; = &lt;s&gt; = 0. n1 = 1, n2 = 2, n3 = 1, n4 = 0;
 * Y = 1 / (1 + 4) = 0.2; D1 = 1 - 2·0.2·2/1 = 0.2; D2 = 2 - 3·0.2·1/2 = 1.7; D3+ = 3 - 4·0.2·0/1 = 3.
 * Σ a = 3 + 2 + 1 + 2 = 8; γ(ε) = (0.2·1 + 1.7·2 + 3·1) / 8 = 6.6 / 8 = 0.825; |O| = 5 (a b c &lt;/s&gt; &lt;unk&gt;),
 * so the uniform share is 0.825 / 5 = 0.165:
 * P1(a) = (3 - 3)/8 + 0.165 = 0.165; P1(b) = (2 - 1.7)/8 + 0.165 = 0.2025; P1(c) = (1 - 0.2)/8 + 0.165 = 0.265;
 * P1(&lt;/s&gt;) = 0.2025; P1(&lt;unk&gt;) = 0.165 (sum 1).
 */
class ModifiedKneserNeyTest {
    private static final List<List<String>> TINY = List.of(
            List.of("a", "b"), List.of("a", "b"), List.of("b", "a"), List.of("c", "a", "b"));

    private static LanguageModel model(List<List<String>> sentences, int order) {
        NgramCounts counts = NgramCounter.count(CorpusBuilder.train(sentences, 1), order, Progress.NONE);
        return LanguageModel.of(counts, order, Methods.byName("modified-kneser-ney"));
    }

    @Test
    void discountsFollowKenLmFormulaAndFallBackWhenOutOfRange() {
        LanguageModel lm = model(TINY, 2);
        ModifiedKneserNey.Mkn est = (ModifiedKneserNey.Mkn) lm.estimator();
        assertThat(est.discount(1, 1)).isCloseTo(0.2, within(1e-6));
        assertThat(est.discount(1, 2)).isCloseTo(1.7, within(1e-6));
        assertThat(est.discount(1, 3)).isCloseTo(3.0, within(1e-6));
        assertThat(new double[] {est.discount(2, 1), est.discount(2, 2), est.discount(2, 3)})
                .containsExactly(0.5, 1.0, 1.5);
        assertThat(est.notices()).hasSize(1);
        assertThat(est.notices().get(0)).contains("2-gram").contains("5 1 2 0").contains("D1=0.5 D2=1 D3+=1.5");
        assertThat(est.fittedParameters()).containsEntry("D1", "1: 0.19999999, 2: 0.5");
    }

    @Test
    void unigramLevelMatchesHandComputation() {
        LanguageModel lm = model(TINY, 2);
        // An unseen context (<unk>) interpolates straight down to the unigram level.
        assertThat(lm.probability(List.of("zzz"), "a")).isCloseTo(0.165, within(1e-7));
        assertThat(lm.probability(List.of("zzz"), "b")).isCloseTo(0.2025, within(1e-7));
        assertThat(lm.probability(List.of("zzz"), "c")).isCloseTo(0.265, within(1e-7));
        assertThat(lm.probability(List.of("zzz"), "</s>")).isCloseTo(0.2025, within(1e-7));
        assertThat(lm.probability(List.of("zzz"), "<unk>")).isCloseTo(0.165, within(1e-7));
        assertThat(lm.probability(List.of("zzz"), "never-seen")).isCloseTo(0.165, within(1e-7));
    }

    @Test
    void bigramLevelMatchesHandComputation() {
        LanguageModel lm = model(TINY, 2);
        // Context a: children b (3), </s> (1); Σ = 4; D3+ = 1.5, D1 = 0.5 (fallback).
        // α(b|a) = (3 - 1.5)/4 = 0.375; α(</s>|a) = (1 - 0.5)/4 = 0.125; γ(a) = (0.5·1 + 1.5·1)/4 = 0.5.
        assertThat(lm.probability(List.of("a"), "b")).isCloseTo(0.375 + 0.5 * 0.2025, within(1e-7)); // 0.47625
        assertThat(lm.probability(List.of("a"), "</s>")).isCloseTo(0.125 + 0.5 * 0.2025, within(1e-7));
        assertThat(lm.probability(List.of("a"), "c")).isCloseTo(0.5 * 0.265, within(1e-7)); // unseen: γ·P1
        // Context <s>: children a (2, raw count: it starts with <s>), b (1), c (1); Σ = 4.
        // α(a|<s>) = (2 - 1)/4 = 0.25; γ(<s>) = (0.5·2 + 1·1)/4 = 0.5.
        assertThat(lm.probability(List.of("<s>"), "a")).isCloseTo(0.25 + 0.5 * 0.165, within(1e-7)); // 0.3325
        assertThat(lm.probability(List.of("<s>"), "</s>")).isCloseTo(0.5 * 0.2025, within(1e-7));
        // Context c: child a (1); α = (1 - 0.5)/1 = 0.5; γ(c) = 0.5·1/1 = 0.5.
        assertThat(lm.probability(List.of("c"), "a")).isCloseTo(0.5 + 0.5 * 0.165, within(1e-7)); // 0.5825
        assertThat(lm.probability(List.of("a"), "<s>")).isZero();
    }

    @Test
    void explanationShowsRawAndAdjustedCountsDiscountAndGamma() {
        LanguageModel lm = model(TINY, 2);
        Explanation ex = lm.explain(List.of("a"), "b");
        assertThat(ex.order()).isEqualTo(1);
        assertThat(ex.count()).isEqualTo(3);
        assertThat(ex.levelCount()).isEqualTo(3);
        assertThat(ex.contextCount()).isEqualTo(4);
        assertThat(ex.discount()).isEqualTo(1.5);
        assertThat(ex.lowerOrderWeight()).isCloseTo(0.5, within(1e-12));
        assertThat(ex.lowerOrderProbability()).isCloseTo(0.2025, within(1e-7));
        assertThat(ex.suppliedByOrder()).isEqualTo(2);
        assertThat(ex.backedOff()).isFalse();
        Explanation uni = ex.lower();
        assertThat(uni.count()).isEqualTo(4); // raw c(b): a b twice, b a, c a b
        assertThat(uni.levelCount()).isEqualTo(2); // adjusted: distinct left neighbours {a, <s>}
        assertThat(uni.discount()).isCloseTo(1.7, within(1e-6));
        assertThat(uni.lowerOrderWeight()).isCloseTo(0.825, within(1e-6));
        assertThat(uni.contextCount()).isEqualTo(8);

        Explanation unseen = lm.explain(List.of("a"), "c");
        assertThat(unseen.backedOff()).isTrue();
        assertThat(unseen.suppliedByOrder()).isEqualTo(1);
        assertThat(unseen.discount()).isZero();
    }

    @Test
    void threeSentenceCorpusWorksAtEveryOrderWithNotices() {
        List<List<String>> mini = List.of(List.of("I", "am", "Sam"), List.of("Sam", "I", "am"),
                List.of("I", "do", "not", "like", "green", "eggs", "and", "ham"));
        for (int order = 1; order <= 4; order++) {
            LanguageModel lm = model(mini, order);
            // Unigrams: raw n1..n4 = 7 2 2 0 give valid discounts; every higher order needs the fallback.
            assertThat(lm.estimator().notices()).hasSize(order - 1);
            double[] dist = lm.distribution(List.of("<s>", "I")).toArray();
            assertThat(Arrays.stream(dist).sum()).isCloseTo(1.0, within(1e-12));
            assertThat(lm.probability(List.of("<s>", "I"), "am")).isBetween(0.0, 1.0);
            assertThat(lm.score(List.of("I", "am", "Sam")).log10Prob()).isFinite();
        }
    }

    @Test
    void matchesReferenceOnTheTinyCorpus() {
        ReferenceMkn ref = new ReferenceMkn(TINY, 2);
        LanguageModel lm = model(TINY, 2);
        assertThat(ref.fellBack).containsExactly(false, false, true);
        for (List<String> h : ref.contexts()) {
            for (String w : ref.outcomeWords()) {
                assertThat(lm.probability(h, w)).isCloseTo(ref.probability(h, w), within(1e-12));
            }
        }
    }
}
