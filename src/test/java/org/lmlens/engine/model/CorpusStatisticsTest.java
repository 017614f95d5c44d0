package org.lmlens.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.Progress;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.count.NgramCounter;
import org.lmlens.engine.count.NgramCounts;

class CorpusStatisticsTest {
    private final TrainedText mini = TestCorpora.mini(3);

    @Test
    void summaryOfTheMiniCorpus() {
        CorpusStatistics.Summary s = CorpusStatistics.summary(mini.corpus(), mini.counts());
        assertThat(s.sentences()).isEqualTo(3);
        assertThat(s.tokens()).isEqualTo(14);
        assertThat(s.types()).isEqualTo(10);
        assertThat(s.typeTokenRatio()).isCloseTo(10.0 / 14, within(1e-12));
        // I, Sam, am occur 3, 2, 2 times; the 7 other words once
        assertThat(s.hapax()).isEqualTo(7);
        assertThat(CorpusStatistics.frequencies(mini.counts())).containsExactly(3, 2, 2, 1, 1, 1, 1, 1, 1, 1);
    }

    @Test
    void zipfFitRecoversAnExactPowerLaw() {
        // frequency of rank r is 1000 / r (rounded): slope -1, intercept log10 1000 = 3
        List<List<String>> sentences = new ArrayList<>();
        for (int r = 1; r <= 50; r++) {
            int f = (int) Math.round(1000.0 / r);
            for (int i = 0; i < f; i++) {
                sentences.add(List.of("w" + r));
            }
        }
        Corpus c = CorpusBuilder.train(sentences, 1);
        CorpusStatistics.ZipfFit fit = CorpusStatistics.zipf(NgramCounter.count(c, 1, Progress.NONE));
        assertThat(fit.slope()).isCloseTo(-1.0, within(0.01));
        assertThat(fit.intercept()).isCloseTo(3.0, within(0.01));
        assertThat(fit.r2()).isGreaterThan(0.999);
        assertThat(fit.fitted(10)).isCloseTo(100, within(3.0));
    }

    @Test
    void countOfCountsAreTheCountsTables() {
        long[][] nc = CorpusStatistics.countOfCounts(mini.counts(), 10);
        assertThat(nc).hasNumberOfRows(3);
        assertThat(nc[1][1]).isEqualTo(2); // "<s> I", "I am" occur twice
        assertThat(nc[0][0]).isEqualTo(7); // the 7 words seen once
        assertThat(nc[0][2]).isEqualTo(2); // "I" and "</s>" three times
    }

    @Test
    void heldOutSharesWithoutCountingTheTrainingPartEqualTheDirectOnes() {
        String text = TestCorpora.MINI + "I like green ham\nSam likes eggs\nI am not Sam\ndo you like Sam\n"
                + "green eggs and ham\nI do not like them Sam I am\n";
        TrainedText t = TrainedText.of(CorpusBuilder.train(TestCorpora.sentences(text), 1), 4);
        for (long seed = 1; seed <= 5; seed++) {
            var split = org.lmlens.engine.eval.HeldOutSplit.of(t.corpus(), 0.3, seed, 1);
            double[] direct = CorpusStatistics.unseenShare(NgramCounter.count(split.training(), 4, Progress.NONE),
                    split.test());
            double[] derived = CorpusStatistics.unseenShareOfHeldOut(t.corpus(), t.counts(), split.testSentences(),
                    Progress.NONE);
            assertThat(derived).containsExactly(direct, within(1e-15));
        }
    }

    @Test
    void unseenShareCountsTestWindowsMissingFromTraining() {
        NgramCounts counts = mini.counts();
        Corpus test = CorpusBuilder.encode(TestCorpora.sentences("I am ham\n"), mini.corpus().vocabulary());
        double[] u = CorpusStatistics.unseenShare(counts, test);
        // unigrams I am ham </s>: all seen
        assertThat(u[0]).isEqualTo(0.0);
        // bigrams <s> I, I am, am ham, ham </s>: "am ham" unseen
        assertThat(u[1]).isEqualTo(0.25);
        // trigrams <s> I am, I am ham, am ham </s>: two unseen
        assertThat(u[2]).isCloseTo(2.0 / 3, within(1e-12));
    }
}
