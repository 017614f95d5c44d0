package org.lmlens.engine.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.model.SentenceScore;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;

class GenerativeClassifierTest {
    private static final List<String> LABELS = List.of("seuss", "weather");
    private static final List<List<List<String>>> TRAINING = List.of(
            TestCorpora.sentences(TestCorpora.MINI),
            TestCorpora.sentences("it is cold today\nthe rain is cold\nit is sunny and warm today\n"));

    private static GenerativeClassifier classifier(String method, int order) {
        return GenerativeClassifier.train(ClassData.of(LABELS, TRAINING), order, Methods.byName(method),
                Parameters.NONE, Prior.UNIFORM, Progress.NONE);
    }

    @Test
    void likelihoodIsTheClassModelsSentenceScore() {
        GenerativeClassifier kn = classifier("kneser-ney", 3);
        List<String> line = List.of("I", "am", "cold", "today");
        Decision d = kn.decide(line);
        for (int c = 0; c < LABELS.size(); c++) {
            SentenceScore s = kn.model(c).score(line);
            assertThat(d.logLikelihood()[c]).isCloseTo(s.log10Prob() * Math.log(10), within(1e-9));
        }
        assertThat(d.bestLabel()).isEqualTo("seuss");
        assertThat(kn.decide(List.of("the", "rain", "is", "warm")).bestLabel()).isEqualTo("weather");
    }

    @Test
    void batchPredictionMatchesTheDecisions() {
        GenerativeClassifier wb = classifier("witten-bell", 2);
        ClassData data = ClassData.of(LABELS, TRAINING);
        List<List<String>> probes = TestCorpora.sentences("Sam I am cold\nthe rain today\ngreen eggs\nit is ham\n");
        TestLines lines = TestLines.of(data, probes, new int[] {0, 1, 0, 1});
        int[] predicted = wb.predict(lines.encoded(), Progress.NONE);
        for (int i = 0; i < probes.size(); i++) {
            assertThat(predicted[i]).isEqualTo(wb.decide(probes.get(i)).best());
        }
    }

    @Test
    void maximumLikelihoodWithNoDefinedClassFallsBackToThePrior() {
        GenerativeClassifier mle = classifier("mle", 2);
        Decision d = mle.decide(List.of("never", "seen"));
        assertThat(d.defined()).isFalse();
        assertThat(d.posterior()[0]).isNaN();
        Decision known = mle.decide(List.of("I", "am", "Sam"));
        assertThat(known.defined()).isTrue();
        assertThat(known.bestLabel()).isEqualTo("seuss");
        assertThat(known.posterior()[0]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void priorFromTrainingSizes() {
        GenerativeClassifier sized = GenerativeClassifier.train(ClassData.of(LABELS, TRAINING), 1,
                Methods.byName("laplace"), Parameters.NONE, Prior.TRAINING_SIZES, Progress.NONE);
        assertThat(Math.exp(sized.logPriors()[0])).isCloseTo(0.5, within(1e-12));
        GenerativeClassifier uneven = GenerativeClassifier.train(ClassData.of(LABELS, List.of(TRAINING.get(0),
                TRAINING.get(1).subList(0, 1))), 1, Methods.byName("laplace"), Parameters.NONE,
                Prior.TRAINING_SIZES, Progress.NONE);
        assertThat(Math.exp(uneven.logPriors()[0])).isCloseTo(0.75, within(1e-12));
        assertThat(Prior.byCliName("uniform")).isEqualTo(Prior.UNIFORM);
        assertThatThrownBy(() -> Prior.byCliName("flat")).isInstanceOf(LmLensException.class);
    }

    @Test
    void indicativeNgramsFavourTheClassOwnWords() {
        List<List<IndicativeNgrams.Entry>> top = IndicativeNgrams.of(classifier("laplace", 2), 2, 5);
        assertThat(top.get(1)).extracting(e -> String.join(" ", e.ngram())).contains("cold", "today", "is");
        assertThat(top.get(0)).extracting(e -> String.join(" ", e.ngram())).contains("am", "Sam", "I");
        assertThat(top.get(0).get(0).logRatio()).isGreaterThan(0);
        for (List<IndicativeNgrams.Entry> list : top) {
            for (int i = 1; i < list.size(); i++) {
                assertThat(list.get(i).logRatio()).isLessThanOrEqualTo(list.get(i - 1).logRatio());
                assertThat(list.get(i).count()).isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void classSetsAreChecked() {
        assertThatThrownBy(() -> ClassData.of(List.of("one"), List.of(TRAINING.get(0))))
                .isInstanceOf(LmLensException.class);
        ClassData data = ClassData.of(LABELS, TRAINING);
        assertThatThrownBy(() -> TestLines.read(data, List.of(new LabelledText("poetry",
                org.lmlens.engine.text.TextSource.ofString("t", "a b\n"))), Progress.NONE))
                .isInstanceOf(LmLensException.class).hasMessageContaining("poetry");
    }
}
