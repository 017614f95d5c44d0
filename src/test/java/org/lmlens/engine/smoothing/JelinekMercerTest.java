package org.lmlens.engine.smoothing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.count.NgramCounter;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;

class JelinekMercerTest {
    private static final List<String> TWELVE = List.of("a b c", "a b", "b c a", "c a b", "a c", "b b c",
            "a b c a", "c c", "b a", "a a b", "c b a", "b c");

    @Test
    void withoutHeldOutTextEveryMuIsHalf() {
        // Three sentences: no held-out slice. μ = 0.5 at both levels: λ2 = 0.5, λ1 = 0.25, λ0 = 0.25.
        LanguageModel lm = Corpora.model(Corpora.SLP3, 2, "jelinek-mercer");
        Map<String, Object> fitted = lm.estimator().fittedParameters();
        assertThat(fitted).containsEntry("lambda0", 0.25).containsEntry("lambda1", 0.25).containsEntry("lambda2", 0.5);
        assertThat(lm.estimator().notices()).singleElement().asString().contains("mu_k = 0.5");
        // P(am | I) = 0.5 · 2/3 + 0.25 · 2/17 + 0.25 / 12 = 0.383578
        assertThat(lm.probability(List.of("I"), "am")).isCloseTo(0.5 * 2 / 3 + 0.25 * 2 / 17 + 0.25 / 12, within(1e-12))
                .isCloseTo(0.383578, within(1e-6));
        // Unseen context: its λ2 goes to the lower levels in proportion, 0.5 · 2/17 + 0.5/12.
        assertThat(lm.probability(List.of("zz"), "am")).isCloseTo(0.5 * 2 / 17 + 0.5 / 12, within(1e-12));
    }

    @Test
    void fittedWeightsAreALocalMaximumOfTheHeldOutLikelihood() {
        Corpus training = Corpora.corpus(TWELVE);
        // The slice the method holds out: every 10th sentence, here index 9 only, "a a b"; the rest is recounted.
        int[] rest = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11};
        NgramCounts fitCounts = NgramCounter.count(training.select(rest), 3, Progress.NONE);
        JelinekMercer.LambdaFit fit = new JelinekMercer.LambdaFit(fitCounts, 3, training.select(new int[] {9}));
        assertThat(fit.tokens()).isEqualTo(4); // a, a, b, </s>
        double[] mu = {1, 0.5, 0.5, 0.5};
        double before = fit.logLikelihood(mu);
        fit.run(mu);
        double after = fit.logLikelihood(mu);
        assertThat(after).isGreaterThan(before);
        for (int k = 1; k <= 3; k++) {
            for (double step : new double[] {-0.01, 0.01}) {
                double[] moved = mu.clone();
                moved[k] = Math.min(1 - 1e-6, Math.max(1e-6, moved[k] + step));
                assertThat(fit.logLikelihood(moved)).as("mu_%d %+.2f", k, step).isLessThanOrEqualTo(after + 1e-9);
            }
        }
        // The estimator reports the λs of exactly this fit and uses them on the full counts.
        TrainedText text = TrainedText.of(training, 3);
        LanguageModel lm = text.model(3, new JelinekMercer(), Parameters.NONE);
        double[] lambda = JelinekMercer.lambdas(mu);
        Map<String, Object> fitted = lm.estimator().fittedParameters();
        for (int k = 0; k <= 3; k++) {
            assertThat((double) fitted.get("lambda" + k)).isCloseTo(lambda[k], within(1e-12));
        }
        assertThat(lambda[0] + lambda[1] + lambda[2] + lambda[3]).isCloseTo(1, within(1e-12));
        // P(c | a b) = λ3 c(a b c)/c(a b) + λ2 c(b c)/c(b) + λ1 c(c)/N + λ0/|O| on the full counts:
        // "a b" occurs 5 times (a b c, a b, c a b, a b c a, a a b), followed by c twice; |O| = 5 (a b c </s> <unk>).
        NgramCounts counts = text.counts();
        double pAbc = 2.0 / 5;
        double pBc = ratio(counts, "b", "c");
        double pC = (double) counts.count(1, counts.vocabulary().id("c")) / counts.totalOutcomes();
        double expected = lambda[3] * pAbc + lambda[2] * pBc + lambda[1] * pC + lambda[0] / 5;
        assertThat(lm.probability(List.of("a", "b"), "c")).isCloseTo(expected, within(1e-12));
    }

    @Test
    void givenHeldOutTextIsUsedWithTheFullCounts() {
        TrainedText text = Corpora.text(TWELVE, 2);
        Corpus heldOut = CorpusBuilder.encode(List.of(List.of("a", "b", "c"), List.of("c", "a")),
                text.corpus().vocabulary());
        LanguageModel lm = text.model(2, new JelinekMercer(), Parameters.NONE, heldOut);
        assertThat(lm.estimator().fittedParameters().get("held_out")).asString().contains("given");
        JelinekMercer.LambdaFit fit = new JelinekMercer.LambdaFit(text.counts(), 2, heldOut);
        double[] mu = {1, 0.5, 0.5};
        fit.run(mu);
        assertThat((double) lm.estimator().fittedParameters().get("lambda2"))
                .isCloseTo(JelinekMercer.lambdas(mu)[2], within(1e-12));
        // Cached per held-out corpus: a different one gives a different model object.
        assertThat(text.model(2, new JelinekMercer(), Parameters.NONE, heldOut)).isSameAs(lm);
        assertThat(text.model(2, new JelinekMercer(), Parameters.NONE)).isNotSameAs(lm);
    }

    private static double ratio(NgramCounts counts, String h, String w) {
        int[] ids = {counts.vocabulary().id(h), counts.vocabulary().id(w)};
        int ctx = counts.find(ids, 0, 1);
        return (double) counts.count(2, counts.child(1, ctx, ids[1])) / counts.contextCount(1, ctx);
    }
}
