package org.lmlens.engine.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.Progress;
import org.lmlens.engine.TestCorpora;

class LogLinearTrainerTest {
    private static final List<String> LABELS = List.of("seuss", "weather");
    private static final ClassData DATA = ClassData.of(LABELS, List.of(
            TestCorpora.sentences(TestCorpora.MINI + "Sam is green\n"),
            TestCorpora.sentences("it is cold today\nthe rain is cold\nit is sunny and warm today\n")));

    @Test
    void gradientMatchesFiniteDifferences() {
        NgramFeatures features = NgramFeatures.of(DATA.allLines(), 2, 1);
        FeatureMatrix m = FeatureMatrix.training(features, DATA);
        int k = LABELS.size();
        int weights = features.size() * k;
        double[] params = new double[weights + k];
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < params.length; i++) {
            params[i] = random.nextGaussian() * 0.3;
        }
        LogLinearClassifier model = new LogLinearClassifier(LABELS, features, params);
        double l2 = 0.05;
        double[] grad = new double[params.length];
        LogLinearTrainer.lossAndGradient(model, m, l2, weights, grad);
        double[] scratch = new double[params.length];
        double h = 1e-6;
        for (int p = 0; p < params.length; p++) {
            double keep = params[p];
            params[p] = keep + h;
            double up = LogLinearTrainer.lossAndGradient(model, m, l2, weights, scratch);
            params[p] = keep - h;
            double down = LogLinearTrainer.lossAndGradient(model, m, l2, weights, scratch);
            params[p] = keep;
            assertThat(grad[p]).as("parameter %d", p).isCloseTo((up - down) / (2 * h), within(1e-6));
        }
    }

    @Test
    void trainingLowersTheLossAndLearnsTheClasses() {
        NgramFeatures features = NgramFeatures.of(DATA.allLines(), 2, 1);
        List<LossPoint> curve = new ArrayList<>();
        TestLines heldOut = TestLines.of(DATA, TestCorpora.sentences("Sam I am\nit is cold\n"), new int[] {0, 1});
        LogLinearClassifier model = LogLinearTrainer.train(DATA, features, heldOut,
                LogLinearOptions.defaults().withMinCount(1).withEpochs(60), curve::add, Progress.NONE);
        assertThat(curve).hasSize(60);
        assertThat(curve.get(0).trainingLoss()).isCloseTo(Math.log(2), within(1e-9));
        assertThat(curve.get(59).trainingLoss()).isLessThan(0.2);
        assertThat(curve.get(59).heldOutAccuracy()).isEqualTo(1.0);
        assertThat(model.predict(heldOut.encoded(), Progress.NONE)).containsExactly(0, 1);
        double[] p = model.posterior(List.of("cold", "rain"), DATA.vocabulary());
        assertThat(p[1]).isGreaterThan(0.5);
        assertThat(p[0] + p[1]).isCloseTo(1, within(1e-12));
        List<String> topWeather = model.topWeights(1, 4).stream().map(w -> String.join(" ", w.ngram())).toList();
        assertThat(topWeather).containsAnyOf("is", "cold", "today", "it");
        List<LogLinearClassifier.Weight> top = model.topWeights(0, 5);
        for (int i = 1; i < top.size(); i++) {
            assertThat(top.get(i).weight()).isLessThanOrEqualTo(top.get(i - 1).weight());
        }
    }

    @Test
    void featuresAreTheLanguageModelsEventsAboveTheMinimumCount() {
        NgramFeatures all = NgramFeatures.of(DATA.allLines(), 2, 1);
        NgramFeatures frequent = NgramFeatures.of(DATA.allLines(), 2, 3);
        List<String> names = new ArrayList<>();
        for (int f = 0; f < frequent.size(); f++) {
            names.add(String.join(" ", frequent.ngram(f)));
            assertThat(frequent.trainingCount(f)).isGreaterThanOrEqualTo(3);
        }
        // "is" 4 times, "I" 3, "Sam" 3, </s> 7; "am" and "cold" twice, "<s> I" once; never the unigram <s>.
        assertThat(names).containsExactlyInAnyOrder("is", "I", "Sam", "</s>");
        assertThat(all.size()).isGreaterThan(frequent.size());
    }
}
