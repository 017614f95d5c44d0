package org.lmlens.ui.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.Sampler;
import org.lmlens.engine.model.SamplingOptions;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.ui.common.SameThreadTaskRunner;

class StepGenerationViewModelTest {
    private final TrainedText text = TestCorpora.mini(3);
    private final LanguageModel model = text.model(2, Methods.byName("mle"), Parameters.NONE);
    private final StepGenerationViewModel vm = new StepGenerationViewModel(org.lmlens.ui.TabContexts.of(new SimpleObjectProperty<>(text),
            new SimpleObjectProperty<>(model), new SameThreadTaskRunner()));

    @Test
    void stepsProduceTheSamplersSentenceAndResetRepeatsIt() {
        vm.seedProperty().set(7);
        while (!vm.finishedProperty().get()) {
            vm.step();
        }
        List<String> words = List.copyOf(vm.words());
        SamplingOptions options = SamplingOptions.defaults().withMaxLength(StepGenerationViewModel.MAX_LENGTH);
        assertThat(words).isEqualTo(new Sampler(model, options).generate(1, 7).get(0).words());
        vm.reset();
        assertThat(vm.words()).isEmpty();
        while (!vm.finishedProperty().get()) {
            vm.step();
        }
        assertThat(vm.words()).isEqualTo(words);
    }

    @Test
    void theChartShowsTheDistributionAndTheDrawnWord() {
        StepGenerationViewModel.Display before = vm.displayProperty().get();
        assertThat(before.context()).containsExactly("<s>");
        assertThat(before.drawn()).isNull();
        // after <s>: I 2/3, Sam 1/3
        assertThat(before.bars()).extracting(StepGenerationViewModel.Bar::word).containsExactly("I", "Sam");
        assertThat(before.bars().get(0).probability()).isEqualTo(2.0 / 3);
        vm.step();
        StepGenerationViewModel.Display after = vm.displayProperty().get();
        assertThat(after.drawn()).isEqualTo(vm.words().get(0));
        assertThat(after.context()).containsExactly("<s>");
    }

    @Test
    void temperatureReshapesTheShownDistributionWithoutDrawing() {
        vm.temperatureProperty().set(0.5);
        StepGenerationViewModel.Display d = vm.displayProperty().get();
        // p^(1/T) renormalised: (2/3)^2 / ((2/3)^2 + (1/3)^2) = 0.8
        assertThat(d.bars().get(0).shaped()).isCloseTo(0.8, within(1e-12));
        assertThat(d.bars().get(0).probability()).isEqualTo(2.0 / 3);
        assertThat(vm.words()).isEmpty();
        vm.temperatureProperty().set(2.0);
        double sqrt2 = Math.sqrt(2.0 / 3);
        assertThat(vm.displayProperty().get().bars().get(0).shaped())
                .isCloseTo(sqrt2 / (sqrt2 + Math.sqrt(1.0 / 3)), within(1e-12));
    }
}
