package org.lmlens.ui.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.SameThreadTaskRunner;
import org.lmlens.ui.teach.FxTestSupport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class StepGenerationViewFxTest {
    private final TrainedText text = TestCorpora.mini(3);
    private final LanguageModel model = text.model(2, Methods.byName("mle"), Parameters.NONE);
    private StepGenerationViewModel vm;
    private StepGenerationView view;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.ENGLISH);
        vm = new StepGenerationViewModel(org.lmlens.ui.TabContexts.of(new SimpleObjectProperty<>(text), new SimpleObjectProperty<>(model),
                new SameThreadTaskRunner()));
        view = new StepGenerationView(vm);
        FxTestSupport.show(stage, view.node());
    }

    private CategoryDataset data() {
        return view.chartViewer().getChart().getCategoryPlot().getDataset();
    }

    @Test
    void stepDrawsAWordShowsItAndAppendsIt(FxRobot robot) {
        // before the first step: P(I | <s>) = 2/3, P(Sam | <s>) = 1/3
        assertThat(data().getColumnKeys()).containsExactly("I", "Sam");
        assertThat(data().getValue(0, 0).doubleValue()).isEqualTo(2.0 / 3);
        robot.clickOn("#step-step");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.words()).hasSize(1);
        String drawn = vm.words().get(0);
        assertThat(vm.displayProperty().get().drawn()).isEqualTo(drawn);
        assertThat(data().getColumnKeys()).contains(drawn);
        // <s>, the drawn word
        assertThat(view.sentence().getChildren()).hasSize(2);
        robot.clickOn("#step-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.words()).isEmpty();
    }

    @Test
    void theTemperatureSliderReshapesTheChart(FxRobot robot) {
        robot.interact(() -> vm.temperatureProperty().set(0.5));
        assertThat(data().getValue(1, 0).doubleValue()).isCloseTo(0.8, within(1e-12));
        robot.interact(() -> vm.temperatureProperty().set(3.0));
        double a = Math.pow(2.0 / 3, 1 / 3.0);
        double b = Math.pow(1.0 / 3, 1 / 3.0);
        assertThat(data().getValue(1, 0).doubleValue()).isCloseTo(a / (a + b), within(1e-12));
        assertThat(data().getValue(0, 0).doubleValue()).isEqualTo(2.0 / 3);
    }
}
