package org.lmlens.engine.neural.lm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.Progress;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.Distribution;
import org.lmlens.engine.model.Evaluation;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.SamplingOptions;
import org.lmlens.engine.model.Sampler;
import org.lmlens.engine.model.SentenceScore;
import org.lmlens.engine.text.TextOptions;

/** The MLP and the bigram through the n-gram models' scoring surface; reproducibility from a seed. */
class NeuralModelTest {
    private static final String TEXT = TestCorpora.MINI + "Sam likes green eggs\nI like ham and eggs\n";

    private static Corpus corpus() {
        return CorpusBuilder.train(TestCorpora.sentences(TEXT), 1);
    }

    private static Trainer mlpTrainer(long seed, int context) {
        Corpus c = corpus();
        NeuralModel m = NeuralModel.initialise(NeuralConfig.mlp(context, 4, 8), c.vocabulary(), TextOptions.defaults(),
                seed);
        return new Trainer(m, Examples.of(c, context), Examples.of(c, context), TrainingOptions.adamw(8, 0.05, seed));
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndTheSameLossCurve() {
        Trainer a = mlpTrainer(7, 2);
        Trainer b = mlpTrainer(7, 2);
        List<LossPoint> curveA = new ArrayList<>();
        List<LossPoint> curveB = new ArrayList<>();
        a.train(60, 10, curveA::add, Progress.NONE);
        b.train(60, 10, curveB::add, Progress.NONE);
        assertThat(curveA).hasSize(6).isEqualTo(curveB);
        for (int i = 0; i < a.model().parameters().size(); i++) {
            assertThat(a.model().parameters().get(i).data).isEqualTo(b.model().parameters().get(i).data);
        }
        Trainer other = mlpTrainer(8, 2);
        assertThat(other.model().parameters().get(0).data).isNotEqualTo(mlpTrainer(7, 2).model().parameters().get(0).data);
    }

    @Test
    void trainingLowersTheLossAndTheModelScoresLikeAnNgramModel() {
        Trainer t = mlpTrainer(3, 2);
        double before = t.meanLoss(Examples.of(corpus(), 2));
        t.train(300, 100, p -> { }, Progress.NONE);
        double after = t.meanLoss(Examples.of(corpus(), 2));
        assertThat(after).isLessThan(before - 1);

        LanguageModel lm = t.model().languageModel();
        assertThat(lm.order()).isEqualTo(3);
        SentenceScore s = lm.score(List.of("I", "am", "Sam"));
        assertThat(s.scores()).hasSize(4);
        double sum = 0;
        for (var token : s.scores()) {
            sum += token.log10();
        }
        assertThat(s.log10Prob()).isCloseTo(sum, within(1e-9));
        // The test set scored through the estimator agrees with the trainer's mean cross-entropy.
        Evaluation e = lm.evaluate(corpus(), Progress.NONE);
        assertThat(Math.log(e.perplexity())).isCloseTo(after, within(1e-4));
        var sentences = new Sampler(lm, SamplingOptions.defaults()).generate(3, 5);
        assertThat(sentences).isEqualTo(new Sampler(lm, SamplingOptions.defaults()).generate(3, 5));
    }

    /** Every distribution sums to 1 over the outcomes, and &lt;s&gt; gets exactly 0. */
    @Property(tries = 30)
    void distributionsSumToOne(@ForAll @IntRange(min = 1, max = 4) int context, @ForAll long seed,
                               @ForAll @IntRange(min = 0, max = 5) int length) {
        Corpus c = corpus();
        NeuralModel m = NeuralModel.initialise(NeuralConfig.mlp(context, 3, 5), c.vocabulary(), TextOptions.defaults(),
                seed);
        LanguageModel lm = m.languageModel();
        Vocabulary v = c.vocabulary();
        List<String> history = new ArrayList<>();
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        for (int i = 0; i < length; i++) {
            history.add(v.word(r.nextInt(v.size())));
        }
        Distribution d = lm.distribution(history);
        assertThat(d.sum()).isCloseTo(1.0, within(1e-9));
        assertThat(d.probability(Vocabulary.BOS)).isZero();
        assertThat(lm.probability(history, "Sam")).isCloseTo(d.probability("Sam"), within(1e-12));
    }

    @Test
    void aPaddedContextAndACutOneAreTheSameHistory() {
        Trainer t = mlpTrainer(5, 3);
        LanguageModel lm = t.model().languageModel();
        assertThat(lm.distribution(List.of("<s>", "I")).toArray())
                .isEqualTo(lm.distribution(List.of("<s>", "<s>", "<s>", "I")).toArray());
    }

    @Test
    void theLanguageModelIsASnapshotThatLaterTrainingLeavesAlone() {
        Trainer t = mlpTrainer(5, 2);
        LanguageModel lm = t.model().languageModel();
        double before = lm.probability(List.of("I"), "am");
        t.train(20, 20, p -> { }, Progress.NONE);
        assertThat(lm.probability(List.of("I"), "am")).isEqualTo(before);
        assertThat(t.model().languageModel().probability(List.of("I"), "am")).isNotEqualTo(before);
    }
}
