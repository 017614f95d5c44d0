package org.lmlens.engine.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.Progress;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;

class LearningCurveTest {
    @Test
    void everyShareIsTrainedAndTheFullShareMatchesTheFullModels() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            a.append("sun warm day ").append(i % 7).append('\n');
            b.append("rain cold night ").append(i % 5).append('\n');
        }
        List<String> labels = List.of("summer", "winter");
        ClassData data = ClassData.of(labels, List.of(TestCorpora.sentences(a.toString()),
                TestCorpora.sentences(b.toString())));
        TestLines test = TestLines.of(data, TestCorpora.sentences("warm day\ncold night\nsun\nrain 3\n"),
                new int[] {0, 1, 0, 1});
        LogLinearOptions ll = LogLinearOptions.defaults().withEpochs(10);
        NgramFeatures features = NgramFeatures.of(data.allLines(), ll.order(), ll.minCount());
        ClassifierSettings setup = new ClassifierSettings(1, Methods.byName("laplace"), Parameters.NONE,
                Prior.UNIFORM, ll);
        List<LearningCurve.Point> seen = new ArrayList<>();
        List<LearningCurve.Point> points = LearningCurve.run(data, test, features, setup, LearningCurve.SHARES,
                seen::add, Progress.NONE);
        assertThat(points).hasSize(7).isEqualTo(seen);
        assertThat(points).extracting(LearningCurve.Point::trainingLines).containsExactly(2, 4, 6, 12, 24, 60, 120);
        GenerativeClassifier full = GenerativeClassifier.train(data, 1, Methods.byName("laplace"), Parameters.NONE,
                Prior.UNIFORM, Progress.NONE);
        double fullAccuracy = ClassificationReport.of(labels, test, full.predict(test.encoded(), Progress.NONE))
                .accuracy();
        assertThat(points.get(6).generativeAccuracy()).isEqualTo(fullAccuracy).isEqualTo(1.0);
        LogLinearClassifier logLinear = LogLinearTrainer.train(data, features, null, ll, p -> { }, Progress.NONE);
        assertThat(points.get(6).logLinearAccuracy()).isEqualTo(ClassificationReport.of(labels, test,
                logLinear.predict(test.encoded(), Progress.NONE)).accuracy());
    }
}
