package org.lmlens.ui.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.neural.lm.NeuralConfig;
import org.lmlens.ui.common.SameThreadTaskRunner;
import org.lmlens.ui.tabs.TabContext;

/** The Neural tab's training controls, with work run on the calling thread. */
class NeuralViewModelTest {
    private static NeuralViewModel viewModel() {
        TrainedText t = TrainedText.of(org.lmlens.engine.count.CorpusBuilder.train(TestCorpora.sentences(
                TestCorpora.MINI + "Sam likes green eggs\nI like ham\nham and eggs\nI am not Sam\n"), 1), 2);
        return new NeuralViewModel(TabContext.of(t, null, new SameThreadTaskRunner()));
    }

    @Test
    void startTrainsUpToTheStepsThenPausesAndResetForgets() {
        NeuralViewModel vm = viewModel();
        vm.stepsProperty().set(40);
        vm.learningRateProperty().set(0.3);
        vm.start();
        assertThat(vm.stateProperty().get()).isEqualTo(NeuralViewModel.State.PAUSED);
        assertThat(vm.curve()).isNotEmpty();
        assertThat(vm.curve().get(vm.curve().size() - 1).step()).isEqualTo(40);
        assertThat(vm.curve().get(vm.curve().size() - 1).trainLoss()).isLessThan(vm.curve().get(0).trainLoss());
        NeuralViewModel.Matrices m = vm.matricesProperty().get();
        assertThat(m.rows().get(0)).isEqualTo("<s>");
        double rowSum = 0;
        for (double p : m.neural()[0]) {
            rowSum += p;
        }
        assertThat(rowSum).isLessThanOrEqualTo(1 + 1e-9);
        assertThat(vm.trainedProperty().get().distribution(java.util.List.of("I")).sum()).isCloseTo(1, within(1e-9));

        vm.stepsProperty().set(45);
        vm.stepOnce();
        assertThat(vm.curve().get(vm.curve().size() - 1).step()).isEqualTo(41);
        assertThat(vm.stateProperty().get()).isEqualTo(NeuralViewModel.State.PAUSED);
        vm.resume();
        assertThat(vm.curve().get(vm.curve().size() - 1).step()).isEqualTo(45);

        vm.compare();
        var compared = vm.comparisonProperty().get();
        assertThat(compared).extracting(NeuralViewModel.Comparison::method)
                .containsExactly("neural-bigram", "laplace", "witten-bell", "kneser-ney", "modified-kneser-ney");
        assertThat(compared).allSatisfy(c -> assertThat(c.perplexity()).isGreaterThan(1).isFinite());

        vm.reset();
        assertThat(vm.comparisonProperty().get()).isEmpty();
        assertThat(vm.stateProperty().get()).isEqualTo(NeuralViewModel.State.IDLE);
        assertThat(vm.curve()).isEmpty();
        assertThat(vm.trainedProperty().get()).isNull();
    }

    @Test
    void trainsTheMlpToo() {
        NeuralViewModel vm = viewModel();
        vm.kindProperty().set(NeuralConfig.Kind.MLP);
        vm.contextLengthProperty().set(2);
        vm.embeddingSizeProperty().set(4);
        vm.hiddenSizeProperty().set(8);
        vm.stepsProperty().set(10);
        vm.start();
        assertThat(vm.curve().get(vm.curve().size() - 1).step()).isEqualTo(10);
        assertThat(vm.matricesProperty().get()).isNull();
        assertThat(vm.trainedProperty().get().order()).isEqualTo(3);
    }
}
