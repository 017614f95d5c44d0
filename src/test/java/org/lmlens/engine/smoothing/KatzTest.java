package org.lmlens.engine.smoothing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.model.LanguageModel;

class KatzTest {
    @Test
    void katzDiscountRatios() {
        // N1..N6 = 100, 40, 20, 12, 8, 6. A = (k+1) N6 / N1 = 6·6/100 = 0.36; d_r = (r*/r − A)/(1 − A):
        // 1* = 2·40/100 = 0.8    → d1 = (0.8 − 0.36)/0.64 = 0.6875
        // 2* = 3·20/40  = 1.5    → d2 = (0.75 − 0.36)/0.64 = 0.609375
        // 3* = 4·12/20  = 2.4    → d3 = (0.8 − 0.36)/0.64 = 0.6875
        // 4* = 5·8/12   = 3.333  → d4 = (0.8333 − 0.36)/0.64 = 0.739583
        // 5* = 6·6/8    = 4.5    → d5 = (0.9 − 0.36)/0.64 = 0.84375
        List<String> notices = new ArrayList<>();
        double[] d = Katz.discountRatios(new long[] {0, 100, 40, 20, 12, 8, 6}, 2, notices);
        assertThat(d[1]).isCloseTo(0.6875, within(1e-12));
        assertThat(d[2]).isCloseTo(0.609375, within(1e-12));
        assertThat(d[3]).isCloseTo(0.6875, within(1e-12));
        assertThat(d[4]).isCloseTo((5.0 * 8 / 12 / 4 - 0.36) / 0.64, within(1e-12));
        assertThat(d[5]).isCloseTo(0.84375, within(1e-12));
        assertThat(notices).isEmpty();
    }

    @Test
    void lowersKWhenADiscountIsOutOfRange() {
        // N1..N5 = 100, 40, 20, 0, 5. k = 5, 4, 3 need d3 with N4 = 0, i.e. 3* = 0: out of range.
        // k = 2: A = 3·20/100 = 0.6, d1 = (0.8 − 0.6)/0.4 = 0.5, d2 = (0.75 − 0.6)/0.4 = 0.375; counts above 2 kept.
        List<String> notices = new ArrayList<>();
        double[] d = Katz.discountRatios(new long[] {0, 100, 40, 20, 0, 5}, 3, notices);
        assertThat(d[1]).isCloseTo(0.5, within(1e-12));
        assertThat(d[2]).isCloseTo(0.375, within(1e-12));
        assertThat(d[3]).isEqualTo(1);
        assertThat(d[5]).isEqualTo(1);
        assertThat(notices).singleElement().asString().contains("order 3").contains("above count 2");
    }

    @Test
    void backOffOnTheMiniCorpus() {
        // The mini-corpus is too small for Katz: at both orders every k fails (unigrams: 2* = 3·2/2 = 3 > 2,
        // and with k = 1, d1 = 0 always), so d_r = (r − 0.5)/r: c* = c − 0.5.
        LanguageModel lm = Corpora.model(Corpora.SLP3, 2, "katz");
        assertThat(lm.estimator().notices()).hasSize(2);
        // Unigrams: 11 seen outcomes share Σ c* = 17 − 5.5 = 11.5 of 17; the unseen <unk> has 1/12 of the
        // uniform mass, so α() = (5.5/17) / (1/12) = 66/17 and P(<unk>) = 5.5/17.
        assertThat(lm.probability(List.of("zz"), "<unk>")).isCloseTo(5.5 / 17, within(1e-12));
        assertThat(lm.probability(List.of("zz"), "am")).isCloseTo(1.5 / 17, within(1e-12));
        // Context "I" (c = 3): am 2 → 1.5, do 1 → 0.5. P(am | I) = 1.5/3 = 0.5.
        assertThat(lm.probability(List.of("I"), "am")).isCloseTo(0.5, within(1e-12));
        // Left over 1/3; the lower order gave am and do (1.5 + 0.5)/17, so α(I) = (1/3)/(15/17) = 17/45, and
        // P(ham | I) = 17/45 · 0.5/17 = 1/90.
        assertThat(lm.probability(List.of("I"), "ham")).isCloseTo(1.0 / 90, within(1e-12));
        Explanation e = lm.explain(List.of("I"), "ham");
        assertThat(e.backedOff()).isTrue();
        assertThat(e.lowerOrderWeight()).isCloseTo(17.0 / 45, within(1e-12));
        assertThat(e.lowerOrderProbability()).isCloseTo(0.5 / 17, within(1e-12));
        assertThat(e.suppliedByOrder()).isEqualTo(1);
        Explanation seen = lm.explain(List.of("I"), "am");
        assertThat(seen.adjustedCount()).isCloseTo(1.5, within(1e-12));
        assertThat(seen.discount()).isCloseTo(0.5, within(1e-12));
        assertThat(seen.suppliedByOrder()).isEqualTo(2);
    }

    @Test
    void contextWhoseContinuationsAreAllFrequentStillLeavesMassForUnseenWords() {
        // "x" is always followed by "y", 7 times: d_7 = 1 would leave nothing for the unseen words after x.
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            lines.add("x y");
        }
        lines.addAll(List.of("a b", "b a", "a c", "c d", "d a", "e"));
        LanguageModel lm = Corpora.model(lines, 2, "katz");
        assertThat(lm.probability(List.of("x"), "a")).isPositive();
        assertThat(lm.distribution(List.of("x")).sum()).isCloseTo(1.0, within(1e-12));
        Explanation e = lm.explain(List.of("x"), "y");
        assertThat(e.count()).isEqualTo(7);
        assertThat(e.adjustedCount()).isLessThan(7);
    }
}
