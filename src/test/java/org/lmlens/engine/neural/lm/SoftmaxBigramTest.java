package org.lmlens.engine.neural.lm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.Distribution;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.text.TextOptions;

/** The softmax bigram trained by maximum likelihood becomes the MLE bigram table (SLP3 eq. 3.11). */
class SoftmaxBigramTest {
    @Test
    void convergesToTheMaximumLikelihoodTableOnIAmSam() {
        TrainedText text = TestCorpora.mini(2);
        Corpus corpus = text.corpus();
        Vocabulary v = corpus.vocabulary();
        NeuralModel model = NeuralModel.initialise(NeuralConfig.bigram(), v, TextOptions.defaults(), 1);
        Examples examples = Examples.of(corpus, 1);
        Trainer trainer = new Trainer(model, examples, null, TrainingOptions.adamw(examples.size(), 0.5, 1));
        for (int i = 0; i < 1500; i++) {
            trainer.step();
        }
        LanguageModel neural = model.languageModel(text.counts());
        LanguageModel mle = text.model(2, Methods.byName("mle"), org.lmlens.engine.smoothing.Parameters.NONE);
        int checked = 0;
        for (int context = 0; context < v.size(); context++) {
            List<String> h = List.of(v.word(context));
            if (context == Vocabulary.EOS || !mle.isDefined(h)) {
                continue;
            }
            Distribution expected = mle.distribution(h);
            Distribution actual = neural.distribution(h);
            for (int w = 0; w < v.size(); w++) {
                assertThat(actual.probability(w)).as("P(%s | %s)", v.word(w), v.word(context))
                        .isCloseTo(expected.probability(w), within(1e-3));
            }
            assertThat(actual.sum()).isCloseTo(1.0, within(1e-9));
            checked++;
        }
        assertThat(checked).isEqualTo(11); // <s> and the ten words that are followed by something
        assertThat(neural.probability(List.of("I"), "am")).isCloseTo(2.0 / 3, within(1e-3));
    }

    /**
     * An L2 penalty acts like add-k smoothing: the larger λ, the more probability an unseen bigram gets,
     * and a penalty gives finite held-out perplexity where maximum likelihood gives (almost) none.
     */
    @Test
    void anL2PenaltySmoothsLikeAddK() {
        TrainedText text = TestCorpora.mini(2);
        Corpus corpus = text.corpus();
        Examples examples = Examples.of(corpus, 1);
        double previous = -1;
        for (double lambda : new double[] {0, 1e-3, 1e-2, 1e-1}) {
            NeuralModel m = NeuralModel.initialise(NeuralConfig.bigram(), corpus.vocabulary(), TextOptions.defaults(), 1);
            Trainer t = new Trainer(m, examples, null, TrainingOptions.adamw(examples.size(), 0.3, 1).withL2(lambda));
            for (int i = 0; i < 1500; i++) {
                t.step();
            }
            double unseen = m.languageModel().probability(List.of("I"), "Sam"); // c(I Sam) = 0
            assertThat(unseen).as("λ = %s", lambda).isGreaterThan(previous);
            previous = unseen;
        }
        assertThat(previous).isGreaterThan(0.01);
    }
}
