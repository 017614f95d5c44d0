package org.lmlens.engine.smoothing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.model.LanguageModel;

class GoodTuringTest {
    /**
     * Bigrams of the SLP3 mini-corpus: N1 = 13, N2 = 2, N = 17. Z_1 = 13 / (0.5 · (2 − 0)) = 13,
     * Z_2 = 2 / (0.5 · (3 − 1)) = 2; the line through (ln 1, ln 13) and (ln 2, ln 2) has slope
     * b = ln(2/13)/ln 2 = −2.7004. At r = 1 Turing's 2·N2/N1 = 4/13 equals the line's 1 · 2^(b+1) = 4/13,
     * so the log-linear estimate is used from r = 1: 1* = 4/13, 2* = 2 · 1.5^(b+1) = 1.00366. Renormalised
     * so the seen bigrams share N − N1 = 4: factor 4 / (13 · 4/13 + 2 · 2*).
     */
    private static final double B = Math.log(2.0 / 13) / Math.log(2);
    private static final double STAR2_RAW = 2 * Math.pow(1.5, B + 1);
    private static final double FACTOR = 4 / (4 + 2 * STAR2_RAW);
    private static final double STAR1 = 4.0 / 13 * FACTOR;
    private static final double STAR2 = STAR2_RAW * FACTOR;

    @Test
    void simpleGoodTuringOnTheMiniCorpusBigrams() {
        SimpleGoodTuring sgt = SimpleGoodTuring.fit(new long[] {0, 13, 2});
        assertThat(sgt.fitted()).isTrue();
        assertThat(sgt.slope()).isCloseTo(B, within(1e-12)).isCloseTo(-2.7004, within(1e-4));
        assertThat(sgt.intercept()).isCloseTo(Math.log(13), within(1e-12));
        assertThat(sgt.switchedAt()).isEqualTo(1);
        assertThat(sgt.adjusted(1)).isCloseTo(STAR1, within(1e-12)).isCloseTo(0.204877, within(1e-6));
        assertThat(sgt.adjusted(2)).isCloseTo(STAR2, within(1e-12));
        assertThat(sgt.unseenMass()).isCloseTo(13.0 / 17, within(1e-15));
    }

    @Test
    void turingEstimatesAreKeptWhileTheyDifferFromTheLine() {
        // N = 1000·1 + 500·2 + 100·3 + 100·4 = 2700; the fitted slope is b = −1.8378.
        // r = 1: Turing 2·500/1000 = 1.0, line 1·2^(b+1) = 0.559, sd √(4·500/1000²·1.5) = 0.0548: keep Turing.
        // r = 2: Turing 3·100/500 = 0.6, line 1.424, sd 0.0657: keep Turing.
        // r = 3: Turing 4·100/100 = 4.0 (noisy: more than r itself), line 2.357, sd 0.566: keep Turing.
        // r = 4: N_5 = 0, Turing undefined: switch to the line, 4·1.25^(b+1) = 3.318.
        long[] nc = {0, 1000, 500, 100, 100};
        SimpleGoodTuring sgt = SimpleGoodTuring.fit(nc);
        assertThat(sgt.fitted()).isTrue();
        assertThat(sgt.slope()).isCloseTo(-1.8378, within(1e-4));
        assertThat(sgt.switchedAt()).isEqualTo(4);
        double b = sgt.slope();
        double[] raw = {0, 1.0, 0.6, 4.0, 4 * Math.pow(1.25, b + 1)};
        double total = 1000 * raw[1] + 500 * raw[2] + 100 * raw[3] + 100 * raw[4];
        for (int r = 1; r <= 4; r++) {
            assertThat(sgt.adjusted(r)).as("r = %d", r).isCloseTo(raw[r] * (2700 - 1000) / total, within(1e-12));
        }
    }

    @Test
    void gapsInTheCountOfCountsDoNotBreakIt() {
        // N_2 = 0 would make Turing's 1* = 0; the line gives every occurring r a positive r* below r.
        long[] nc = {0, 20, 0, 6, 0, 2, 0, 0, 1};
        SimpleGoodTuring sgt = SimpleGoodTuring.fit(nc);
        assertThat(sgt.fitted()).isTrue();
        long n = 20 + 18 + 10 + 8;
        double seen = 0;
        for (int r = 1; r < nc.length; r++) {
            if (nc[r] > 0) {
                assertThat(sgt.adjusted(r)).as("r = %d", r).isPositive().isLessThan(r);
                seen += nc[r] * sgt.adjusted(r);
            }
        }
        assertThat(seen).isCloseTo(n - 20, within(1e-9));
    }

    @Test
    void conditionalProbabilitiesOnTheMiniCorpus() {
        LanguageModel lm = Corpora.model(Corpora.SLP3, 2, "good-turing");
        // Context "I": c = 3, seen am (2) and do (1). P(am | I) = 2*/3 = 0.222767.
        assertThat(lm.probability(List.of("I"), "am")).isCloseTo(STAR2 / 3, within(1e-12))
                .isCloseTo(0.2228, within(1e-4));
        assertThat(lm.probability(List.of("I"), "do")).isCloseTo(STAR1 / 3, within(1e-12));
        // The rest, 1 − (2* + 1*)/3, is shared evenly by the 10 outcomes not seen after "I".
        double unseen = (1 - (STAR2 + STAR1) / 3) / 10;
        assertThat(lm.probability(List.of("I"), "ham")).isCloseTo(unseen, within(1e-12));
        assertThat(lm.probability(List.of("I"), "<unk>")).isCloseTo(unseen, within(1e-12));
        Explanation e = lm.explain(List.of("I"), "am");
        assertThat(e.adjustedCount()).isCloseTo(STAR2, within(1e-12));
        assertThat(e.discount()).isCloseTo(2 - STAR2, within(1e-12));
        assertThat(e.lowerOrderWeight()).as("unseen mass of the context").isCloseTo(10 * unseen, within(1e-12));
    }

    @Test
    void unseenContextUsesItsLongestSeenSuffix() {
        LanguageModel lm = Corpora.model(Corpora.SLP3, 2, "good-turing");
        // "zz" is unknown: the empty context (unigrams) is used. Unigrams N1 = 7, N2 = 2, N3 = 2, N = 17.
        SimpleGoodTuring uni = SimpleGoodTuring.fit(new long[] {0, 7, 2, 2});
        assertThat(lm.probability(List.of("zz"), "I")).isCloseTo(uni.adjusted(3) / 17, within(1e-12));
        double seenMass = (7 * uni.adjusted(1) + 2 * uni.adjusted(2) + 2 * uni.adjusted(3)) / 17;
        // Only <unk> is unseen among the 12 outcomes; Σ N_r r* = N − N1 = 10, so it gets 7/17.
        assertThat(seenMass).isCloseTo(10.0 / 17, within(1e-12));
        assertThat(lm.probability(List.of("zz"), "<unk>")).isCloseTo(7.0 / 17, within(1e-12));
    }
}
