package org.lmlens.engine.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.TestCorpora;

class ClassificationReportTest {
    @Test
    void metricsFromAKnownConfusionMatrix() {
        List<String> labels = List.of("a", "b", "c");
        ClassData data = ClassData.of(labels, List.of(TestCorpora.sentences("x\n"), TestCorpora.sentences("y\n"),
                TestCorpora.sentences("z\n")));
        List<List<String>> lines = TestCorpora.sentences("l0\nl1\nl2\nl3\nl4\nl5\nl6\n");
        int[] gold = {0, 0, 0, 1, 1, 2, 2};
        int[] predicted = {0, 0, 1, 1, 0, 1, 1};
        ClassificationReport r = ClassificationReport.of(labels, TestLines.of(data, lines, gold), predicted);
        assertThat(r.confusion()).isEqualTo(new int[][] {{2, 1, 0}, {1, 1, 0}, {0, 2, 0}});
        assertThat(r.accuracy()).isCloseTo(3.0 / 7, within(1e-12));
        assertThat(r.precision(0)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.recall(0)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.precision(1)).isCloseTo(1.0 / 4, within(1e-12));
        assertThat(r.recall(1)).isCloseTo(1.0 / 2, within(1e-12));
        assertThat(r.f1(1)).isCloseTo(2 * 0.25 * 0.5 / 0.75, within(1e-12));
        assertThat(r.precision(2)).isZero();
        assertThat(r.f1(2)).isZero();
        assertThat(r.macroF1()).isCloseTo((2.0 / 3 + 1.0 / 3 + 0) / 3, within(1e-12));
        assertThat(r.lines(2, 1)).containsExactly("l5", "l6");
        assertThat(r.lines(0, 1)).containsExactly("l2");
        assertThat(r.lineIndexes(1, 0)).containsExactly(4);
        assertThat(r.total()).isEqualTo(7);
    }
}
