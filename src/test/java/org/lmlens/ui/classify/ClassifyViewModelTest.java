package org.lmlens.ui.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.Progress;
import org.lmlens.engine.classify.ClassData;
import org.lmlens.engine.classify.ClassFolder;
import org.lmlens.engine.classify.ClassificationReport;
import org.lmlens.engine.classify.Decision;
import org.lmlens.engine.classify.GenerativeClassifier;
import org.lmlens.engine.classify.TestLines;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.Tokenizers;
import org.lmlens.ui.common.SameThreadTaskRunner;
import org.lmlens.ui.tabs.TabContext;

class ClassifyViewModelTest {
    @TempDir
    Path dir;
    private ClassifyViewModel vm;

    @BeforeEach
    void classes() throws IOException {
        org.lmlens.engine.classify.ClassFixtures.seaAndHill(dir);
        vm = new ClassifyViewModel(TabContext.of(null, null, new SameThreadTaskRunner()), Runnable::run);
        for (String name : List.of("hill", "sea")) {
            ClassEntry e = vm.addClass();
            e.nameProperty().set(name);
            vm.addFiles(e, List.of(dir.resolve(name + ClassFolder.TRAIN)), false);
            vm.addFiles(e, List.of(dir.resolve(name + ClassFolder.TEST), dir.resolve(name + ClassFolder.TEST)), true);
        }
        vm.tokenizerProperty().set("whitespace");
        vm.epochsProperty().set(15);
    }

    @Test
    void trainingGivesTheEnginesEvaluationAndTheLossEpochByEpoch() {
        assertThat(vm.classes().get(0).test()).hasSize(1);
        vm.train();
        ClassifyResult r = vm.resultProperty().get();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(r.data().labels()).containsExactly("hill", "sea");
        ClassData data = ClassData.read(ClassFolder.training(dir),
                TextOptions.defaults().withTokenizer(Tokenizers.byName("whitespace")), Progress.NONE);
        TestLines test = TestLines.read(data, ClassFolder.test(dir), Progress.NONE);
        GenerativeClassifier nb = vm.settings().trainGenerative(data, Progress.NONE);
        assertThat(nb.isNaiveBayes()).isTrue();
        ClassificationReport expected = ClassificationReport.of(data.labels(), test, nb.predict(test.encoded(),
                Progress.NONE));
        assertThat(r.generativeReport().confusion()).isEqualTo(expected.confusion());
        assertThat(r.logLinearReport()).isNotNull();
        assertThat(vm.loss()).hasSize(15);
        assertThat(vm.loss().get(14).trainingLoss()).isLessThan(vm.loss().get(0).trainingLoss());
        assertThat(r.topWeights()).hasSize(2);
        assertThat(r.indicative()).hasSize(2);
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void aTypedLineIsDecidedByBothModels() {
        vm.train();
        vm.sentenceProperty().set("sheep on the green hill");
        SentenceResult s = vm.sentenceResultProperty().get();
        Decision d = s.decision();
        assertThat(d.bestLabel()).isEqualTo("hill");
        assertThat(d.tokens()).hasSize(6);
        assertThat(s.logLinearPosterior()).hasSize(2);
        assertThat(s.logLinearPosterior()[0]).isGreaterThan(0.5);
        vm.orderProperty().set(2);
        vm.methodProperty().set(Methods.byName("kneser-ney"));
        assertThat(vm.isNaiveBayes()).isFalse();
        vm.train();
        assertThat(vm.resultProperty().get().generative().order()).isEqualTo(2);
        assertThat(vm.sentenceResultProperty().get().decision().tokens().get(1).context()).containsExactly("sheep");
        vm.sentenceProperty().set(" ");
        assertThat(vm.sentenceResultProperty().get()).isEqualTo(SentenceResult.EMPTY);
    }

    @Test
    void aConfusionCellListsItsLinesAndTheCurveHasEveryShare() {
        vm.train();
        ClassificationReport report = vm.resultProperty().get().generativeReport();
        int hill = 0;
        int sea = 1;
        vm.selectCell(false, hill, sea);
        assertThat(vm.cellLines()).isEqualTo(report.lines(hill, sea));
        vm.selectCell(false, hill, hill);
        assertThat(vm.cellLines()).hasSize(report.count(hill, hill));
        vm.learningCurve();
        assertThat(vm.curve()).hasSize(7);
        assertThat(vm.curve().get(6).generativeAccuracy()).isEqualTo(report.accuracy());
        assertThat(vm.curveRunningProperty().get()).isFalse();
    }

    @Test
    void problemsReachTheUserAsMessages() {
        vm.removeClass(vm.classes().get(1));
        vm.train();
        assertThat(vm.errorProperty().get()).contains("two classes");
        assertThat(vm.resultProperty().get()).isNull();
        vm.learningCurve();
        assertThat(vm.errorProperty().get()).isNotEmpty();
    }
}
